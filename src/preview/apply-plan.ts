/**
 * A sheet plan made into a preview sheet: everything the grid can show (values, looks, merges,
 * sizes, number formats, data validation with its prompt and refusal, conditional formats,
 * frozen rows). Printing has no
 * screen form and is left out. `src/cli/xlsx-write.ts` is the reference for each field.
 */
import type { A1Range, SheetPlan } from "../core/layout";
import type { CellPos } from "../core/types";
import { rectOf } from "./merges";
import { Sheet } from "./sheet";

function eachCell(range: A1Range, visit: (pos: CellPos) => void): void {
  const r = rectOf(range);
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) visit({ row, col });
  }
}

/** A new sheet named `name` laid out as `plan` says. */
export function sheetFromPlan(plan: SheetPlan, name: string): Sheet {
  const sheet = new Sheet(name);
  sheet.fontName = plan.fontName;
  sheet.freezeRows = plan.freezeRows;
  sheet.columnWidths = [...plan.columnWidths];
  sheet.rowHeights = [...plan.rowHeights];
  plan.values.forEach((line, row) =>
    line.forEach((value, col) => {
      if (value !== null) sheet.setValue({ row, col }, value);
    }),
  );
  for (const group of plan.styles) {
    for (const range of group.ranges) eachCell(range, (pos) => sheet.setFormat(pos, { style: group.style }));
  }
  for (const group of plan.numberFormats) {
    for (const range of group.ranges) eachCell(range, (pos) => sheet.setFormat(pos, { numberFormat: group.format }));
  }
  for (const group of plan.validations) {
    const validation = {
      type: group.type,
      min: group.min,
      max: group.max,
      promptTitle: group.promptTitle,
      prompt: group.prompt,
      errorTitle: group.errorTitle,
      error: group.error,
    };
    for (const range of group.ranges) eachCell(range, (pos) => sheet.setFormat(pos, { validation }));
  }
  for (const range of plan.merges) sheet.merges.add(rectOf(range));
  sheet.setConditionalFormats(plan.conditionalFormats);
  return sheet;
}

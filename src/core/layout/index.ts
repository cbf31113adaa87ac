/**
 * format + year + agency → the host-neutral sheet plan of the statistics tables (see `plan.ts`).
 * Pure: every host (Excel, the preview, the command line) applies the same plan.
 */
import { toA1 } from "../address";
import { FORMATS } from "../formats";
import type { CellKey, FormatId, ValueKind } from "../formats/model";
import type { CellPos } from "../types";
import { totalsFormats } from "./conditional";
import type { Draft } from "./draft";
import { checkTemplateInput } from "./input";
import { NUMBER_FORMATS, VALIDATIONS } from "./kinds";
import { layoutLegacy } from "./legacy";
import { layoutNational } from "./national";
import type { NumberFormatGroup, PlanTable, SheetPlan, ValidationGroup } from "./plan";
import { fitPrint } from "./print";
import { coverCells, rect, rectA1 } from "./rects";
import { sheetNameFor } from "./sheet-name";
import { FONT_NAME } from "./styles";

const KINDS: readonly ValueKind[] = ["count", "money", "signed"];

/**
 * The plan of a new sheet holding `format`'s tables for report `year` of `agency`. Throws a
 * `TemplateInputError` (Chinese message) for an unknown format, a bad year, or a format that
 * year does not use.
 */
export function planTemplate(format: FormatId, year: number, agency: string): SheetPlan {
  const input = checkTemplateInput(format, year, agency);
  const def = FORMATS[input.format];
  const draft: Draft = input.format === "legacy-2014" ? layoutLegacy(def, year, input.agency) : layoutNational(def, year, input.agency);
  const b = draft.builder;
  const printed = fitPrint({
    widths: draft.baseWidths,
    measure: (w) => b.measure(w),
    keepTogether: draft.keepTogether,
    titleRows: draft.titleRows,
  });

  const tables: PlanTable[] = draft.tables.map(({ def: t, range }) => ({ id: t.id, title: t.title, range: rectA1(range), cells: {} }));
  const positions = new Map<string, Record<CellKey, CellPos>>(tables.map((t) => [t.id, {}]));
  const kinds = new Map<string, Record<CellKey, ValueKind>>(tables.map((t) => [t.id, {}]));
  const byKind = new Map<ValueKind, CellPos[]>(KINDS.map((k) => [k, []]));
  for (const v of b.valueCells) {
    const table = tables.find((t) => t.id === v.table);
    if (!table) throw new Error(`layout: value cell of unknown table ${v.table}`);
    const at = { row: v.rect.top, col: v.rect.left };
    table.cells[v.key] = toA1(at);
    (positions.get(v.table) ?? {})[v.key] = at;
    (kinds.get(v.table) ?? {})[v.key] = v.kind;
    byKind.get(v.kind)?.push(at);
  }

  const numberFormats: NumberFormatGroup[] = [];
  const validations: ValidationGroup[] = [];
  for (const kind of KINDS) {
    const cells = byKind.get(kind) ?? [];
    if (cells.length === 0) continue;
    const ranges = coverCells(cells).map(rectA1);
    numberFormats.push({ kind, format: NUMBER_FORMATS[kind], ranges });
    validations.push({ ...VALIDATIONS[kind], ranges });
  }

  const conditionalFormats = draft.tables.flatMap(({ def: t }) => totalsFormats(t, positions.get(t.id) ?? {}, kinds.get(t.id) ?? {}));
  const lastCell = rect(0, 0, b.rowCount - 1, b.columnCount - 1);

  return {
    format: input.format,
    year,
    agency: input.agency,
    name: sheetNameFor(year),
    fontName: FONT_NAME,
    rowCount: b.rowCount,
    columnCount: b.columnCount,
    values: b.grid(),
    styles: b.styleGroups(),
    merges: b.mergeRanges(),
    columnWidths: printed.widths,
    rowHeights: printed.heights,
    numberFormats,
    validations,
    conditionalFormats,
    freezeRows: draft.freezeRows,
    print: { ...printed.print, printArea: rectA1(lastCell) },
    tables,
  };
}

export { availableSheetName, sheetNameFor } from "./sheet-name";
export { TemplateInputError, checkTemplateInput, FIRST_REPORT_YEAR } from "./input";
export { columnPoints } from "./measure";
export type { A1Range, CellStyle, ConditionalFormatPlan, NumberFormatGroup, PlanTable, PrintPlan, SheetPlan, StyleGroup, StyleId, ValidationGroup } from "./plan";

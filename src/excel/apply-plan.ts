/**
 * Queue everything a sheet plan says onto a new worksheet, without syncing: the caller sends it
 * all in one round trip. Essentials first (text, merges, looks, sizes, number formats), then
 * activation, then the parts older Excel versions lack, so a failure in those leaves a usable
 * table. See `src/core/layout/plan.ts` for what each field means; `src/cli/xlsx-write.ts` applies
 * the same plan to a file.
 */
import { columnLetters, rangeA1 } from "../core/address";
import { columnPoints } from "../core/layout";
import { rectOfA1 } from "../core/layout/rects";
import type { CellStyle, ConditionalFormatPlan, PrintPlan, SheetPlan, ValidationGroup } from "../core/layout";
import { cellInput } from "./cell-input";
import { mergeAwareAreas } from "./merged-areas";
import type { ExcelFeatures } from "./features";

/** The optional parts of a plan, each with the ExcelApi version it needs. */
export type OptionalPart = "dataValidation" | "conditionalFormats" | "freezePanes" | "pageLayout" | "indent";

/** A part of the plan left out because this Excel lacks it; `label` is for the user. */
export interface SkippedPart {
  part: OptionalPart;
  requires: string;
  label: string;
}

const PARTS: ReadonlyArray<{ part: OptionalPart; feature: keyof ExcelFeatures; requires: string; label: string; used: (p: SheetPlan) => boolean }> = [
  { part: "indent", feature: "indent", requires: "ExcelApi 1.9", label: "分项名称的缩进", used: (p) => p.styles.some((g) => g.style.indent > 0) },
  { part: "freezePanes", feature: "freezePanes", requires: "ExcelApi 1.7", label: "冻结表头行", used: (p) => p.freezeRows > 0 },
  {
    part: "dataValidation",
    feature: "dataValidation",
    requires: "ExcelApi 1.8",
    label: "填写提示和输入限制（数据验证）",
    used: (p) => p.validations.length > 0,
  },
  {
    part: "conditionalFormats",
    feature: "conditionalFormats",
    requires: "ExcelApi 1.6",
    label: "合计不符时的标色（条件格式）",
    used: (p) => p.conditionalFormats.length > 0,
  },
  { part: "pageLayout", feature: "pageLayout", requires: "ExcelApi 1.9", label: "A4 打印设置（纸张方向、缩放、页边距、打印区域、分页、页脚）", used: () => true },
];

/** The parts of `plan` this Excel cannot apply. */
export function skippedParts(plan: SheetPlan, features: ExcelFeatures): SkippedPart[] {
  return PARTS.filter((p) => p.used(plan) && !features[p.feature]).map(({ part, requires, label }) => ({ part, requires, label }));
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** Every edge of every cell: the outline, plus inside lines where the range has any. */
function edgesOf(range: string): Edge[] {
  const r = rectOfA1(range);
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (r.bottom > r.top) edges.push("InsideHorizontal");
  if (r.right > r.left) edges.push("InsideVertical");
  return edges;
}

function applyStyle(range: Excel.Range, address: string, style: CellStyle, features: Pick<ExcelFeatures, "indent">): void {
  const format = range.format;
  format.font.size = style.size;
  format.font.bold = style.bold;
  format.horizontalAlignment = HORIZONTAL[style.horizontal];
  format.verticalAlignment = VERTICAL[style.vertical];
  format.wrapText = style.wrap;
  // Indentation shows only with left or right alignment, set just above.
  if (features.indent && style.indent > 0) format.indentLevel = style.indent;
  if (style.fill) format.fill.color = style.fill;
  if (style.border) {
    for (const edge of edgesOf(address)) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
}

/** Runs of equal neighbours: `[9, 9, 12]` → `[{from: 0, to: 1, value: 9}, {from: 2, to: 2, value: 12}]`. */
export function runsOf(values: readonly number[]): Array<{ from: number; to: number; value: number }> {
  const runs: Array<{ from: number; to: number; value: number }> = [];
  values.forEach((value, i) => {
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.to === i - 1) last.to = i;
    else runs.push({ from: i, to: i, value });
  });
  return runs;
}

/** `rows × columns` copies of `value`: Office.js takes a 2-D array the size of the range. */
function filled<T>(range: string, value: T): T[][] {
  const r = rectOfA1(range);
  return Array.from({ length: r.bottom - r.top + 1 }, () => Array.from({ length: r.right - r.left + 1 }, () => value));
}

function applyValidation(range: Excel.Range, group: ValidationGroup): void {
  const dv = range.dataValidation;
  const limits: Excel.BasicDataValidation =
    group.max === null ? { formula1: group.min, operator: "GreaterThanOrEqualTo" } : { formula1: group.min, formula2: group.max, operator: "Between" };
  dv.rule = group.type === "whole" ? { wholeNumber: limits } : { decimal: limits };
  // Blanks are allowed: an unfilled cell is the checker's finding, not a blocked entry.
  dv.ignoreBlanks = true;
  dv.prompt = { showPrompt: true, title: group.promptTitle, message: group.prompt };
  dv.errorAlert = { showAlert: true, style: "Stop", title: group.errorTitle, message: group.error };
}

function applyConditionalFormat(range: Excel.Range, cf: ConditionalFormatPlan): void {
  const format = range.conditionalFormats.add("Custom");
  // The plan's formula is written for the range's top-left cell, as Excel reads a custom rule.
  format.custom.rule.formula = `=${cf.formula}`;
  format.custom.format.fill.color = cf.fill;
  format.custom.format.font.color = cf.fontColor;
}

function applyPrint(ws: Excel.Worksheet, print: PrintPlan): void {
  const layout = ws.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // One page wide, as many tall as needed (0 = automatic, as in the file format).
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  layout.setPrintMargins("Inches", { ...print.margins });
  layout.centerHorizontally = print.horizontalCentered;
  layout.setPrintArea(print.printArea);
  if (print.titleRows) layout.setPrintTitleRows(print.titleRows);
  layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
  // A break is added above the top-left cell of the range given.
  for (const row of print.pageBreaksBefore) ws.horizontalPageBreaks.add(`A${row}`);
}

/** Queue the whole plan onto `ws` (a sheet just added); returns the parts left out. */
export function queuePlan(ws: Excel.Worksheet, plan: SheetPlan, features: ExcelFeatures): SkippedPart[] {
  const whole = rangeA1({ row: 0, col: 0 }, { row: plan.rowCount - 1, col: plan.columnCount - 1 });

  // Every cell's text in one 2-D array; "" leaves a cell empty.
  const all = ws.getRange(whole);
  all.values = Array.from({ length: plan.rowCount }, (_, r) =>
    Array.from({ length: plan.columnCount }, (_, c) => {
      const v = plan.values[r]?.[c] ?? null;
      return v === null ? "" : cellInput(v);
    }),
  );
  all.format.font.name = plan.fontName;

  // Merged first: a look given to the cells of a merge before merging can be lost (Excel keeps
  // the top-left cell's fill only), and the styles below name merges whole.
  for (const address of plan.merges) ws.getRange(address).merge(false);
  for (const group of plan.styles) {
    for (const address of group.ranges) applyStyle(ws.getRange(address), address, group.style, features);
  }

  // Office.js sets widths in points; neighbours of equal size share one call.
  for (const run of runsOf(plan.columnWidths)) {
    ws.getRange(`${columnLetters(run.from)}:${columnLetters(run.to)}`).format.columnWidth = columnPoints(run.value);
  }
  for (const run of runsOf(plan.rowHeights)) {
    ws.getRange(`${run.from + 1}:${run.to + 1}`).format.rowHeight = run.value;
  }
  // Rows the plan gives no height (the narrative sheet's wrapped paragraphs) fit their text;
  // Excel does not always grow a row for text written by an add-in.
  if (plan.rowHeights.length < plan.rowCount) {
    ws.getRange(`${plan.rowHeights.length + 1}:${plan.rowCount}`).format.autofitRows();
  }
  for (const group of plan.numberFormats) {
    for (const address of group.ranges) {
      for (const area of mergeAwareAreas(address, plan.merges)) ws.getRange(area).numberFormat = filled(area, group.format);
    }
  }

  ws.activate();

  if (features.freezePanes && plan.freezeRows > 0) ws.freezePanes.freezeRows(plan.freezeRows);
  if (features.dataValidation) {
    for (const group of plan.validations) {
      for (const address of group.ranges) for (const area of mergeAwareAreas(address, plan.merges)) applyValidation(ws.getRange(area), group);
    }
  }
  if (features.conditionalFormats) {
    for (const cf of plan.conditionalFormats) applyConditionalFormat(ws.getRange(cf.range), cf);
  }
  if (features.pageLayout) applyPrint(ws, plan.print);

  return skippedParts(plan, features);
}

/**
 * The sheet plan applied through exceljs: the command line's `nianbao template … --out FILE.xlsx`.
 * Everything the plan says goes into the workbook: values, looks, merges, sizes, number formats,
 * validations, conditional formats, frozen rows and the print setup.
 */
import ExcelJS from "exceljs";
import { availableSheetName } from "../core/layout";
import { rectOfA1 } from "../core/layout/rects";
import type { A1Range, CellStyle, ConditionalFormatPlan, SheetPlan, ValidationGroup } from "../core/layout";

/** exceljs colours are ARGB without `#`. */
const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/** A4 in exceljs's paper size numbering. */
const PAPER_A4 = 9;

/**
 * exceljs takes a column of width 9 for its own default and leaves it out of the file, where
 * Excel then shows its default (8.43); a width a hair off 9 is written as asked.
 */
const EXCELJS_DEFAULT_WIDTH = 9;
const columnWidth = (w: number): number => (w === EXCELJS_DEFAULT_WIDTH ? w + 0.01 : w);

/** Every cell of an A1 range, as exceljs addresses them (1-based). */
function eachCell(range: A1Range, visit: (row: number, col: number) => void): void {
  const r = rectOfA1(range);
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) visit(row + 1, col + 1);
  }
}

function excelStyle(style: CellStyle, fontName: string): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
  return {
    font: { name: fontName, size: style.size, bold: style.bold },
    alignment: {
      horizontal: style.horizontal,
      vertical: style.vertical,
      wrapText: style.wrap,
      ...(style.indent > 0 ? { indent: style.indent } : {}),
    },
    ...(style.border ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
    ...(style.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } } : {}),
  };
}

function validation(group: ValidationGroup): ExcelJS.DataValidation {
  return {
    type: group.type,
    allowBlank: true,
    operator: group.max === null ? "greaterThanOrEqual" : "between",
    formulae: group.max === null ? [group.min] : [group.min, group.max],
    showInputMessage: true,
    promptTitle: group.promptTitle,
    prompt: group.prompt,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: group.errorTitle,
    error: group.error,
  };
}

function conditionalFormat(cf: ConditionalFormatPlan, priority: number): ExcelJS.ConditionalFormattingOptions {
  return {
    ref: cf.range,
    rules: [
      {
        type: "expression",
        priority,
        formulae: [cf.formula],
        style: {
          // A differential fill paints with bgColor (exceljs follows the file format here).
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
          font: { color: { argb: argb(cf.fontColor) } },
        },
      },
    ],
  };
}

/** Add the plan as a new sheet (named `plan.name`, or with `（2）`… when taken) and return it. */
export function addPlanToWorkbook(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const name = availableSheetName(
    plan.name,
    workbook.worksheets.map((w) => w.name),
  );
  const ws = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: plan.freezeRows, topLeftCell: `A${plan.freezeRows + 1}`, activeCell: "A1" }],
  });

  plan.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = columnWidth(width);
  });
  plan.rowHeights.forEach((height, i) => {
    ws.getRow(i + 1).height = height;
  });

  plan.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) ws.getCell(r + 1, c + 1).value = value;
    }),
  );

  // Each cell gets its own style object: exceljs shares objects by reference, and a number
  // format set later on one cell must not leak into every cell of the same look.
  for (const group of plan.styles) {
    for (const range of group.ranges) {
      eachCell(range, (row, col) => {
        ws.getCell(row, col).style = excelStyle(group.style, plan.fontName);
      });
    }
  }
  for (const group of plan.numberFormats) {
    for (const range of group.ranges) eachCell(range, (row, col) => (ws.getCell(row, col).numFmt = group.format));
  }
  for (const group of plan.validations) {
    const rule = validation(group);
    for (const range of group.ranges) eachCell(range, (row, col) => (ws.getCell(row, col).dataValidation = { ...rule }));
  }
  // Cells already carry their looks, borders on every edge included, so merging keeps them.
  for (const range of plan.merges) ws.mergeCellsWithoutStyle(range);

  plan.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(conditionalFormat(cf, i + 1)));

  const p = plan.print;
  ws.pageSetup = {
    paperSize: PAPER_A4 as ExcelJS.PaperSize,
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    margins: { ...p.margins },
    horizontalCentered: p.horizontalCentered,
    printArea: p.printArea,
    ...(p.titleRows ? { printTitlesRow: p.titleRows } : {}),
  };
  ws.headerFooter = { oddFooter: `&C${p.footer}` };
  // exceljs places a break below the row it is given.
  for (const row of p.pageBreaksBefore) ws.getRow(row - 1).addPageBreak();
  return ws;
}

/** Write the plan as a one-sheet .xlsx file. */
export async function writeTemplateFile(plan: SheetPlan, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "nianbao";
  addPlanToWorkbook(workbook, plan);
  await workbook.xlsx.writeFile(file);
}

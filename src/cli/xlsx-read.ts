/**
 * Reading an .xlsx with exceljs into the grids the core checks: for every worksheet, its used
 * range as Excel's `range.values` would give it. exceljs hands back richer objects (formulas,
 * rich text, hyperlinks, merge placeholders); this is the one place they are flattened.
 */
import * as ExcelJS from "exceljs";
import { toA1 } from "../core/address";
import type { CellValue, SheetGrid } from "../core/types";

/** A worksheet's grid plus what the reader noticed while flattening it. */
export interface ReadSheet {
  grid: SheetGrid;
  /** `hidden` or `veryHidden` sheets are read too: a table hidden away still counts. */
  hidden: boolean;
  /** A1 references of formula cells saved without a cached result, read as blank. */
  uncachedFormulas: string[];
}

export interface ReadWorkbook {
  sheets: ReadSheet[];
}

/**
 * Worksheet parts the checker never looks at. Skipping them saves parsing time; `hyperlinks`
 * in particular leaves a linked cell as its plain shared string, which is the text we want.
 */
const IGNORED_NODES = [
  "sheetPr",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "autoFilter",
  "rowBreaks",
  "hyperlinks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "tableParts",
  "conditionalFormatting",
  "extLst",
];

/** Load a workbook from the bytes of an .xlsx. Throws what exceljs/JSZip throw on bad input. */
export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings declare their own `Buffer`; Node's is what it really takes.
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES });
  return workbook;
}

/** Every worksheet of a loaded workbook, in workbook order. */
export function readWorkbook(workbook: ExcelJS.Workbook): ReadWorkbook {
  return { sheets: workbook.worksheets.map(readWorksheet) };
}

/** Load and read in one step. */
export async function readXlsx(data: Buffer): Promise<ReadWorkbook> {
  return readWorkbook(await loadWorkbook(data));
}

/** Date cells as Excel users read them: `2023-12-31`, with the time only when there is one. */
export function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

interface RichTextLike {
  richText: ReadonlyArray<{ text: string }>;
}

const isRichText = (v: unknown): v is RichTextLike =>
  typeof v === "object" && v !== null && Array.isArray((v as { richText?: unknown }).richText);

const isErrorValue = (v: unknown): v is { error: string } =>
  typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string";

/** Plain value of anything that can sit in a cell or a formula's result; undefined = none. */
function plainValue(v: unknown): CellValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return isoDate(v);
  if (isRichText(v)) return v.richText.map((run) => run.text).join("");
  if (isErrorValue(v)) return v.error;
  // A hyperlink object (only when hyperlinks are parsed): its visible text.
  if (typeof v === "object" && "text" in v) return plainValue((v as { text: unknown }).text);
  return undefined;
}

/** One worksheet's used range (cells holding a value), flattened. */
export function readWorksheet(worksheet: ExcelJS.Worksheet): ReadSheet {
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: CellValue[] = [];
  const uncachedFormulas: string[] = [];
  let minRow = Infinity;
  let maxRow = -1;
  let minCol = Infinity;
  let maxCol = -1;

  worksheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      let value: CellValue | undefined;
      switch (cell.type) {
        case ExcelJS.ValueType.Merge:
          // exceljs answers the master's value here; Excel's range.values gives null. The cell
          // still belongs to the used range, as in Excel.
          value = null;
          break;
        case ExcelJS.ValueType.Formula: {
          // `cell.result`, not `cell.value.result`: exceljs drops a falsy result (0, "") from the latter.
          value = plainValue(cell.result);
          if (value === undefined) uncachedFormulas.push(toA1({ row: rowNumber - 1, col: colNumber - 1 }));
          break;
        }
        default:
          value = plainValue(cell.value);
      }
      if (value === undefined) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (value !== null) {
        rows.push(r);
        cols.push(c);
        vals.push(value);
      }
      if (r < minRow) minRow = r;
      if (r > maxRow) maxRow = r;
      if (c < minCol) minCol = c;
      if (c > maxCol) maxCol = c;
    });
  });

  const hidden = worksheet.state === "hidden" || worksheet.state === "veryHidden";
  if (maxRow < 0) {
    return { grid: { name: worksheet.name, values: [], originRow: 0, originCol: 0 }, hidden, uncachedFormulas };
  }
  const width = maxCol - minCol + 1;
  const values: CellValue[][] = [];
  for (let r = minRow; r <= maxRow; r++) values.push(new Array<CellValue>(width).fill(null));
  for (let i = 0; i < vals.length; i++) values[rows[i] - minRow][cols[i] - minCol] = vals[i];
  return { grid: { name: worksheet.name, values, originRow: minRow, originCol: minCol }, hidden, uncachedFormulas };
}

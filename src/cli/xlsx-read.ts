/**
 * The exceljs path of reading an .xlsx, kept as the reference the values-only reader
 * (`src/readers/xlsx`) is tested and benchmarked against: for every worksheet, its used range as
 * Excel's `range.values` would give it. The command line itself reads through `src/readers`.
 */
import * as ExcelJS from "exceljs";
import { toA1 } from "../core/address";
import type { CellValue } from "../core/types";
import type { ReadSheet } from "../readers/types";
import { MAX_GRID_CELLS } from "../readers/xlsx/grid";

export type { ReadSheet } from "../readers/types";
export { MAX_GRID_CELLS } from "../readers/xlsx/grid";

/** Empty rows (or columns) that separate two blocks of a sheet, for `MAX_GRID_CELLS`. */
const BLOCK_GAP = 100;

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

const isRichText = (v: unknown): v is RichTextLike => typeof v === "object" && v !== null && Array.isArray((v as { richText?: unknown }).richText);

const isErrorValue = (v: unknown): v is { error: string } => typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string";

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

/**
 * The run of positions, separated from the others by more than `BLOCK_GAP`, holding the most
 * cells. `sorted` is ascending.
 */
function mainRun(sorted: readonly number[]): [number, number] {
  let best: [number, number] = [sorted[0], sorted[0]];
  let bestCount = 0;
  let from = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] - sorted[i - 1] <= BLOCK_GAP) continue;
    if (i - from > bestCount) {
      bestCount = i - from;
      best = [sorted[from], sorted[i - 1]];
    }
    from = i;
  }
  return best;
}

/** Cells read from a sheet: parallel arrays, merged non-master cells included as null. */
interface Cells {
  rows: number[];
  cols: number[];
  vals: CellValue[];
}

function keep(cells: Cells, test: (i: number) => boolean): Cells {
  const out: Cells = { rows: [], cols: [], vals: [] };
  for (let i = 0; i < cells.vals.length; i++) {
    if (!test(i)) continue;
    out.rows.push(cells.rows[i]);
    out.cols.push(cells.cols[i]);
    out.vals.push(cells.vals[i]);
  }
  return out;
}

/** The extent of the cells: min/max row and column. */
function bounds(c: Cells): { minRow: number; maxRow: number; minCol: number; maxCol: number } {
  let minRow = Infinity;
  let maxRow = -1;
  let minCol = Infinity;
  let maxCol = -1;
  for (let i = 0; i < c.vals.length; i++) {
    const r = c.rows[i];
    const col = c.cols[i];
    if (r < minRow) minRow = r;
    if (r > maxRow) maxRow = r;
    if (col < minCol) minCol = col;
    if (col > maxCol) maxCol = col;
  }
  return { minRow, maxRow, minCol, maxCol };
}

const area = (c: Cells): number => {
  const b = bounds(c);
  return (b.maxRow - b.minRow + 1) * (b.maxCol - b.minCol + 1);
};

/** The main block of a sheet too large to be held as one rectangle, and what was left out. */
function mainBlock(cells: Cells): { cells: Cells; farCells?: { count: number; first: string } } {
  const [r0, r1] = mainRun([...cells.rows].sort((a, b) => a - b));
  const inRows = keep(cells, (i) => cells.rows[i] >= r0 && cells.rows[i] <= r1);
  const [c0, c1] = mainRun([...inRows.cols].sort((a, b) => a - b));
  const kept = keep(inRows, (i) => inRows.cols[i] >= c0 && inRows.cols[i] <= c1);
  const dropped = cells.vals.length - kept.vals.length;
  if (dropped === 0) return { cells };
  let first = 0;
  while (cells.rows[first] >= r0 && cells.rows[first] <= r1 && cells.cols[first] >= c0 && cells.cols[first] <= c1) first++;
  return { cells: kept, farCells: { count: dropped, first: toA1({ row: cells.rows[first], col: cells.cols[first] }) } };
}

/** One worksheet's used range (cells holding a value, and merged areas), flattened. */
export function readWorksheet(worksheet: ExcelJS.Worksheet): ReadSheet {
  let cells: Cells = { rows: [], cols: [], vals: [] };
  const uncachedFormulas: string[] = [];

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
      cells.rows.push(rowNumber - 1);
      cells.cols.push(colNumber - 1);
      cells.vals.push(value);
    });
  });

  const hidden = worksheet.state === "hidden" || worksheet.state === "veryHidden";
  const sheet: ReadSheet = { grid: { name: worksheet.name, values: [], originRow: 0, originCol: 0 }, hidden, uncachedFormulas };
  if (cells.vals.length === 0) return sheet;
  if (area(cells) > MAX_GRID_CELLS) {
    const block = mainBlock(cells);
    cells = block.cells;
    if (block.farCells) sheet.farCells = block.farCells;
  }

  const { minRow, maxRow, minCol, maxCol } = bounds(cells);
  const width = maxCol - minCol + 1;
  const values: CellValue[][] = [];
  for (let r = minRow; r <= maxRow; r++) values.push(new Array<CellValue>(width).fill(null));
  for (let i = 0; i < cells.vals.length; i++) {
    if (cells.vals[i] !== null) values[cells.rows[i] - minRow][cells.cols[i] - minCol] = cells.vals[i];
  }
  sheet.grid = { name: worksheet.name, values, originRow: minRow, originCol: minCol };
  return sheet;
}

/**
 * Old Excel 97-2003 (.xls) and WPS (.et) workbooks: both are BIFF in an OLE compound file; also
 * the XML Spreadsheet 2003 that many government systems export under an .xls name. Read
 * with SheetJS 0.20.3 (`@e965/xlsx`, pinned exactly; 0.18.5 on the registry's `xlsx` name has
 * CVE-2023-30533 and CVE-2024-22363), told to keep values only: no formulas, styles, HTML or VBA.
 */
import { read as readWorkbook, SSF, type WorkBook, type WorkSheet } from "@e965/xlsx";
import { clip, ReaderError } from "../errors";
import type { ReadLimits } from "../limits";
import type { ReadBook, ReadNote, ReadSheet } from "../types";
import { buildGrid, type Cells } from "./grid";
import { cellValue, type SheetJsCell } from "./values";
import { explainFailure } from "./failures";
import { isSpreadsheetMl } from "./spreadsheet-ml";
import { brokenRecordAt, workbookStream } from "./records";

/** BIFF8 has 65 536 rows; a statistics table never lies beyond this many. */
const MAX_ROWS = 20_000;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

interface Merge {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

const isCompoundFile = (data: Uint8Array): boolean => data.length >= 512 && CFB_MAGIC.every((b, i) => data[i] === b);

/** Whether a number format shows a date; a workbook has few formats and many cells, so remembered. */
const dateFormats = new Map<string, boolean>();
function isDateFormat(fmt: string): boolean {
  let known = dateFormats.get(fmt);
  if (known === undefined) {
    known = (SSF as { is_date(f: string): boolean }).is_date(fmt);
    if (dateFormats.size < 10_000) dateFormats.set(fmt, known);
  }
  return known;
}

export async function read(data: Uint8Array, limits: ReadLimits): Promise<ReadBook> {
  if (!isCompoundFile(data) && !isSpreadsheetMl(data)) {
    throw new ReaderError("文件不是有效的 Excel 97-2003 工作簿（.xls/.et），可能已损坏；请在 Excel 或 WPS 中打开并另存为 .xlsx 后再校验");
  }
  if (isCompoundFile(data)) checkRecords(data);
  let wb: WorkBook;
  try {
    wb = quietly(() =>
      readWorkbook(data, {
        type: "array",
        dense: true,
        cellFormula: false,
        cellHTML: false,
        cellStyles: false,
        cellText: true,
        cellNF: true,
        cellDates: false,
        bookVBA: false,
        bookDeps: false,
        bookFiles: false,
        sheetStubs: false,
        sheetRows: MAX_ROWS,
        WTF: false,
      }),
    );
  } catch (err) {
    throw new ReaderError(explainFailure(err));
  }
  return toBook(wb, limits);
}

/**
 * SheetJS writes "Missing Info for XLS Record …" to the console for every record type it does not
 * know (WPS writes some); that is no message for a user checking a report. The read is synchronous,
 * so nothing else can log meanwhile.
 */
function quietly<T>(work: () => T): T {
  const error = console.error;
  console.error = () => undefined;
  try {
    return work();
  } finally {
    console.error = error;
  }
}

/** Refuse a workbook stream SheetJS would read past its records' ends (see records.ts). */
function checkRecords(data: Uint8Array): void {
  let stream: Uint8Array | null;
  try {
    stream = workbookStream(data);
  } catch (err) {
    throw new ReaderError(explainFailure(err));
  }
  if (stream === null) throw new ReaderError(explainFailure(new Error("Cannot find Workbook stream")));
  if (brokenRecordAt(stream) >= 0) throw new ReaderError(explainFailure(new Error("damaged record")));
}

function toBook(wb: WorkBook, limits: ReadLimits): ReadBook {
  const notes: ReadNote[] = [];
  const sheets: ReadSheet[] = [];
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const names = wb.SheetNames.slice(0, limits.maxSheets);
  if (wb.SheetNames.length > names.length) {
    notes.push({ sheet: "", message: `工作表过多（${wb.SheetNames.length} 个），只读取了前 ${names.length} 个` });
  }
  names.forEach((name, i) => {
    // Sheets are looked up as own properties only: a crafted name like `__proto__` must never
    // reach the object's prototype (SheetJS keeps such a sheet there, out of reach, and so do we).
    const ws: WorkSheet | undefined = Object.prototype.hasOwnProperty.call(wb.Sheets, name) ? wb.Sheets[name] : undefined;
    if (!ws) {
      notes.push({ sheet: "", message: `工作表“${clip(name, 20)}”的名称无法使用，已跳过；请重命名该工作表后再校验` });
      return;
    }
    const hidden = Number(wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    const read = readSheet(name, ws, date1904, limits, notes);
    if (read) sheets.push({ ...read, hidden });
  });
  return { form: "xls", sheets, text: [], notes };
}

function readSheet(name: string, ws: WorkSheet, date1904: boolean, limits: ReadLimits, notes: ReadNote[]): Omit<ReadSheet, "hidden"> | null {
  const cells: Cells = { rows: [], cols: [], vals: [] };
  const rows = (ws["!data"] ?? []) as ReadonlyArray<ReadonlyArray<SheetJsCell | undefined> | undefined>;
  let count = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const value = cellValue(cell, isDateFormat, date1904);
      if (value === undefined) continue;
      if (++count > limits.maxCellsPerSheet) {
        notes.push({ sheet: name, message: `工作表“${clip(name, 20)}”的单元格过多（超过 ${limits.maxCellsPerSheet} 个），不像是统计表，已跳过` });
        return null;
      }
      cells.rows.push(r);
      cells.cols.push(c);
      cells.vals.push(value);
    }
  }
  if (!mergesAllowed(name, (ws["!merges"] ?? []) as Merge[], limits, notes, cells)) return null;
  if (ws["!fullref"] && ws["!fullref"] !== ws["!ref"]) {
    notes.push({ sheet: name, message: `工作表“${clip(name, 20)}”超过 ${MAX_ROWS} 行，只读取了前 ${MAX_ROWS} 行` });
  }
  const built = buildGrid(name, cells, limits.maxCellsPerSheet);
  return built.farCells ? { grid: built.grid, uncachedFormulas: [], farCells: built.farCells } : { grid: built.grid, uncachedFormulas: [] };
}

/**
 * Merged areas: the top-left cell keeps its value and the others read null, as in Excel; they
 * belong to the used range even when blank. A sheet whose merges breach the limits is skipped.
 */
function mergesAllowed(name: string, merges: readonly Merge[], limits: ReadLimits, notes: ReadNote[], cells: Cells): boolean {
  let area = 0;
  for (const m of merges) area += (m.e.r - m.s.r + 1) * (m.e.c - m.s.c + 1);
  if (merges.length > limits.maxMergesPerSheet || area > limits.maxMergedCellsPerSheet) {
    notes.push({ sheet: name, message: `工作表“${clip(name, 20)}”的合并单元格过多，不像是统计表，已跳过` });
    return false;
  }
  if (merges.length === 0) return true;
  // A covered cell may still carry a stray value in the file; Excel shows null there. Each merge
  // costs the smaller of its area and the number of cells, so hostile merges stay cheap.
  const at = new Map<number, number>();
  for (let i = 0; i < cells.vals.length; i++) at.set(cells.rows[i] * 65_536 + cells.cols[i], i);
  for (const m of merges) {
    const isCovered = (r: number, c: number): boolean => r >= m.s.r && r <= m.e.r && c >= m.s.c && c <= m.e.c && (r !== m.s.r || c !== m.s.c);
    if ((m.e.r - m.s.r + 1) * (m.e.c - m.s.c + 1) <= cells.vals.length) {
      for (let r = m.s.r; r <= m.e.r; r++) {
        for (let c = m.s.c; c <= m.e.c; c++) {
          const i = at.get(r * 65_536 + c);
          if (i !== undefined && isCovered(r, c)) cells.vals[i] = null;
        }
      }
    } else {
      for (let i = 0; i < cells.vals.length; i++) if (isCovered(cells.rows[i], cells.cols[i])) cells.vals[i] = null;
    }
  }
  for (const m of merges) {
    cells.rows.push(m.s.r, m.e.r);
    cells.cols.push(m.s.c, m.e.c);
    cells.vals.push(null, null);
  }
  return true;
}

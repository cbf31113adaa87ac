/**
 * What every reader gives back, whatever the file form: the grids the locator already takes, and
 * the document's text in reading order. A reader knows its file form and nothing of the report
 * formats; the locator knows the report formats and nothing of file forms.
 *
 * No Node APIs here or in any reader: bytes (`Uint8Array`) in, data out, so the same code runs in
 * the command line, in a worker, and in a browser page that opens a file from disk.
 */
import type { SheetGrid } from "../core/types";

/** The file forms a reader exists for. `.xlsm`/`.xltx` are read as `xlsx`, `.et` as `xls`. */
export type FileForm = "xlsx" | "xls" | "docx" | "html" | "pdf";

/** One sheet of a workbook, or one table of a document presented as a sheet (`表格2`, `第4页 表格1`). */
export interface ReadSheet {
  /** Values as Excel's `range.values` gives them: merged text in the top-left cell, others null. */
  grid: SheetGrid;
  /** `hidden` or `veryHidden` sheets are read too: a table hidden away still counts. */
  hidden: boolean;
  /** A1 references of formula cells saved without a cached result, read as blank. */
  uncachedFormulas: string[];
  /** Cells left out because they lie far from everything else. */
  farCells?: { count: number; first: string };
}

/** A note about something the reader left out without failing the file (Chinese, for the user). */
export interface ReadNote {
  /** The sheet concerned, or "" for the whole file. */
  sheet: string;
  message: string;
}

/** A file read: its sheets (or tables), its text, and what was left out. */
export interface ReadBook {
  form: FileForm;
  sheets: ReadSheet[];
  /**
   * The document's paragraphs in reading order (Word, web page, PDF); empty for workbooks, whose
   * text lives in their cells. `bookGrids` presents it to the core as a sheet named `正文`.
   */
  text: string[];
  /** Sheets skipped as far too large to hold a report, and the like. */
  notes: ReadNote[];
}

/** A read either gives a book or says, in Chinese, why the file cannot be checked. */
export type ReadResult = { ok: true; book: ReadBook } | { ok: false; error: string };

/**
 * The files opened in the page: each read by the reader layer and checked as `nianbao check`
 * checks it (check-book.ts), one at a time so a folder of large PDFs does not hold every file in
 * memory at once. The sheets are kept, so edits made to try a fix survive switching files.
 */
import { checkReadWorkbook, type FileResult } from "../cli/check-book";
import { readDocument } from "../readers";
import type { Sheet } from "../preview/sheet";
import { sheetsOfBook } from "./book-sheets";

export interface OpenedFile {
  id: number;
  name: string;
  /** Null while the file is read and checked. */
  result: FileResult | null;
  /** The file's sheets as shown in the grid; null until read, or when it cannot be read. */
  sheets: Sheet[] | null;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countsOf(result: FileResult): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of result.findings) {
    if (f.severity === "error") c.errors++;
    else if (f.severity === "warning") c.warnings++;
    else c.infos++;
  }
  return c;
}

/** What a file object gives us: its name and bytes (a browser `File`, or a test's stand-in). */
export interface FileSource {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function failure(name: string, err: unknown): FileResult {
  const detail = err instanceof Error ? err.message : String(err);
  return { file: name, error: `读取这个文件时出错（${detail.slice(0, 80)}）；请重新保存后再试`, tables: [], findings: [] };
}

/** Read and check one file; never throws (a bad file becomes its result's `error`). */
export async function openFile(id: number, source: FileSource): Promise<OpenedFile> {
  const name = source.name;
  try {
    const read = await readDocument(name, new Uint8Array(await source.arrayBuffer()));
    if (!read.ok) return { id, name, result: { file: name, error: read.error, tables: [], findings: [] }, sheets: null };
    return { id, name, result: checkReadWorkbook(name, read.book), sheets: sheetsOfBook(read.book) };
  } catch (err) {
    return { id, name, result: failure(name, err), sheets: null };
  }
}

/**
 * Checking one workbook file: read it, then check it (check-book.ts, shared with the browser
 * checker page).
 */
import { checkReadWorkbook, type CheckFileOptions, type FileResult } from "./check-book";
import { clipText } from "./clip";
import type { FoundFile } from "./files";
import { readFoundFile } from "./open-file";

export { checkReadWorkbook, FILE_RULES } from "./check-book";
export type { CheckableBook, CheckFileOptions, FileResult, TableSummary } from "./check-book";

/** Read and check one file; an unreadable file gives a result with `error` set, never a throw. */
export async function checkFile(found: FoundFile, options: CheckFileOptions = {}): Promise<FileResult> {
  if (found.error !== undefined) return { file: found.file, error: found.error, tables: [], findings: [] };
  const read = await readFoundFile(found);
  if (!read.ok) return { file: found.file, error: read.error, tables: [], findings: [] };
  try {
    return checkReadWorkbook(found.file, read.book, options);
  } catch (err) {
    // A bug in the checker on one odd workbook must not stop the others from being checked.
    const detail = err instanceof Error ? err.message : String(err);
    return {
      file: found.file,
      error: `校验这个文件时程序出错（${clipText(detail, 80)}）；这是 nianbao 的问题，请把文件和这条信息反馈给维护者`,
      tables: [],
      findings: [],
    };
  }
}

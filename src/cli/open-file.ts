/**
 * Opening a found file for the checker: what the file system can tell before any byte is read
 * (a folder, a pipe or device, a size no report has) is said at once, so a FIFO never blocks and
 * a 10 GB file is never loaded; then the file is read by `read-file.ts`, or, for a path whose
 * name is not UTF-8 (GBK names), by its raw bytes through the reader layer.
 */
import { promises as fs } from "fs";
import { readDocument } from "../readers";
import { DEFAULT_LIMITS, type ReadLimits } from "../readers/limits";
import type { CheckableBook } from "./check-file";
import { IS_FOLDER, NOT_REGULAR, type FoundFile } from "./files";
import { describeFsError, readWorkbookFile } from "./read-file";

export type OpenOutcome = { ok: true; book: CheckableBook } | { ok: false; error: string };

const mb = (n: number): string => (n / 1024 / 1024).toFixed(0);

export function tooLarge(size: number, limits: ReadLimits): string {
  return `文件过大（${mb(size)} MB，上限 ${mb(limits.maxFileBytes)} MB），不像是年度报告；请只提交报告本身`;
}

export async function readFoundFile(found: FoundFile, limits: ReadLimits = DEFAULT_LIMITS): Promise<OpenOutcome> {
  const target = typeof found.absolute === "string" ? found.absolute : Buffer.from(found.absolute);
  try {
    const stats = await fs.stat(target);
    if (stats.isDirectory()) return { ok: false, error: IS_FOLDER };
    if (!stats.isFile()) return { ok: false, error: NOT_REGULAR };
    if (stats.size > limits.maxFileBytes) return { ok: false, error: tooLarge(stats.size, limits) };
    if (typeof target === "string") {
      const read = await readWorkbookFile(target);
      return read.ok ? { ok: true, book: read.workbook } : read;
    }
    const read = await readDocument(found.file, await fs.readFile(target), limits);
    return read.ok ? { ok: true, book: read.book } : read;
  } catch (err) {
    return { ok: false, error: describeFsError(err as NodeJS.ErrnoException) };
  }
}

/**
 * Opening a found file for the checker, through `read-file.ts` (which opens without blocking and
 * refuses pipes, devices and oversized files before reading a byte): by its string path, or, for
 * a name that is not UTF-8 (GBK names), by its raw bytes, shown under its decoded name.
 */
import { DEFAULT_LIMITS, type ReadLimits } from "../readers/limits";
import type { CheckableBook } from "./check-file";
import type { FoundFile } from "./files";
import { readDocumentFile } from "./read-file";

export type OpenOutcome = { ok: true; book: CheckableBook } | { ok: false; error: string };

export async function readFoundFile(found: FoundFile, limits: ReadLimits = DEFAULT_LIMITS): Promise<OpenOutcome> {
  const target = typeof found.absolute === "string" ? found.absolute : Buffer.from(found.absolute);
  const read = await readDocumentFile(target, found.file, limits);
  return read.ok ? { ok: true, book: read.workbook } : read;
}

/**
 * A checked file as the run keeps it: its printed part of the report, its counts, and the full
 * result only when the run needs it (the 汇总 workbook). Rendered where the file was checked (the
 * worker), so the main thread receives one string per file instead of rebuilding every finding
 * as objects: on 1000 workbooks that rebuilding, formatting and its garbage collection cost the
 * run about a fifth of its time (bench/batch.ts).
 */
import type { FileResult } from "./check-file";
import { formatJsonFile } from "./report-json";
import { fileText } from "./report-text";
import { severityCounts, type SeverityCounts } from "./summary";

/** How a result is printed: the `--json` document's entry, or the terminal report's lines. */
export type RenderAs = "json" | "text";

export interface RenderOptions {
  as: RenderAs;
  /** Keep the full result too (for the 汇总 workbook). */
  keep: boolean;
}

export interface RenderedResult extends SeverityCounts {
  file: string;
  error: string | null;
  /** Statistics tables found (0 with no error: a file without a table). */
  tables: number;
  /** What the report prints for this file: `formatJsonFile`, or `fileText`'s lines joined. */
  text: string;
  full?: FileResult;
}

export function renderResult(result: FileResult, options: RenderOptions): RenderedResult {
  const text = options.as === "json" ? formatJsonFile(result) : fileText(result).join("\n");
  const rendered: RenderedResult = { file: result.file, error: result.error, ...severityCounts(result.findings), tables: result.tables.length, text };
  if (options.keep) rendered.full = result;
  return rendered;
}

/** Files read without error in which no statistics table was found. */
export const filesWithoutTable = (results: readonly RenderedResult[]): number => results.filter((r) => r.error === null && r.tables === 0).length;

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
import type { Summary } from "./summary";

/** How a result is printed: the `--json` document's entry, or the terminal report's lines. */
export type RenderAs = "json" | "text";

export interface RenderOptions {
  as: RenderAs;
  /** Keep the full result too (for the 汇总 workbook). */
  keep: boolean;
}

export interface RenderedResult {
  file: string;
  error: string | null;
  errors: number;
  warnings: number;
  infos: number;
  /** Statistics tables found (0 with no error: a file without a table). */
  tables: number;
  /** What the report prints for this file: `formatJsonFile`, or `fileText`'s lines joined. */
  text: string;
  full?: FileResult;
}

export function renderResult(result: FileResult, options: RenderOptions): RenderedResult {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of result.findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  const text = options.as === "json" ? formatJsonFile(result) : fileText(result).join("\n");
  const rendered: RenderedResult = { file: result.file, error: result.error, errors, warnings, infos, tables: result.tables.length, text };
  if (options.keep) rendered.full = result;
  return rendered;
}

/** The run's counts, as `summarize` gives them from full results. */
export function summarizeRendered(results: readonly RenderedResult[]): Summary {
  const s: Summary = { files: results.length, errors: 0, warnings: 0, infos: 0, unreadable: 0 };
  for (const r of results) {
    if (r.error !== null) s.unreadable++;
    s.errors += r.errors;
    s.warnings += r.warnings;
    s.infos += r.infos;
  }
  return s;
}

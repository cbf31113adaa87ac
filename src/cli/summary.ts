/** Counting the results of a run, and the exit code they give. */
import type { FileResult } from "./check-file";
import { EXIT, type ExitCode } from "./io";

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  unreadable: number;
}

export function summarize(results: readonly FileResult[]): Summary {
  const s: Summary = { files: results.length, errors: 0, warnings: 0, infos: 0, unreadable: 0 };
  for (const r of results) {
    if (r.error !== null) s.unreadable++;
    for (const f of r.findings) {
      if (f.severity === "error") s.errors++;
      else if (f.severity === "warning") s.warnings++;
      else s.infos++;
    }
  }
  return s;
}

/**
 * 2 when a file could not be read (or a folder held nothing to check), else 1 when any finding
 * is an error, else 0. Warnings and hints never fail a run: they are for the filer to verify.
 */
export function exitCodeOf(summary: Summary, nothingToCheck: boolean): ExitCode {
  if (summary.unreadable > 0 || nothingToCheck) return EXIT.failure;
  if (summary.errors > 0) return EXIT.findings;
  return EXIT.ok;
}

/** Counting the results of a run, and the exit code they give. */
import type { Finding } from "../core/types";
import type { FileResult } from "./check-file";
import { EXIT, type ExitCode } from "./io";

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  unreadable: number;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** A file's findings counted by severity. */
export function severityCounts(findings: readonly Finding[]): SeverityCounts {
  const c: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") c.errors++;
    else if (f.severity === "warning") c.warnings++;
    else c.infos++;
  }
  return c;
}

/** The run's counts from each file's error and severity counts (full or rendered results). */
export function summarizeCounts(files: readonly ({ error: string | null } & SeverityCounts)[]): Summary {
  const s: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, unreadable: 0 };
  for (const r of files) {
    if (r.error !== null) s.unreadable++;
    s.errors += r.errors;
    s.warnings += r.warnings;
    s.infos += r.infos;
  }
  return s;
}

export function summarize(results: readonly FileResult[]): Summary {
  return summarizeCounts(results.map((r) => ({ error: r.error, ...severityCounts(r.findings) })));
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

/**
 * What the command line needs from its surroundings, passed in so tests run it in-process:
 * where to print, the folder relative paths start from, and today's date (for default years).
 */
import type { BatchLimits } from "./batch";

/** Anything with a `write`, such as `process.stdout`, or a test's string collector. */
export interface Output {
  write(text: string): unknown;
  /** A terminal (progress is shown there only). */
  isTTY?: boolean;
}

export interface CliIo {
  /** Results only: the report, or the one JSON document with `--json`. */
  stdout: Output;
  /** Diagnostics: usage errors, notes about skipped files. */
  stderr: Output;
  /** The folder relative PATHs are resolved against. */
  cwd: string;
  /** Today; defaults to the clock. The default report year is last year. */
  now?: () => Date;
  /** Limits of `check`'s workers, overriding the defaults (tests use small ones). */
  batch?: Partial<BatchLimits>;
}

/** Exit codes, as documented in `nianbao --help`. */
export const EXIT = {
  /** Every file was read and no finding is an error. */
  ok: 0,
  /** Some finding is an error (a file with no table counts as one). */
  findings: 1,
  /** Wrong arguments, or a file could not be read or written. Wins over 1. */
  failure: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Running the command line in-process, with its output collected as strings. */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { BatchLimits } from "../../../src/cli/batch";
import { main } from "../../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** Today, for commands whose defaults depend on it. */
  now?: Date;
  /**
   * Limits of `check`'s workers. By default these tests check in-process: they are about what
   * is reported, and a worker loading the checker from TypeScript would cost seconds per run.
   * The isolation tests pass `{ isolate: true, … }`.
   */
  batch?: Partial<BatchLimits>;
}

export async function runCli(argv: string[], options: RunOptions): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: options.cwd,
    batch: { isolate: false, ...options.batch },
    ...(options.now ? { now: () => options.now as Date } : {}),
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder per test, removed afterwards. */
export function useTempDir(): () => string {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "nianbao-cli-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

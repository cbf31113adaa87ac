/**
 * What a worker thread does for `nianbao check`: one file read and checked, or last year's
 * report read for `--previous`. Plain data in and out (structured clone), so the same function
 * runs in a worker and could run in the calling thread.
 */
import { checkFile, type CheckFileOptions, type FileResult } from "./check-file";
import type { FoundFile } from "./files";
import { readPrevious, type PreviousReport } from "./previous";

export type BatchTask = { kind: "check"; found: FoundFile; options: CheckFileOptions } | { kind: "previous"; file: string; cwd: string; year?: number };

export type BatchReply = { kind: "check"; result: FileResult } | { kind: "previous"; report: PreviousReport };

export async function runBatchTask(task: BatchTask): Promise<BatchReply> {
  if (task.kind === "check") return { kind: "check", result: await checkFile(task.found, task.options) };
  return { kind: "previous", report: await readPrevious(task.file, task.cwd, task.year) };
}

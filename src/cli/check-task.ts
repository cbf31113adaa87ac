/**
 * What a worker thread does for `nianbao check`: one file read and checked, or last year's
 * report read for `--previous`. Plain data in and out (structured clone), so the same function
 * runs in a worker and could run in the calling thread. A checked file comes back rendered
 * (rendered.ts): its text and counts, not every finding as objects.
 */
import { checkFile, type CheckFileOptions } from "./check-file";
import type { FoundFile } from "./files";
import { readPrevious, type PreviousReport } from "./previous";
import { renderResult, type RenderedResult, type RenderOptions } from "./rendered";

export type BatchTask = { kind: "check"; found: FoundFile; options: CheckFileOptions; render: RenderOptions } | { kind: "previous"; file: string; cwd: string; year?: number };

export type BatchReply = { kind: "check"; result: RenderedResult } | { kind: "previous"; report: PreviousReport };

export async function runBatchTask(task: BatchTask): Promise<BatchReply> {
  if (task.kind === "check") return { kind: "check", result: renderResult(await checkFile(task.found, task.options), task.render) };
  return { kind: "previous", report: await readPrevious(task.file, task.cwd, task.year) };
}

/**
 * Running `nianbao check`'s files in worker threads: each file read and checked where running
 * out of memory, crashing or hanging costs that file only, with a Chinese message saying so.
 */
import { availableParallelism } from "os";
import type { CheckFileOptions } from "./check-file";
import type { BatchReply, BatchTask } from "./check-task";
import { clipText } from "./clip";
import type { FoundFile } from "./files";
import type { PreviousReport } from "./previous";
import { renderResult, type RenderedResult, type RenderOptions } from "./rendered";
import { workerEntry } from "./worker-entry";
import { WorkerPool, type TaskFailure, type TaskOutcome } from "./worker-pool";

/** The limits of a batch run (README: "what each limit is"). */
export interface BatchLimits {
  /** Files checked at once; 0 chooses by the machine and the number of files. */
  workers: number;
  /** JavaScript heap of one worker, in MB: a file needing more is stopped with a message. */
  memoryMb: number;
  /** Seconds one file may take to be read and checked. */
  timeoutSeconds: number;
  /**
   * Check in worker threads (the default). Off only where speed matters more than containment
   * and every input is trusted: the formatting tests, which run the command hundreds of times.
   */
  isolate: boolean;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { workers: 0, memoryMb: 512, timeoutSeconds: 60, isolate: true };

/**
 * Two workers pay off only when there are files enough to keep both busy (each worker loads the
 * checker once, which a short run would not win back) and a core is left for the main thread,
 * which lists the folder, receives results and prints. On two cores, 1000 workbooks took the
 * same time with one worker and with two (bench/batch.ts, median of interleaved runs): so one.
 */
export const PARALLEL_FROM_FILES = 8;
export const PARALLEL_FROM_CORES = 3;

/** `NIANBAO_WORKERS=1` (or 2…) fixes the number of workers: for measuring, or a machine shared with others. */
function workersFromEnvironment(): number {
  const n = Number(process.env.NIANBAO_WORKERS);
  return Number.isInteger(n) && n > 0 && n <= 64 ? n : 0;
}

export function workerCount(limits: BatchLimits, files: number): number {
  if (limits.workers > 0) return limits.workers;
  const fixed = workersFromEnvironment();
  if (fixed > 0) return Math.min(fixed, Math.max(1, files));
  return files >= PARALLEL_FROM_FILES && availableParallelism() >= PARALLEL_FROM_CORES ? 2 : 1;
}

/** What the user reads when a file's worker failed. */
export function failureMessage(failure: TaskFailure, limits: BatchLimits): string {
  switch (failure.kind) {
    case "out-of-memory":
      return (
        `读取这个文件需要的内存超过上限（${limits.memoryMb} MB），已停止读取；文件可能异常庞大或结构异常` +
        "（例如覆盖整张工作表的合并单元格、上百万行数据）。请删除与报告无关的工作表，只保留统计表后再校验"
      );
    case "timeout":
      return `读取和校验这个文件超过 ${limits.timeoutSeconds} 秒仍未完成，已停止；文件可能异常庞大或结构异常。` + "请只保留统计表后再校验，或用 --timeout 给出更长的时间";
    case "crash":
      return `校验这个文件时程序出错（${clipText(failure.detail, 80)}）；这是 nianbao 的问题，请把文件和这条信息反馈给维护者`;
  }
}

/** Tasks run in the calling thread, for `isolate: false`; any throw is that task's failure. */
class InProcess {
  async run(task: BatchTask): Promise<TaskOutcome<BatchReply>> {
    try {
      const { runBatchTask } = await import("./check-task");
      return { ok: true, value: await runBatchTask(task) };
    } catch (err) {
      return { ok: false, failure: { kind: "crash", detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err) } };
    }
  }

  async close(): Promise<void> {}
}

export class Batch {
  private readonly pool: WorkerPool<BatchTask, BatchReply> | InProcess;

  constructor(
    private readonly limits: BatchLimits,
    workers: number,
  ) {
    this.pool = limits.isolate
      ? new WorkerPool({
          entry: workerEntry("check-worker"),
          size: workers,
          resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
          timeoutMs: limits.timeoutSeconds * 1000,
        })
      : new InProcess();
  }

  async check(found: FoundFile, options: CheckFileOptions, render: RenderOptions): Promise<RenderedResult> {
    // Known not to be readable: no worker needed to say so.
    if (found.error !== undefined) return renderResult({ file: found.file, error: found.error, tables: [], findings: [] }, render);
    const outcome = await this.pool.run({ kind: "check", found, options, render });
    if (outcome.ok && outcome.value.kind === "check") return outcome.value.result;
    const error = outcome.ok ? "内部错误：回复类型不符" : failureMessage(outcome.failure, this.limits);
    return renderResult({ file: found.file, error, tables: [], findings: [] }, render);
  }

  async previous(file: string, cwd: string, year?: number): Promise<PreviousReport> {
    const outcome = await this.pool.run({ kind: "previous", file, cwd, ...(year !== undefined ? { year } : {}) });
    if (outcome.ok && outcome.value.kind === "previous") return outcome.value.report;
    const why = outcome.ok ? "内部错误：回复类型不符" : failureMessage(outcome.failure, this.limits);
    return { ok: false, notes: [`上年报告 ${file}：无法读取：${why}`] };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

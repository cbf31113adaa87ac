/**
 * A small pool of worker threads, each with a heap limit and each task with a time limit: a
 * file that exhausts memory, crashes its reader or never finishes costs that file, not the run.
 * A worker that failed is thrown away and a fresh one takes the next task.
 */
import { Worker, type ResourceLimits } from "worker_threads";
import { workerBootstrap } from "./worker-entry";

/** Why a task gave no result. `detail` is technical (for the maintainer), never shown alone. */
export type TaskFailure = { kind: "out-of-memory"; detail: string } | { kind: "timeout"; detail: string } | { kind: "crash"; detail: string };

export type TaskOutcome<R> = { ok: true; value: R } | { ok: false; failure: TaskFailure };

export interface PoolOptions {
  /** The worker's module (.js when built, .ts under the tests). */
  entry: string;
  /** Workers running at once. */
  size: number;
  /** Per worker: `maxOldGenerationSizeMb` is what stops a runaway file. */
  resourceLimits: ResourceLimits;
  /** Per task; the worker is terminated when it is exceeded. */
  timeoutMs: number;
}

/** What a worker posts back for task `id`. */
export type WorkerReply<R> = { id: number; ok: true; value: R } | { id: number; ok: false; error: string };

interface Pending<T, R> {
  id: number;
  task: T;
  resolve: (outcome: TaskOutcome<R>) => void;
}

/** Loading the checker in a fresh worker; counted apart from a file's own time limit. */
const STARTUP_ALLOWANCE_MS = 120_000;

/** How much of a worker's stderr is kept to explain a crash. */
const STDERR_TAIL = 2000;

class Slot<T, R> {
  private worker: Worker | null = null;
  /** The worker has loaded its module: a task's time runs from here. */
  private ready = false;
  private current: Pending<T, R> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stderrTail = "";

  constructor(
    private readonly options: PoolOptions,
    private readonly onIdle: (slot: Slot<T, R>) => void,
  ) {}

  get busy(): boolean {
    return this.current !== null;
  }

  run(job: Pending<T, R>): void {
    this.current = job;
    const worker = this.worker ?? this.start();
    // Until the worker has loaded, it gets a generous allowance on top of the task's time.
    this.startClock(this.ready ? 0 : STARTUP_ALLOWANCE_MS);
    worker.postMessage({ id: job.id, task: job.task });
  }

  private startClock(extraMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.current) return;
    this.timer = setTimeout(() => {
      const seconds = Math.round(this.options.timeoutMs / 1000);
      this.fail({ kind: "timeout", detail: `no result after ${seconds} s` });
    }, this.options.timeoutMs + extraMs);
  }

  /** Terminate the worker (idle or not); the pool is done with it. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(workerBootstrap(), {
      eval: true,
      workerData: { entry: this.options.entry },
      resourceLimits: this.options.resourceLimits,
      stdout: true,
      stderr: true,
    });
    this.stderrTail = "";
    this.ready = false;
    // A reader's stray console output must not mix into the report; stderr explains crashes.
    worker.stdout.resume();
    worker.stderr.on("data", (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString("utf8")).slice(-STDERR_TAIL);
    });
    // Events of a worker already given up (terminated after a failure) concern no task.
    const mine = (): boolean => this.worker === worker;
    worker.on("message", (reply: WorkerReply<R> | { ready: true }) => {
      if (!mine()) return;
      if ("ready" in reply) {
        this.ready = true;
        this.startClock(0);
      } else {
        this.settle(reply);
      }
    });
    worker.on("error", (err: Error & { code?: string }) => {
      if (!mine()) return;
      if (err.code === "ERR_WORKER_OUT_OF_MEMORY") this.fail({ kind: "out-of-memory", detail: err.message });
      else this.fail({ kind: "crash", detail: `${err.name}: ${err.message}` });
    });
    worker.on("exit", (code) => {
      if (!mine()) return;
      this.worker = null;
      const tail = this.stderrTail.trim().split("\n").slice(-3).join(" | ");
      this.fail({ kind: "crash", detail: `worker exited with code ${code}${tail ? `: ${tail}` : ""}` });
    });
    // An idle worker must not keep the command alive after the last file.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: WorkerReply<R>): void {
    const job = this.current;
    if (!job || reply.id !== job.id) return;
    this.finish(reply.ok ? { ok: true, value: reply.value } : { ok: false, failure: { kind: "crash", detail: reply.error } });
  }

  /** The current task failed: the worker may be in any state, so it is replaced. */
  private fail(failure: TaskFailure): void {
    if (!this.current) return;
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
    this.finish({ ok: false, failure });
  }

  private finish(outcome: TaskOutcome<R>): void {
    const job = this.current;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    job?.resolve(outcome);
    this.onIdle(this);
  }
}

/** Tasks in, outcomes out, in any order of completion; `run` never rejects. */
export class WorkerPool<T, R> {
  private readonly slots: Slot<T, R>[];
  private readonly queue: Pending<T, R>[] = [];
  private nextId = 1;

  constructor(options: PoolOptions) {
    const size = Math.max(1, Math.floor(options.size));
    this.slots = Array.from({ length: size }, () => new Slot<T, R>(options, (slot) => this.next(slot)));
  }

  run(task: T): Promise<TaskOutcome<R>> {
    return new Promise((resolve) => {
      const job = { id: this.nextId++, task, resolve };
      const idle = this.slots.find((s) => !s.busy);
      if (idle) idle.run(job);
      else this.queue.push(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.close()));
  }

  private next(slot: Slot<T, R>): void {
    const job = this.queue.shift();
    if (job) slot.run(job);
  }
}

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

/**
 * Tasks sent to a worker ahead of its reply: the next files are already in the worker's queue
 * when it posts a result, so it never waits a round trip through the main thread for work. With
 * one task ahead a 1000-file run still left the worker idle 7% of the time (the main thread was
 * collecting garbage or not scheduled); with seven, under 1%. The worker runs them one at a time.
 */
export const PIPELINE_DEPTH = 8;

class Slot<T, R> {
  private worker: Worker | null = null;
  /** The worker has loaded its module: a task's time runs from here. */
  private ready = false;
  /** Sent to the worker, in order: the first is running, the others wait in the worker's queue. */
  private readonly jobs: Pending<T, R>[] = [];
  /** Why the worker is dying (its 'error'), said once its 'exit' follows: every reply it sent comes first. */
  private dying: TaskFailure | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stderrTail = "";

  constructor(
    private readonly options: PoolOptions,
    private readonly onIdle: (slot: Slot<T, R>) => void,
  ) {}

  /** Tasks sent and not yet answered. */
  get load(): number {
    return this.jobs.length;
  }

  get full(): boolean {
    return this.jobs.length >= PIPELINE_DEPTH;
  }

  run(job: Pending<T, R>): void {
    this.jobs.push(job);
    this.post(job);
    if (this.jobs.length === 1) this.startClock();
  }

  private post(job: Pending<T, R>): void {
    const worker = this.worker ?? this.start();
    worker.postMessage({ id: job.id, task: job.task });
  }

  /** The clock of the running task (the first); until the worker has loaded it gets a generous allowance. */
  private startClock(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.jobs.length === 0) return;
    this.timer = setTimeout(
      () => {
        const seconds = Math.round(this.options.timeoutMs / 1000);
        this.fail({ kind: "timeout", detail: `no result after ${seconds} s` });
      },
      this.options.timeoutMs + (this.ready ? 0 : STARTUP_ALLOWANCE_MS),
    );
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
    this.dying = null;
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
        this.startClock();
      } else {
        this.settle(reply);
      }
    });
    // The task to blame is the one running when the worker died, known only once the replies it
    // posted before dying have arrived: they all come before 'exit' (Node's documented order),
    // not necessarily before 'error'.
    worker.on("error", (err: Error & { code?: string }) => {
      if (!mine()) return;
      this.dying = err.code === "ERR_WORKER_OUT_OF_MEMORY" ? { kind: "out-of-memory", detail: err.message } : { kind: "crash", detail: `${err.name}: ${err.message}` };
    });
    worker.on("exit", (code) => {
      if (!mine()) return;
      this.worker = null;
      const tail = this.stderrTail.trim().split("\n").slice(-3).join(" | ");
      this.fail(this.dying ?? { kind: "crash", detail: `worker exited with code ${code}${tail ? `: ${tail}` : ""}` });
    });
    // An idle worker must not keep the command alive after the last file.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: WorkerReply<R>): void {
    const job = this.jobs[0];
    if (!job || reply.id !== job.id) return;
    this.jobs.shift();
    // The worker went straight on to the next task it holds: its clock starts now.
    this.startClock();
    job.resolve(reply.ok ? { ok: true, value: reply.value } : { ok: false, failure: { kind: "crash", detail: reply.error } });
    this.onIdle(this);
  }

  /**
   * The running task failed: the worker may be in any state, so it is replaced. The tasks queued
   * behind it never started (the worker takes one at a time): a fresh worker runs them.
   */
  private fail(failure: TaskFailure): void {
    const job = this.jobs.shift();
    if (!job) return;
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
    for (const waiting of this.jobs) this.post(waiting);
    this.startClock();
    job.resolve({ ok: false, failure });
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
      const slot = this.leastLoaded();
      if (slot) slot.run(job);
      else this.queue.push(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.close()));
  }

  /** The slot with the fewest tasks in hand, if any can take one more: an idle worker first. */
  private leastLoaded(): Slot<T, R> | undefined {
    let best: Slot<T, R> | undefined;
    for (const slot of this.slots) if (!slot.full && (!best || slot.load < best.load)) best = slot;
    return best;
  }

  private next(slot: Slot<T, R>): void {
    while (!slot.full && this.queue.length > 0) slot.run(this.queue.shift() as Pending<T, R>);
  }
}

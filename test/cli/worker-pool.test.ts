/**
 * The worker pool: a task that hangs, exhausts its heap or kills its thread costs that task only;
 * the next task gets a fresh worker and its result.
 */
import { join } from "path";
import { WorkerPool } from "../../src/cli/worker-pool";

type Task = { do: "echo"; value: number } | { do: "hang" | "oom" | "throw" | "exit" | "await-next" | "seen" };

const ENTRY = join(__dirname, "helpers", "fake-worker.js");
jest.setTimeout(60_000);

function pool(size = 1, timeoutMs = 2000): WorkerPool<Task, number> {
  return new WorkerPool<Task, number>({ entry: ENTRY, size, resourceLimits: { maxOldGenerationSizeMb: 32 }, timeoutMs });
}

describe("WorkerPool", () => {
  it("returns each task's result, several tasks per worker", async () => {
    const p = pool(2);
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map((value) => p.run({ do: "echo", value })));
    expect(outcomes).toEqual([1, 2, 3, 4, 5].map((value) => ({ ok: true, value })));
    await p.close();
  });

  it("stops a task that never finishes after the time limit, then carries on", async () => {
    const p = pool(1, 500);
    const hung = p.run({ do: "hang" });
    const after = p.run({ do: "echo", value: 7 });
    expect(await hung).toEqual({ ok: false, failure: { kind: "timeout", detail: "no result after 1 s" } });
    expect(await after).toEqual({ ok: true, value: 7 });
    await p.close();
  });

  it("turns a heap beyond the worker's limit into that task's failure, not the process's death", async () => {
    const p = pool(1, 30_000);
    const outcome = await p.run({ do: "oom" });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.failure.kind).toBe("out-of-memory");
    expect(await p.run({ do: "echo", value: 1 })).toEqual({ ok: true, value: 1 });
    await p.close();
  });

  it("reports a worker that exits or a task that throws, and replaces the worker", async () => {
    const p = pool(1);
    const exited = await p.run({ do: "exit" });
    expect(exited).toEqual({ ok: false, failure: { kind: "crash", detail: "worker exited with code 3" } });
    expect(await p.run({ do: "throw" })).toEqual({ ok: false, failure: { kind: "crash", detail: "TypeError: boom" } });
    expect(await p.run({ do: "echo", value: 2 })).toEqual({ ok: true, value: 2 });
    await p.close();
  });

  it("sends a worker its next task before the current one is answered (no idle round trip per file)", async () => {
    // The fake worker answers "await-next" only when another task reaches it: one task at a time
    // and this would wait until the time limit.
    const p = pool(1, 5000);
    const first = p.run({ do: "await-next" });
    const second = p.run({ do: "echo", value: 9 });
    expect(await first).toEqual({ ok: true, value: -1 });
    expect(await second).toEqual({ ok: true, value: 9 });
    await p.close();
  });

  it("gives the tasks queued behind a failed one to a fresh worker, each run once, none blamed", async () => {
    const p = pool(1, 500);
    const outcomes = await Promise.all([
      p.run({ do: "exit" }),
      p.run({ do: "seen" }),
      p.run({ do: "hang" }),
      p.run({ do: "seen" }),
      p.run({ do: "oom" }),
      p.run({ do: "seen" }),
    ]);
    expect(outcomes[0]).toEqual({ ok: false, failure: { kind: "crash", detail: "worker exited with code 3" } });
    // The worker after the crash was given "seen" first: nothing ran twice.
    expect(outcomes[1]).toEqual({ ok: true, value: 1 });
    expect(outcomes[2]).toEqual({ ok: false, failure: { kind: "timeout", detail: "no result after 1 s" } });
    expect(outcomes[3]).toEqual({ ok: true, value: 1 });
    expect(!outcomes[4].ok && outcomes[4].failure.kind).toBe("out-of-memory");
    expect(outcomes[5]).toEqual({ ok: true, value: 1 });
    await p.close();
  }, 120_000);

  it("spreads tasks over idle workers before queueing a second on one", async () => {
    const p = pool(2);
    // Two "seen" tasks at once: each worker gets one, so each has been given one task.
    const outcomes = await Promise.all([p.run({ do: "seen" }), p.run({ do: "seen" })]);
    expect(outcomes).toEqual([
      { ok: true, value: 1 },
      { ok: true, value: 1 },
    ]);
    await p.close();
  });
});

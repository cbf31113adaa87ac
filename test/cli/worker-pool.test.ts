/**
 * The worker pool: a task that hangs, exhausts its heap or kills its thread costs that task only;
 * the next task gets a fresh worker and its result.
 */
import { join } from "path";
import { WorkerPool } from "../../src/cli/worker-pool";

type Task = { do: "echo"; value: number } | { do: "hang" | "oom" | "throw" | "exit" };

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
});

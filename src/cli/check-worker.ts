/**
 * The worker thread's module: runs the pool's tasks one after the other, in the order they came
 * (the pool sends the next before this one's reply, so a task may wait here), and posts each reply.
 * Whatever goes wrong inside a task is posted as an error; what kills the thread (out of memory,
 * a hang the pool ends) the pool turns into that file's error.
 */
import { parentPort } from "worker_threads";
import { runBatchTask, type BatchReply, type BatchTask } from "./check-task";
import { clipText } from "./clip";
import type { WorkerReply } from "./worker-pool";

const port = parentPort;
if (port) {
  // One task at a time: the pool's time limit and its blame for a crash assume it.
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (message: { id: number; task: BatchTask }) => {
    queue = queue.then(() =>
      runBatchTask(message.task).then(
        (value) => port.postMessage({ id: message.id, ok: true, value } satisfies WorkerReply<BatchReply>),
        (err: unknown) => {
          const error = clipText(err instanceof Error ? `${err.name}: ${err.message}` : String(err), 200);
          port.postMessage({ id: message.id, ok: false, error } satisfies WorkerReply<BatchReply>);
        },
      ),
    );
  });
}

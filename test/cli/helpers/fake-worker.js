// A worker for the pool's tests: each task names a behaviour — a result, a hang, a heap that
// grows without end, a thrown error, an exit, a reply held until the next task arrives. Plain
// JavaScript so it starts in milliseconds.
"use strict";
const { parentPort } = require("worker_threads");

/** The id of an "await-next" task, answered when the next task comes (pipelining). */
let held = null;
/** Ids of the tasks this worker was given, in order, reported by "seen". */
const seen = [];

parentPort.on("message", ({ id, task }) => {
  seen.push(id);
  if (held !== null) {
    parentPort.postMessage({ id: held, ok: true, value: -1 });
    held = null;
  }
  switch (task.do) {
    case "await-next":
      held = id;
      break;
    case "seen":
      parentPort.postMessage({ id, ok: true, value: seen.length });
      break;
    case "echo":
      parentPort.postMessage({ id, ok: true, value: task.value });
      break;
    case "hang":
      for (;;);
    case "oom": {
      const hoard = [];
      for (;;) hoard.push(new Array(100000).fill({ x: hoard.length }));
    }
    case "throw":
      parentPort.postMessage({ id, ok: false, error: "TypeError: boom" });
      break;
    case "exit":
      process.exit(3);
  }
});

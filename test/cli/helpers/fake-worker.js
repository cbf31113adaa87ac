// A worker for the pool's tests: each task names a behaviour — a result, a hang, a heap that
// grows without end, a thrown error, an exit. Plain JavaScript so it starts in milliseconds.
"use strict";
const { parentPort } = require("worker_threads");

parentPort.on("message", ({ id, task }) => {
  switch (task.do) {
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

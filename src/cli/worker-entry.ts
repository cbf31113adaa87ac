/**
 * How a worker thread starts: the compiled module beside this one (`build/`), or, when the
 * command line runs from its TypeScript sources (the tests), the .ts module compiled on load
 * with the project's own TypeScript — a Worker has no ts-jest.
 */
import { existsSync } from "fs";
import * as path from "path";

/** The worker module named `base` (without extension) beside this file, as it exists here. */
export function workerEntry(base: string): string {
  const js = path.join(__dirname, `${base}.js`);
  return existsSync(js) ? js : path.join(__dirname, `${base}.ts`);
}

/**
 * The code a worker runs first (`eval`): `workerData.entry` is loaded, then the worker says it
 * is ready (the pool's time limit counts from there, not from the thread's start). A .ts entry
 * gets a require hook that transpiles each .ts module (types are checked by tsc, not here),
 * cached on disk by content, since transpiling the checker takes seconds on a busy machine.
 */
export function workerBootstrap(): string {
  return `
"use strict";
const { workerData, parentPort } = require("worker_threads");
const entry = workerData.entry;
if (entry.endsWith(".ts")) {
  const fs = require("fs");
  const path = require("path");
  const os = require("os");
  const crypto = require("crypto");
  const cacheDir = path.join(os.tmpdir(), "nianbao-worker-ts-cache");
  let ts = null;
  require.extensions[".ts"] = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const key = crypto.createHash("sha256").update(filename).update("\0").update(source).digest("hex");
    const cached = path.join(cacheDir, key + ".js");
    let output = null;
    try { output = fs.readFileSync(cached, "utf8"); } catch {}
    if (output === null) {
      ts = ts || require(require.resolve("typescript", { paths: [entry] }));
      const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true };
      output = ts.transpileModule(source, { fileName: filename, compilerOptions: options }).outputText;
      try {
        fs.mkdirSync(cacheDir, { recursive: true });
        const temp = cached + "." + process.pid + "." + Math.random().toString(36).slice(2);
        fs.writeFileSync(temp, output);
        fs.renameSync(temp, cached);
      } catch {}
    }
    module._compile(output, filename);
  };
}
require(entry);
parentPort.postMessage({ ready: true });
`;
}

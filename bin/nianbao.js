#!/usr/bin/env node
// The installed command: runs the compiled command line. The logic lives in src/cli/main.ts.
"use strict";
const path = require("path");

const entry = path.join(__dirname, "..", "build", "src", "cli", "main.js");
let cli;
try {
  cli = require(entry);
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes(entry)) {
    process.stderr.write("nianbao 尚未编译：请先在项目目录中运行 npm run build（首次使用先运行 npm ci）\n");
    process.exit(2);
  }
  throw err;
}

// `nianbao check … | head` closes the pipe early. That is not an error worth a stack trace, and
// it must not decide the exit code: the run goes on (quietly) and exits with its findings' code.
let stdoutClosed = false;
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") {
    stdoutClosed = true;
    return;
  }
  throw err;
});
const stdout = { write: (text) => (stdoutClosed ? true : process.stdout.write(text)), isTTY: process.stdout.isTTY };

cli.main(process.argv.slice(2), { stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    // exitCode, not exit(): let piped output drain first.
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`nianbao 内部错误，请把这条信息反馈给维护者：\n${err && err.stack ? err.stack : String(err)}\n`);
    process.exitCode = 2;
  },
);

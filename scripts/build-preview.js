#!/usr/bin/env node
/**
 * Build the browser preview into one folder: the add-in's pages (webpack.config.js) with the local
 * copy of office.js — the preview must work without Microsoft's CDN — and then the preview page
 * (webpack.preview.config.js) beside them. The add-in build cleans its folder, so it goes first.
 *
 *   node scripts/build-preview.js [--out DIR] [--mode development|production]
 *
 * DIR defaults to dist/. `npm start` builds into build/start/ (which no build or test cleans, so
 * a test run never deletes what a running preview serves); the browser tests into
 * test-output/preview-dist/, so they never touch a dist/ built for deployment.
 */
"use strict";

const { spawn } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");

function webpack(args, env, quiet) {
  return new Promise((resolve, reject) => {
    const cli = require.resolve("webpack-cli/bin/cli.js");
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    if (quiet) {
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
    }
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`webpack ${args.join(" ")} 失败（exit ${code}）\n${output.slice(-4000)}`))));
  });
}

/** Build the pane and the preview page into `outDir` (absolute or relative to the repository). */
async function buildPreview({ outDir = "dist", mode = "development", quiet = false } = {}) {
  const out = path.resolve(ROOT, outDir);
  await webpack(["--config", "webpack.config.js", "--mode", mode], { NIANBAO_OFFICE_JS: "local", NIANBAO_OUTPUT: out }, quiet);
  await webpack(["--config", "webpack.preview.config.js", "--mode", mode, "--env", `outDir=${out}`], {}, quiet);
  return out;
}

module.exports = { buildPreview };

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  buildPreview({ outDir: opt("--out", "dist"), mode: opt("--mode", "development") })
    .then((out) => console.log(`浏览器预览已构建到 ${out}（preview built）`))
    .catch((err) => {
      console.error(err.message);
      process.exit(1);
    });
}

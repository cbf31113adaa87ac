#!/usr/bin/env node
/**
 * `npm start`: build the add-in, then either sideload it into desktop Excel (Windows, macOS with
 * Excel installed) or serve the browser preview (everywhere else), and say which, with the address.
 * How the choice is made: `scripts/start-mode.js`. Options: --preview, --excel, --port N.
 */
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { decideStart, StartOptionError, PREVIEW_PORT } = require("./start-mode");
const { serveStatic } = require("./static-server");
const { buildPreview } = require("./build-preview");

const ROOT = path.resolve(__dirname, "..");
/**
 * What `npm start` builds and serves: a folder of its own. Not dist/: `npm run build` (and so
 * `npm test`) cleans dist/ and writes a production build there, which would delete the preview
 * page a running `npm start` serves. Nothing else writes into build/start/ (tsc writes its own
 * folders of build/ and never cleans), so a test run leaves a running preview alone.
 */
const DIST = path.join(ROOT, "build", "start");

const USAGE = `用法 Usage: npm start -- [--preview | --excel] [--port 端口]

  （默认）Windows / macOS 上装有桌面版 Excel：构建并旁加载到 Excel（https://localhost:3000）
          其他系统（如 Linux）：构建并启动浏览器预览（http://127.0.0.1:${PREVIEW_PORT}/preview.html）
  --preview     总是使用浏览器预览  always use the browser preview
  --excel       旁加载到桌面版 Excel  sideload into desktop Excel
  --port 端口   浏览器预览的端口（也可设 NIANBAO_PORT）  the preview's port
`;

function say(zh, en) {
  console.log(`${zh}\n  ${en}`);
}

/** Run a command with this Node; resolves on exit 0, rejects with a message otherwise. */
function run(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[0])} 退出（exit ${code ?? signal}）`))));
  });
}

/** Build the add-in alone into build/start/ (for Excel: office.js as the build's default says). */
async function buildAddin() {
  say("正在构建加载项……", "Building the add-in…");
  const cli = require.resolve("webpack-cli/bin/cli.js");
  await run([cli, "--config", "webpack.config.js", "--mode", "development"], { NIANBAO_OUTPUT: DIST });
}

function listenError(err, port) {
  if (err && err.code === "EADDRINUSE") {
    return new Error(`端口 ${port} 已被占用：请关闭占用它的程序，或换一个端口，例如 npm start -- --port ${port + 1}（port ${port} is in use; try --port ${port + 1}）`);
  }
  return err;
}

async function startPreview(decision, note) {
  // The preview must work without Microsoft's CDN: office.js is copied and served locally.
  say("正在构建加载项和浏览器预览……", "Building the add-in and the browser preview…");
  await buildPreview({ outDir: DIST, mode: "development" });
  let served;
  try {
    served = await serveStatic(DIST, { host: "127.0.0.1", port: decision.port, index: "preview.html" });
  } catch (err) {
    throw listenError(err, decision.port);
  }
  const url = `${served.url}preview.html`;
  console.log("");
  if (note) say(note.zh, note.en);
  say(`${decision.reason.zh}：任务窗格在右，工作簿在左，数据只保存在页面中。`, `${decision.reason.en}: the task pane beside an in-browser workbook.`);
  say(`请在浏览器中打开：${url}`, `Open: ${url}`);
  say("按 Ctrl+C 停止。", "Press Ctrl+C to stop.");
  const stop = () => {
    void served.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** Certificates for https://localhost, made and trusted by office-addin-dev-certs. */
async function certificates() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { key: options.key, cert: options.cert, ca: options.ca };
}

async function startExcel(decision) {
  let tls;
  try {
    tls = await certificates();
  } catch (err) {
    // Without a trusted certificate Excel cannot load the pane; the preview needs none.
    return startPreview(
      { ...decision, port: PREVIEW_PORT, reason: { zh: "无法使用 https 开发证书，改用浏览器预览", en: "No usable https certificate: using the browser preview" } },
      {
        zh: `无法安装本机 https 开发证书（${err instanceof Error ? err.message.split("\n")[0] : err}），不能旁加载到 Excel。`,
        en: "Could not install the localhost https certificate; Excel cannot load the add-in without it.",
      },
    );
  }
  await buildAddin();
  let served;
  try {
    served = await serveStatic(DIST, { host: "localhost", port: decision.port, index: "taskpane.html", tls });
  } catch (err) {
    throw listenError(err, decision.port);
  }
  const manifest = fs.existsSync(path.join(DIST, "manifest.xml")) ? path.relative(ROOT, path.join(DIST, "manifest.xml")) : "manifest.xml";
  const debugging = require.resolve("office-addin-debugging/cli.js");
  say(`${decision.reason.zh}……`, `${decision.reason.en}…`);
  await run([debugging, "start", manifest, "desktop", "--app", "excel", "--dev-server-port", String(decision.port)]);
  console.log("");
  say(
    `已旁加载到 Excel：在“开始”选项卡的“年报”组中点击“检查面板”。加载项文件地址：${served.url}taskpane.html`,
    `Sideloaded into Excel: click 检查面板 in the 年报 group of the Home tab. Served at ${served.url}`,
  );
  say("按 Ctrl+C 停止并卸下加载项。", "Press Ctrl+C to stop and remove the sideloaded add-in.");
  const stop = () => {
    void run([debugging, "stop", manifest])
      .catch(() => undefined)
      .then(() => served.close())
      .then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

async function main() {
  let decision;
  try {
    decision = decideStart({ platform: process.platform, env: process.env, args: process.argv.slice(2), exists: (p) => fs.existsSync(p) });
  } catch (err) {
    if (err instanceof StartOptionError) {
      console.error(err.message);
      console.error(USAGE);
      process.exit(2);
    }
    throw err;
  }
  if (decision.mode === "help") {
    console.log(USAGE);
    return;
  }
  if (decision.mode === "excel") await startExcel(decision);
  else await startPreview(decision);
}

module.exports = { START_DIR: DIST };

if (require.main === module) {
  main().catch((err) => {
    console.error(`启动失败（start failed）：${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}

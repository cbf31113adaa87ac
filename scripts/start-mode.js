/**
 * What `npm start` does on this machine, decided without side effects (the file check is passed
 * in), so the decision is tested on every platform from any one:
 * - `excel`: desktop Excel is installed (Windows, macOS) → sideload the add-in over https, as
 *   Microsoft's add-in template does;
 * - `preview`: anywhere else (Linux, or no Excel found) → the browser preview over plain http on
 *   127.0.0.1, no certificate needed.
 * `--preview` / `--excel` or NIANBAO_START=preview|excel choose; `--port N`, NIANBAO_PORT or
 * PORT set the preview's port. Excel's port is the manifest's (3000) and cannot move.
 */
"use strict";

const path = require("path");

/** The port the manifest's URLs name (`https://localhost:3000/…`). */
const EXCEL_PORT = 3000;
/** The preview's default port: next to the add-in's, so both can run at once. */
const PREVIEW_PORT = 3001;

/** Where desktop Excel lives on Windows (Click-to-Run and MSI, 64- and 32-bit) and macOS. */
function excelPaths(platform, env) {
  if (platform === "darwin") return ["/Applications/Microsoft Excel.app"];
  if (platform !== "win32") return [];
  const roots = [env.ProgramFiles, env["ProgramFiles(x86)"], env.ProgramW6432].filter(Boolean);
  const out = [];
  for (const root of [...new Set(roots)]) {
    for (const dir of ["Microsoft Office\\root\\Office16", "Microsoft Office\\Office16", "Microsoft Office\\root\\Office15", "Microsoft Office\\Office15"]) {
      out.push(path.win32.join(root, dir, "EXCEL.EXE"));
    }
  }
  return out;
}

class StartOptionError extends Error {}

/** `--port 3005`, `--port=3005` → 3005; an unusable value is an error said in both languages. */
function parsePort(text, from) {
  const n = Number(text);
  if (!/^\d+$/.test(String(text).trim()) || !Number.isInteger(n) || n < 1 || n > 65535) {
    throw new StartOptionError(`${from} 的端口“${text}”无效，请填写 1–65535 之间的整数，例如 3001（invalid port; use 1–65535）`);
  }
  return n;
}

/**
 * Decide how to start. `args`: command-line arguments after the script; `exists(path)`: whether
 * a file or folder exists. Returns { mode, port, excelPath?, reason } or throws StartOptionError.
 */
function decideStart({ platform, env = {}, args = [], exists = () => false }) {
  let forced = null;
  let port = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--preview" || a === "--excel") forced = a.slice(2);
    else if (a === "--port") port = parsePort(args[++i] ?? "", "--port");
    else if (a.startsWith("--port=")) port = parsePort(a.slice(7), "--port");
    else if (a === "--help" || a === "-h") return { mode: "help" };
    else throw new StartOptionError(`不认识的选项“${a}”。可用：--preview、--excel、--port 端口（unknown option）`);
  }
  if (!forced && env.NIANBAO_START) {
    const v = env.NIANBAO_START.trim().toLowerCase();
    if (v !== "preview" && v !== "excel") {
      throw new StartOptionError(`NIANBAO_START=${env.NIANBAO_START} 无效，请设为 preview 或 excel（must be preview or excel）`);
    }
    forced = v;
  }
  if (port === null && env.NIANBAO_PORT) port = parsePort(env.NIANBAO_PORT, "NIANBAO_PORT");
  if (port === null && env.PORT) port = parsePort(env.PORT, "PORT");

  const excelPath = excelPaths(platform, env).find((p) => exists(p));
  if (forced === "preview" || (!forced && !excelPath)) {
    const reason = forced
      ? { zh: "按要求使用浏览器预览", en: "The browser preview, as asked" }
      : platform === "win32" || platform === "darwin"
        ? { zh: "未找到桌面版 Excel，改用浏览器预览", en: "Desktop Excel was not found: using the browser preview" }
        : { zh: "本系统没有桌面版 Excel，使用浏览器预览", en: "No desktop Excel on this system: using the browser preview" };
    return { mode: "preview", port: port ?? PREVIEW_PORT, reason };
  }
  if (platform !== "win32" && platform !== "darwin") {
    throw new StartOptionError("只有 Windows 和 macOS 上的桌面版 Excel 可以旁加载本加载项；请改用 --preview（sideloading needs desktop Excel on Windows or macOS）");
  }
  if (port !== null && port !== EXCEL_PORT) {
    throw new StartOptionError(`旁加载到 Excel 时端口固定为 ${EXCEL_PORT}（清单 manifest.xml 中的地址）；请去掉端口设置（Excel mode always uses port ${EXCEL_PORT}）`);
  }
  return {
    mode: "excel",
    port: EXCEL_PORT,
    excelPath: excelPath ?? null,
    reason: excelPath
      ? { zh: `找到桌面版 Excel（${excelPath}），旁加载到 Excel`, en: `Desktop Excel found (${excelPath}): sideloading into it` }
      : { zh: "按要求旁加载到 Excel", en: "Sideloading into Excel, as asked" },
  };
}

module.exports = { decideStart, excelPaths, parsePort, StartOptionError, EXCEL_PORT, PREVIEW_PORT };

#!/usr/bin/env node
/**
 * How fast the task pane appears and answers in the browser preview, in Debian's Chromium:
 *
 *   load → grid        page navigation to the preview's grid drawn
 *   load → pane        page navigation to the pane's first render (its summary line shown)
 *   insert → checked   click on the pane's 插入统计表 to the pane's summary counting the new blanks
 *   edit → checked     Enter on a typed total to the pane's summary showing the error (live check,
 *                      the pane's debounce included)
 *
 *   node bench/pane-first-render.js [--runs 7] [--dist DIR]
 *
 * DIR defaults to test-output/preview-dist (built by scripts/build-preview.js when absent). Prints
 * the median, fastest and slowest of each figure over the runs, each run in a fresh browser context.
 * Numbers, not assertions: they depend on the machine.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const { spawn } = require("child_process");
const { buildPreview } = require("../scripts/build-preview");

const ROOT = path.resolve(__dirname, "..");
const { CHROMIUM_PATH: CHROMIUM, chromiumLaunchOptions } = require("../scripts/chromium");

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** performance.now() in the page at the first animation frame where the expression holds. */
function whenTrue(page, condition) {
  return page.waitForFunction(`(${condition}) ? performance.now() : false`, null, { polling: "raf", timeout: 60_000 }).then((h) => h.jsonValue());
}

/** The pane's summary text, read from the preview page through the same-origin frame (or null). */
const SUMMARY = `(document.querySelector(".pane-frame iframe")?.contentDocument?.querySelector('[data-testid="summary"]')?.textContent ?? null)`;

async function once(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "zh-CN" });
  await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(url);
  const pane = await whenTrue(page, `${SUMMARY} !== null`);
  const grid = await page.evaluate(() => performance.getEntriesByName("nianbao:grid-drawn")[0]?.startTime ?? NaN);

  const frame = page.frameLocator(".pane-frame iframe");
  await frame.locator("#insert-year").fill("2025");
  await frame.locator("#insert-format").selectOption("national-2021");
  await frame.locator("#insert-agency").fill("某市某局");
  const clicked = await page.evaluate(() => performance.now());
  await frame.locator("form.insert-form button[type=submit]").click();
  const inserted = await whenTrue(
    page,
    `/未填写 [1-9]/.test(${SUMMARY} ?? "") && document.querySelector('.sheet-tab[aria-selected="true"]')?.textContent === "2025年度统计表"`,
  );

  // A total typed wrong: the pane's summary counts an error.
  const total = page.locator('#grid td[data-a1="J24"]');
  await total.click();
  await page.keyboard.type("7");
  const entered = await page.evaluate(() => performance.now());
  await page.keyboard.press("Enter");
  const checked = await whenTrue(page, `/^错误 [1-9]/.test(${SUMMARY} ?? "")`);
  await context.close();
  return { "load → grid": grid, "load → pane": pane, "insert → checked": inserted - clicked, "edit → checked": checked - entered };
}

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`需要 Debian 的 chromium（${CHROMIUM}）：sudo apt-get install -y chromium`);
  const runs = Number(option("--runs", "7"));
  let dist = path.resolve(ROOT, option("--dist", "test-output/preview-dist"));
  if (!fs.existsSync(path.join(dist, "preview.html"))) {
    console.log(`building the preview into ${path.relative(ROOT, dist)}…`);
    dist = await buildPreview({ outDir: dist, mode: "development", quiet: true });
  }
  // The server runs in its own process, so the browser driver here never delays its answers.
  const server = spawn(process.execPath, [path.join(ROOT, "scripts", "static-server.js"), dist], { stdio: ["ignore", "pipe", "inherit"] });
  const base = await new Promise((resolve, reject) => {
    server.stdout.once("data", (d) => resolve(String(d).trim()));
    server.once("exit", (code) => reject(new Error(`static server exited (${code})`)));
  });
  const served = { url: base, close: async () => void server.kill() };
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await once(browser, `${served.url}preview.html`); // warm-up: disk cache, JIT
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await once(browser, `${served.url}preview.html`));
    console.log(`pane in the browser preview, ${runs} runs (ms): median  fastest  slowest`);
    for (const name of Object.keys(results[0])) {
      const { median, min, max } = stats(results.map((r) => r[name]));
      console.log(`  ${name.padEnd(18)} ${median.toFixed(0).padStart(6)} ${min.toFixed(0).padStart(8)} ${max.toFixed(0).padStart(8)}`);
    }
  } finally {
    await browser.close();
    await served.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

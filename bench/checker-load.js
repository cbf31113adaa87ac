#!/usr/bin/env node
/**
 * The checker page's numbers: bytes of the first load and of what each form's first file fetches
 * (its reader and libraries), the cold load to ready, and open-to-findings per form — one file
 * chosen in 打开文件 until its counts are listed and the pane shows its check.
 *
 *   node bench/checker-load.js [--runs 5] [--dist dist/checker]
 *
 * Needs a built page (`npm run build`, or `npx webpack --config webpack.checker.config.js --mode
 * production`) and Debian's Chromium. Medians of --runs fresh browser contexts (cold caches).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const { chromiumLaunchOptions } = require("../scripts/chromium");
const { serveStatic } = require("../scripts/static-server");

const ROOT = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(opt("--runs", "5"));
const DIST = path.resolve(ROOT, opt("--dist", "dist/checker"));

const FORMS = [
  ["xlsx", "test/fixtures/xls/template-2021.xlsx"],
  ["docx", "test/fixtures/docx/report-2021.docx"],
  ["html", "test/fixtures/html/gov-2021.html"],
  ["pdf", "test/fixtures/pdf/template-national-2021.pdf"],
  ["xls", "test/fixtures/xls/template-2021.xls"],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const size = (file) => fs.statSync(path.join(DIST, file)).size;

async function cold(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const fetched = [];
  await context.route("**/*", (route) => {
    const u = new URL(route.request().url());
    if (u.hostname !== "127.0.0.1") return route.abort();
    fetched.push(decodeURIComponent(u.pathname.slice(1)));
    return route.continue();
  });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]");
  return { context, page, fetched, readyMs: Date.now() - t0 };
}

async function main() {
  if (!fs.existsSync(path.join(DIST, "index.html"))) throw new Error(`没有找到 ${DIST}/index.html：请先运行 npm run build`);
  const served = await serveStatic(DIST, { host: "127.0.0.1", port: 0, index: "index.html" });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const ready = [];
  const open = Object.fromEntries(FORMS.map(([f]) => [f, []]));
  const chunks = {};
  let first = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [form, file] of FORMS) {
        const c = await cold(browser, `${served.url}index.html`);
        ready.push(c.readyMs);
        first = [...c.fetched];
        const before = c.fetched.length;
        const t0 = Date.now();
        await c.page.setInputFiles("#file-input", path.join(ROOT, file));
        await c.page.waitForSelector("body[data-busy=false]");
        // eslint-disable-next-line no-undef -- runs in the page
        await c.page.waitForFunction(() => document.querySelector("#pane .finding, #pane .pane-summary, #pane .summary") !== null);
        open[form].push(Date.now() - t0);
        chunks[form] = c.fetched.slice(before);
        await c.context.close();
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const firstBytes = first.filter((f) => fs.existsSync(path.join(DIST, f))).reduce((n, f) => n + size(f), 0);
  console.log(`checker page (${path.relative(ROOT, DIST)}), ${RUNS} cold runs per form, medians`);
  console.log(`  first load: ${kb(firstBytes)} (${first.length} files: ${first.join(", ")})`);
  console.log(`  page load to ready (cold): ${median(ready)} ms`);
  for (const [form, file] of FORMS) {
    const bytes = chunks[form].filter((f) => fs.existsSync(path.join(DIST, f))).reduce((n, f) => n + size(f), 0);
    console.log(
      `  ${form.padEnd(4)} open-to-findings ${String(median(open[form])).padStart(5)} ms; fetched on first open ${kb(bytes)} (${chunks[form].join(", ")}) [${path.basename(file)}]`,
    );
  }
  const writer = fs.readdirSync(DIST).filter((f) => /exceljs|summary-writer/.test(f) && f.endsWith(".js"));
  console.log(`  导出 (loaded on first export): ${kb(writer.reduce((n, f) => n + size(f), 0))} (${writer.join(", ")})`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});

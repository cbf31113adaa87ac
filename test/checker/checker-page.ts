/**
 * The checker page in Debian's Chromium (playwright-core): built once into
 * test-output/checker-dist/ (development mode: unminified, the same chunks as dist/checker/), opened over
 * http on 127.0.0.1 or straight from disk, with every request that would leave the machine refused
 * and recorded.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { pathToFileURL } from "url";
import webpack, { type Configuration } from "webpack";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, serveDist, type Served } from "../helpers/preview-browser";

export { launchChromium, serveDist, type Served };

export const ROOT = resolve(__dirname, "../..");
export const CHECKER_DIST = join(ROOT, "test-output", "checker-dist");

/** The newest modification time under `path`. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((t, entry) => Math.max(t, newest(join(path, entry))), 0);
}

/** Build the page unless a build newer than every source of it is there. */
export async function ensureCheckerBuilt(): Promise<string> {
  if (process.env.NIANBAO_CHECKER_DIST) return resolve(process.env.NIANBAO_CHECKER_DIST);
  const stamp = join(CHECKER_DIST, ".built");
  const inputs = Math.max(...["src", "webpack.checker.config.js", "package-lock.json"].map((p) => newest(join(ROOT, p))));
  if (existsSync(stamp) && statSync(stamp).mtimeMs > inputs) return CHECKER_DIST;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(join(ROOT, "webpack.checker.config.js")) as (env: Record<string, string>, argv: { mode: string }) => Configuration;
  await new Promise<void>((done, fail) => {
    webpack(config({ outDir: CHECKER_DIST }, { mode: "development" }), (err, stats) => {
      if (err) return fail(err);
      if (stats?.hasErrors()) return fail(new Error(stats.toString("errors-only")));
      done();
    });
  });
  mkdirSync(CHECKER_DIST, { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
  return CHECKER_DIST;
}

export interface CheckerPage {
  context: BrowserContext;
  page: Page;
  /** Requests refused: anything not from disk or 127.0.0.1. */
  blocked: string[];
  /** Every request the page made, allowed or not. */
  requests: string[];
  errors: string[];
}

/** Open the page at `url` (http://127.0.0.1… or file://…) in a fresh context. */
export async function openChecker(browser: Browser, url: string, viewport = { width: 1280, height: 860 }): Promise<CheckerPage> {
  const context = await browser.newContext({ viewport, locale: "zh-CN", acceptDownloads: true });
  const blocked: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const href = route.request().url();
    requests.push(href);
    const u = new URL(href);
    if (u.protocol === "file:" || u.protocol === "data:" || u.protocol === "blob:" || u.hostname === "127.0.0.1") return route.continue();
    blocked.push(href);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]");
  return { context, page, blocked, requests, errors };
}

export const fileUrl = (dist: string): string => pathToFileURL(join(dist, "index.html")).href;

/** Choose `files` in the 打开文件 input and wait until every one of them is read and checked. */
export async function openFiles(page: Page, files: string[]): Promise<void> {
  await page.setInputFiles("#file-input", files);
  await page.waitForSelector("body[data-busy=false]", { timeout: 60_000 });
}

/** The counts the file list shows for `name`: `错误 1 核实 0 提示 0`, or the reason it could not be read. */
export async function listedStatus(page: Page, name: string): Promise<string> {
  const status = page.locator(`.file-open[data-file="${name}"] .file-status`);
  const counts = await status.locator(".count").allTextContents();
  return counts.length > 0 ? counts.join(" ") : ((await status.textContent()) ?? "").trim();
}

/**
 * Browser tests of the preview: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), the built `dist/` served on 127.0.0.1 by the project's own static server, and every
 * request to another host refused (office.js reaches for Microsoft's servers after a few seconds).
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "fs";
import { join, resolve } from "path";
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Locator, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist");
export const SCREENSHOTS = join(ROOT, "test-output", "screenshots");

const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Fail loudly, never skip, when the browser is missing. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${CHROMIUM}, which is missing. ` +
        "Install it with `sudo apt-get install -y chromium` (the CI script .ci/run does this); " +
        "never download a browser with playwright.",
    );
  }
}

export async function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

/** The newest modification time under `dir` (files only). */
function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Run a command from the repository root; a failed build throws with its output. */
function build(args: string[], env: NodeJS.ProcessEnv = {}): void {
  execFileSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: "pipe", maxBuffer: 64 * 1024 * 1024 });
}

/** Serialise builds between jest workers: a lock folder, waited on. */
function withLock(fn: () => void): void {
  const lock = join(ROOT, "test-output", ".build-lock");
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than five minutes was left by a killed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 600_000) throw new Error("timed out waiting for another test's build");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Make sure `dist/` holds the task pane and the preview page. `npm test` builds both first; run
 * alone, a test builds what is missing — the pane with the local office.js — and rebuilds the
 * preview page when its sources are newer than the built page.
 */
export function ensureBuilt(): void {
  if (process.env.NIANBAO_PREVIEW_DIST) return;
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  withLock(() => {
    if (!existsSync(join(DIST, "taskpane.html"))) {
      build([webpack, "--config", "webpack.config.js", "--mode", "development"], { NIANBAO_OFFICE_JS: "local" });
    }
    const page = join(DIST, "preview.js");
    const sources = Math.max(newest(join(ROOT, "src", "preview")), newest(join(ROOT, "src", "core")));
    if (!existsSync(join(DIST, "preview.html")) || !existsSync(page) || statSync(page).mtimeMs < sources) {
      build([webpack, "--config", "webpack.preview.config.js", "--mode", "development"]);
    }
  });
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** `dist/`, or the build named by NIANBAO_PREVIEW_DIST (served as it is, never rebuilt). */
export async function serveDist(dir = process.env.NIANBAO_PREVIEW_DIST ?? DIST): Promise<Served> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serveStatic } = require("../../scripts/static-server.js") as {
    serveStatic(root: string, options: { host?: string; port?: number; index?: string }): Promise<Served>;
  };
  return serveStatic(dir, { host: "127.0.0.1", port: 0, index: "preview.html" });
}

export interface PreviewPage {
  context: BrowserContext;
  page: Page;
  /** The task pane's frame. */
  pane: FrameLocator;
  /** Requests refused because they left 127.0.0.1. */
  blocked: string[];
  /** Errors thrown in the page or the pane. */
  errors: string[];
}

/** Open the preview in a fresh context where only 127.0.0.1 is reachable. */
export async function openPreview(browser: Browser, served: Served, viewport = { width: 1400, height: 900 }): Promise<PreviewPage> {
  const context = await browser.newContext({ viewport, locale: "zh-CN" });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    blocked.push(url.href);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${served.url}preview.html`);
  return { context, page, pane: page.frameLocator(".pane-frame iframe"), blocked, errors };
}

/** The grid cell showing `a1` on the active sheet. */
export function cell(page: Page, a1: string): Locator {
  return page.locator(`#grid td[data-a1="${a1}"]`);
}

/** Click a cell, type `text` as keystrokes, confirm with Enter. */
export async function typeInto(page: Page, a1: string, text: string): Promise<void> {
  await cell(page, a1).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** What the cell shows. */
export async function shown(page: Page, a1: string): Promise<string> {
  return (await cell(page, a1).textContent()) ?? "";
}

/** The A1 addresses of the selected cells, in document order. */
export async function selectedCells(page: Page): Promise<string[]> {
  return page.locator("#grid td.selected").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.a1 ?? ""));
}

/** Save a screenshot as test-output/screenshots/NAME.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Browser tests of the preview: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), the built `dist/` served on 127.0.0.1 by the project's own static server, and every
 * request to another host refused (office.js reaches for Microsoft's servers after a few seconds).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Locator, type Page } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHROMIUM_PATH, chromiumLaunchOptions } = require("../../scripts/chromium") as {
  CHROMIUM_PATH: string;
  chromiumLaunchOptions: () => { executablePath: string; args: string[] };
};

export const CHROMIUM = CHROMIUM_PATH;
export const ROOT = resolve(__dirname, "../..");
export const SCREENSHOTS = join(ROOT, "test-output", "screenshots");

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
  return chromium.launch(chromiumLaunchOptions());
}

/** The newest modification time under `path` (files only). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const entry of readdirSync(path)) t = Math.max(t, newest(join(path, entry)));
  return t;
}

/** What the preview build is made of: a change to any of these makes the tests rebuild it. */
const BUILD_INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "webpack.preview.config.js", "scripts/build-preview.js", "tsconfig.json", "package-lock.json"];

/** Where the browser tests build the preview: apart from dist/, which may hold a deployment build. */
export const PREVIEW_DIST = join(ROOT, "test-output", "preview-dist");

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Serialise builds between jest workers: a lock folder, waited on. */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = join(ROOT, "test-output", ".build-lock");
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than ten minutes was left by a killed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 900_000) throw new Error("timed out waiting for another test's preview build");
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * The folder to serve: test-output/preview-dist/, built by `scripts/build-preview.js` (the pane
 * with the local office.js, then the preview page — what `npm start` serves) unless a build newer
 * than every input is already there. NIANBAO_PREVIEW_DIST names another, ready build instead.
 */
export async function ensureBuilt(): Promise<string> {
  if (process.env.NIANBAO_PREVIEW_DIST) return resolve(process.env.NIANBAO_PREVIEW_DIST);
  return withLock(async () => {
    const stamp = join(PREVIEW_DIST, ".built");
    const inputs = Math.max(...BUILD_INPUTS.map((p) => newest(join(ROOT, p))));
    if (!existsSync(stamp) || statSync(stamp).mtimeMs < inputs) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { buildPreview } = require("../../scripts/build-preview.js") as {
        buildPreview(o: { outDir: string; mode: string; quiet: boolean }): Promise<string>;
      };
      await buildPreview({ outDir: PREVIEW_DIST, mode: "development", quiet: true });
      writeFileSync(stamp, new Date().toISOString());
    }
    return PREVIEW_DIST;
  });
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serve a built folder (from `ensureBuilt`) on 127.0.0.1, on a free port. */
export async function serveDist(dir: string): Promise<Served> {
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

/**
 * Paste `text` (tab-separated cells) at `a1`, as from another spreadsheet: pasted values pass
 * the template's data validation, as in Excel, so this is how a clerk's `/` or `5条` gets in.
 */
export async function pasteInto(page: Page, a1: string, text: string): Promise<void> {
  await cell(page, a1).click();
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", data);
    document.activeElement!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
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

/**
 * Read `read()` until `ok` accepts it or `timeoutMs` pass, and return the last value read: the
 * caller then asserts on it with jest, so a failure shows what the page last showed.
 */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await sleep(50);
  }
}

/** The text of a locator's first match ("" while it has none). */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.count()) > 0 ? ((await locator.first().textContent()) ?? "").trim() : "";
}

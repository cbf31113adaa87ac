/**
 * The web view guard in a real browser (Debian's Chromium), on the built pages: where everything
 * is there, the pane boots as before, the guard having found nothing to do; where something the
 * bundle needs is taken away before any script runs, the pane shows the guard's message and keeps
 * it, though Chromium — unlike Internet Explorer 11 — can still parse and run the bundle.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ensureBuilt, launchChromium, openPreview, requireChromium, screenshot, serveDist, textOf, until, type Served } from "../helpers/preview-browser";

// The first run builds the preview (about a minute on two cores).
jest.setTimeout(240_000);

let browser: Browser;
let served: Served;

beforeAll(async () => {
  requireChromium();
  served = await serveDist(await ensureBuilt());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A built page opened by itself, only 127.0.0.1 reachable, after `lacks` has run in every frame. */
async function open(path: string, lacks = ""): Promise<Opened> {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 360, height: 640 } });
  await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort("blockedbyclient")));
  if (lacks) await context.addInitScript(lacks);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${served.url}${path}`);
  return { context, page, errors };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Found {
  missing: string[];
  filled: string[];
}

test("the pane in the preview boots as before: the guard finds nothing missing and fills nothing in", async () => {
  const preview = await openPreview(browser, served);
  try {
    const form = preview.pane.locator("#insert-year");
    await until(
      () => form.count(),
      (n) => n > 0,
    );
    expect(await form.count()).toBe(1);
    const frame = preview.page.frames().find((f) => f !== preview.page.mainFrame());
    const found = (await frame?.evaluate(() => (window as unknown as { nianbaoWebview: unknown }).nianbaoWebview)) as Found | undefined;
    expect(found).toEqual({ missing: [], filled: [] });
    expect(await preview.pane.locator("text=无法运行").count()).toBe(0);
    expect(preview.errors).toEqual([]);
  } finally {
    await preview.context.close();
  }
});

test("with EdgeHTML 18's gaps, the pane — its methods filled in by the guard — inserts the tables and checks them", async () => {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1400, height: 900 } });
  try {
    await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort("blockedbyclient")));
    // Only in the pane's frame: the preview page around it is no add-in page and has no guard.
    await context.addInitScript(() => {
      if (window === window.top) return;
      const gone = [
        [Array.prototype, "flat"],
        [Array.prototype, "flatMap"],
        [Object, "fromEntries"],
        [String.prototype, "matchAll"],
        [Element.prototype, "replaceChildren"],
      ] as const;
      for (const [owner, name] of gone) delete (owner as unknown as Record<string, unknown>)[name];
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${served.url}preview.html`);
    const pane = page.frameLocator(".pane-frame iframe");
    await pane.locator("#insert-year").fill("2025");
    await pane.locator("#insert-format").selectOption("national-2021");
    await pane.locator("#insert-agency").fill("某市某局");
    await pane.locator("form.insert-form button[type=submit]").click();
    const summary = pane.locator('[data-testid="summary"]');
    const shown = await until(
      () => textOf(summary),
      (t) => /未填写 [1-9]\d*$/.test(t),
    );
    expect(shown).toMatch(/^错误 0 · 核实 0 · 提示 \d+ · 未填写 [1-9]\d*$/);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const found = (await frame?.evaluate(() => (window as unknown as { nianbaoWebview: unknown }).nianbaoWebview)) as Found | undefined;
    expect(found).toEqual({
      missing: [],
      filled: ["Array.prototype.flat", "Array.prototype.flatMap", "Object.fromEntries", "String.prototype.matchAll", "Element.prototype.replaceChildren"],
    });
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("without String.prototype.normalize the pane says why it cannot run, and the message stays", async () => {
  const { context, page, errors } = await open("taskpane.html", "delete String.prototype.normalize;");
  try {
    const alert = page.locator("[role=alert]");
    const said = await until(
      () => textOf(alert),
      (t) => t !== "",
    );
    expect(said).toBe("此版本 Excel 内置的浏览器组件过旧，无法运行“年报”检查面板。");
    // office.js settles and the bundle runs (Chromium can parse it): neither takes the message away.
    await sleep(1500);
    expect(await textOf(alert)).toBe(said);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("nianbao check 文件名.xlsx");
    expect(text).toContain("技术信息：此浏览器缺少 String.prototype.normalize。");
    expect(text).not.toContain("正在连接");
    // The bundle ran, found no pane to mount, and said so in the console only.
    expect(errors.every((e) => /lacks #pane/.test(e))).toBe(true);
    await screenshot(page, "webview-guard-pane");
  } finally {
    await context.close();
  }
});

test("the ribbon's function file loads with no error, the guard finding nothing to do", async () => {
  const { context, page, errors } = await open("commands.html");
  try {
    const found = await until(
      () => page.evaluate(() => (window as unknown as { nianbaoWebview?: unknown }).nianbaoWebview ?? null),
      (v) => v !== null,
    );
    expect(found).toEqual({ missing: [], filled: [] });
    await sleep(500);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

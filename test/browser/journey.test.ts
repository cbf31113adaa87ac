/**
 * The whole job in the browser preview, driven as a user would: the real task pane (built by
 * webpack.config.js, loaded unchanged beside the in-page workbook) inserts the 2021 template
 * for 2025; numbers are typed into every value cell; mistakes are typed, found live, clicked,
 * fixed; an all-zero year gets its narrative. Screenshots land in test-output/screenshots/.
 */
import type { Browser, FrameLocator, Page } from "playwright-core";
import { planTemplate } from "../../src/core/layout";
import type { Finding, SheetGrid } from "../../src/core/types";
import { checkWorkbook } from "../../src/core/workbook";
import { consistentEntries, type CellEntry } from "../helpers/preview-fill";
import {
  ensureBuilt,
  launchChromium,
  requireChromium,
  openPreview,
  pasteInto,
  screenshot,
  selectedCells,
  serveDist,
  shown,
  textOf,
  typeInto,
  until,
  type PreviewPage,
  type Served,
} from "../helpers/preview-browser";

// The first run builds the preview (about a minute on two cores); typing 200 cells takes a while.
jest.setTimeout(300_000);

const AGENCY = "某市某局";
const SHEET = "2025年度统计表";
const plan = planTemplate("national-2021", 2025, AGENCY);
const entries = consistentEntries(plan);

let browser: Browser;
let served: Served;
let preview: PreviewPage;
let page: Page;
let pane: FrameLocator;

const summary = () => pane.locator('[data-testid="summary"]');
/** No error, no 核实, no blank cell: what the pane shows for a consistent table. */
const CLEAN = /^错误 0 · 核实 0 · 提示 \d+ · 未填写 0$/;

async function grids(): Promise<SheetGrid[]> {
  return page.evaluate(() => window.nianbaoPreviewHost!.readSheets());
}

/** What the checker says of the workbook as the page holds it now: the pane must show the same. */
async function expectedFindings(): Promise<Finding[]> {
  return checkWorkbook(await grids()).findings;
}

async function typeAll(list: readonly CellEntry[], value: (e: CellEntry) => string): Promise<void> {
  for (const e of list) await typeInto(page, e.address, value(e));
}

beforeAll(async () => {
  requireChromium();
  served = await serveDist(await ensureBuilt());
  browser = await launchChromium();
  preview = await openPreview(browser, served);
  page = preview.page;
  pane = preview.pane;
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

test("1. the pane inserts the 2021 template for 2025; the grid shows it with verbatim labels", async () => {
  await pane.locator("#insert-year").fill("2025");
  await pane.locator("#insert-format").selectOption("national-2021");
  await pane.locator("#insert-agency").fill(AGENCY);
  await pane.locator("form.insert-form button[type=submit]").click();
  await page.locator(".sheet-tab", { hasText: SHEET }).waitFor();
  expect(await page.locator('.sheet-tab[aria-selected="true"]').textContent()).toBe(SHEET);

  const texts = new Set(await page.locator("#grid td").allTextContents());
  for (const label of [
    `${AGENCY}2025年度政府信息公开工作年度报告`,
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "3.危及“三安全一稳定”",
    "四、政府信息公开行政复议、行政诉讼情况",
  ]) {
    expect({ label, shown: texts.has(label) }).toEqual({ label, shown: true });
  }
  // The pane has found the three tables it inserted, every value cell still blank.
  const blank = new RegExp(`未填写 ${entries.length}$`);
  expect(
    await until(
      () => textOf(summary()),
      (t) => blank.test(t),
    ),
  ).toMatch(blank);
  await screenshot(page, "journey-1-inserted");
});

test("2. a consistent set of numbers typed into every value cell: the pane reaches no errors", async () => {
  await typeAll(entries, (e) => String(e.value));
  expect(
    await until(
      () => textOf(summary()),
      (t) => CLEAN.test(t),
    ),
  ).toMatch(CLEAN);
  expect((await expectedFindings()).filter((f) => f.severity !== "info")).toEqual([]);
  await screenshot(page, "journey-2-consistent");
});

/** Four mistakes: a total off by one, `/` for nothing, a text full-width ５, a unit typed in. */
const tableB = entries.filter((e) => e.table === "B");
const total = tableB.find((e) => e.key.endsWith("total") && e.value > 0)!;
const parts = tableB.filter((e) => !e.key.endsWith("total") && e.value > 0);
/** A cell whose right value is 5: fixed in step 4 by typing a full-width ５, which Excel reads as 5. */
const wide = parts.find((e) => e.value === 5)!;
const [slash, unit] = parts.filter((e) => e !== wide).slice(-2);

test("3. mistakes typed or pasted in are found live, with their cells; a click selects those cells", async () => {
  await typeInto(page, total.address, String(total.value + 1));
  // Text in a count cell: the template's data validation refuses it typed, as Excel does; it
  // arrives by paste, which validation does not stop. A full-width ５ pasted plainly becomes the
  // number 5, as in Excel; after an apostrophe it stays text.
  await pasteInto(page, slash.address, "/");
  await pasteInto(page, wide.address, "'５");
  await pasteInto(page, unit.address, "5条");
  expect(await shown(page, wide.address)).toBe("５");

  const expected = await expectedFindings();
  const about = (address: string) => expected.filter((f) => f.sheet === SHEET && f.cells.includes(address));
  for (const address of [total.address, slash.address, wide.address, unit.address]) {
    expect({ address, found: about(address).length > 0 }).toEqual({ address, found: true });
  }
  // Each finding about an edited cell shows in the pane, live (no 重新校验 click).
  for (const f of [total, slash, wide, unit].flatMap((e) => about(e.address))) {
    const item = pane.locator("li.finding", { hasText: f.message });
    const count = await until(
      () => item.count(),
      (n) => n > 0,
    );
    expect({ message: f.message, inPane: count > 0 }).toEqual({ message: f.message, inPane: true });
  }
  expect(await textOf(summary())).not.toMatch(CLEAN);

  const wrongTotal = about(total.address).find((f) => f.severity === "error" && f.cells[0] === total.address) ?? about(total.address)[0];
  await page.locator(".sheet-tab", { hasText: "Sheet1" }).click();
  await pane.locator("li.finding", { hasText: wrongTotal.message }).first().locator("button.finding-main").click();
  const want = [...new Set(wrongTotal.cells)].sort();
  const selected = await until(
    () => selectedCells(page).then((s) => s.sort()),
    (s) => s.join() === want.join(),
  );
  expect(selected).toEqual(want);
  expect(await textOf(page.locator('.sheet-tab[aria-selected="true"]'))).toBe(SHEET);
  await screenshot(page, "journey-3-findings");
});

test("4. fixing the cells makes the findings go away (a plain full-width ５ is read as 5)", async () => {
  await typeAll([total, slash, unit], (e) => String(e.value));
  await typeInto(page, wide.address, "５");
  expect(await shown(page, wide.address)).toBe("5");
  expect(
    await until(
      () => textOf(summary()),
      (t) => CLEAN.test(t),
    ),
  ).toMatch(CLEAN);
  expect(await pane.locator("li.finding.severity-error, li.finding.severity-warning").count()).toBe(0);
  await screenshot(page, "journey-4-fixed");
});

test("5. an all-zero year: 生成正文 writes the sheet 2025年度报告正文 with the year and the agency", async () => {
  await typeAll(entries, () => "0");
  expect(
    await until(
      () => textOf(summary()),
      (t) => CLEAN.test(t),
    ),
  ).toMatch(CLEAN);
  await pane.getByRole("button", { name: "生成正文" }).click();
  await page.locator(".sheet-tab", { hasText: "2025年度报告正文" }).waitFor();
  const sheet = (await grids()).find((g) => g.name === "2025年度报告正文");
  const text = (sheet?.values ?? [])
    .flat()
    .filter((v) => typeof v === "string")
    .join("\n");
  expect(text).toMatch(/2025年/);
  expect(text).toContain(AGENCY);
  expect(await shown(page, "A1")).not.toBe("");
  await screenshot(page, "journey-5-narrative");
});

test("nothing in the page or the pane threw", () => {
  expect(preview.errors).toEqual([]);
});

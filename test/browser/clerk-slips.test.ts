/**
 * The clerk's slips in the browser preview, as a user meets them: a total typed as a formula is
 * computed and checked by its value; an entry the template's data validation forbids is refused
 * with the rule's message and the cell keeps its value; 生成正文 on a table with errors says how
 * many and asks before writing.
 */
import type { Browser, FrameLocator, Page } from "playwright-core";
import { fromA1 } from "../../src/core/address";
import { planTemplate } from "../../src/core/layout";
import { contains, rectOfA1 } from "../../src/core/layout/rects";
import { zeroEntries } from "../helpers/preview-fill";
import {
  ensureBuilt,
  launchChromium,
  openPreview,
  requireChromium,
  screenshot,
  serveDist,
  shown,
  textOf,
  typeInto,
  until,
  type PreviewPage,
  type Served,
} from "../helpers/preview-browser";

// The first run builds the preview (about a minute on two cores).
jest.setTimeout(300_000);

const AGENCY = "某市某局";
const SHEET = "2025年度统计表";
const plan = planTemplate("national-2021", 2025, AGENCY);
const tableB = plan.tables.find((t) => t.id === "B")!.cells;
const parts = ["B1|natural", "B1|business", "B1|research", "B1|nonprofit", "B1|legal", "B1|other"].map((k) => tableB[k]);
const totalCell = tableB["B1|total"];
const rule = plan.validations.find((v) => v.ranges.some((r) => contains(rectOfA1(r), fromA1(parts[0]))))!;

let browser: Browser;
let served: Served;
let preview: PreviewPage;
let page: Page;
let pane: FrameLocator;

const summary = () => pane.locator('[data-testid="summary"]');
const findingTexts = () => pane.locator("li.finding").allTextContents();

beforeAll(async () => {
  requireChromium();
  served = await serveDist(await ensureBuilt());
  browser = await launchChromium();
  preview = await openPreview(browser, served);
  page = preview.page;
  pane = preview.pane;

  // The template from the pane's form, every value cell 0 (written by the host, then 重新校验).
  await pane.locator("#insert-year").fill("2025");
  await pane.locator("#insert-format").selectOption("national-2021");
  await pane.locator("#insert-agency").fill(AGENCY);
  await pane.locator("form.insert-form button[type=submit]").click();
  await page.locator(".sheet-tab", { hasText: SHEET }).waitFor();
  const zeros = zeroEntries(plan).map((e) => ({ address: e.address, value: 0 }));
  await page.evaluate(([sheet, cells]) => window.nianbaoPreviewHost!.writeCells(sheet, cells), [SHEET, zeros] as const);
  await pane.getByRole("button", { name: "重新校验" }).click();
  await until(
    () => textOf(summary()),
    (t) => /^错误 0 · 核实 0 · 提示 \d+ · 未填写 0$/.test(t),
  );
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

test("the page says what the preview does not do: no undo", async () => {
  expect(await textOf(page.locator('[data-testid="preview-limits"]'))).toMatch(/不能撤销（Ctrl\+Z 无效/);
});

test("text typed into a count cell is refused with the template's message; 取消 keeps the cell's value", async () => {
  await typeInto(page, parts[0], "5条");
  const dialog = page.locator('dialog[data-testid="refusal"]');
  await dialog.waitFor();
  expect(await textOf(dialog)).toContain(rule.errorTitle);
  expect(await textOf(dialog)).toContain(rule.error);
  await screenshot(page, "slips-1-refused");
  await dialog.getByRole("button", { name: "取消" }).click();
  await dialog.waitFor({ state: "detached" });
  expect(await shown(page, parts[0])).toBe("0");
  // Nothing reached the workbook: the pane still has no error.
  expect(await textOf(summary())).toMatch(/^错误 0 /);
});

test("a total typed as =SUM(…) is computed, and the check reads its value", async () => {
  await typeInto(page, parts[0], "3");
  await typeInto(page, parts[1], "2");
  // The total still says 0: the pane finds the row's sum wrong.
  const wrong = await until(findingTexts, (list) => list.some((t) => t.includes("填 0，分项合计为 5")));
  expect(wrong.some((t) => t.includes("填 0，分项合计为 5"))).toBe(true);

  await typeInto(page, totalCell, `=SUM(${parts[0]}:${parts[parts.length - 1]})`);
  expect(
    await until(
      () => shown(page, totalCell),
      (t) => t === "5",
    ),
  ).toBe("5");
  const after = await until(findingTexts, (list) => !list.some((t) => t.includes("分项合计为 5，相差 5")));
  expect(after.some((t) => t.includes("分项合计为 5，相差 5"))).toBe(false);
  await screenshot(page, "slips-2-formula");
});

test("生成正文 with errors in the table says how many and asks; 先改正统计表 writes nothing, 仍然生成 writes", async () => {
  // B1 is 5, the rest of Table B 0: the identity (received + carried = handled + carried on) fails.
  const errors = await until(
    async () => Number(/^错误 (\d+)/.exec(await textOf(summary()))?.[1] ?? 0),
    (n) => n > 0,
  );
  expect(errors).toBeGreaterThan(0);
  await pane.getByRole("button", { name: "生成正文" }).click();
  const question = pane.locator('[data-testid="narrative-confirm"]');
  await question.waitFor();
  expect(await textOf(question)).toContain(`统计表中还有 ${errors} 个错误`);
  await screenshot(page, "slips-3-asked");

  await question.getByRole("button", { name: "先改正统计表" }).click();
  await question.waitFor({ state: "detached" });
  expect(await page.locator(".sheet-tab", { hasText: "2025年度报告正文" }).count()).toBe(0);

  await pane.getByRole("button", { name: "生成正文" }).click();
  await question.waitFor();
  await question.getByRole("button", { name: "仍然生成" }).click();
  await page.locator(".sheet-tab", { hasText: "2025年度报告正文" }).waitFor();
});

test("nothing in the page or the pane threw", () => {
  expect(preview.errors).toEqual([]);
});

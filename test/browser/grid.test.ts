/**
 * The preview's workbook in a real browser, driven like a spreadsheet: a template inserted through
 * the host the pane receives, then typed into with the keyboard. The pane is not involved here
 * (see journey.test.ts).
 */
import type { Browser, Page } from "playwright-core";
import { planTemplate, type SheetPlan } from "../../src/core/layout";
import { consistentEntries } from "../helpers/preview-fill";
import { reportingYear } from "../../src/commands/template-choice";
import {
  cell,
  ensureBuilt,
  launchChromium,
  requireChromium,
  openPreview,
  selectedCells,
  serveDist,
  shown,
  typeInto,
  until,
  type PreviewPage,
  type Served,
} from "../helpers/preview-browser";

// The first run builds the preview (about a minute on two cores); later runs reuse it.
jest.setTimeout(300_000);

const plan = planTemplate("national-2021", 2025, "某市某局");
const entries = consistentEntries(plan);
const tableB = entries.filter((e) => e.table === "B");

let browser: Browser;
let served: Served;
let preview: PreviewPage;
let page: Page;

async function insert(p: SheetPlan): Promise<string> {
  return page.evaluate(async (json) => window.nianbaoPreviewHost!.insertPlan(json), p);
}

const nameBox = () => page.locator(".name-box").inputValue();

beforeAll(async () => {
  requireChromium();
  served = await serveDist(await ensureBuilt());
  browser = await launchChromium();
  preview = await openPreview(browser, served);
  page = preview.page;
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

test("a new workbook has one empty sheet, Sheet1, with A1 active", async () => {
  await expectTabs(["Sheet1"], "Sheet1");
  expect(await nameBox()).toBe("A1");
  expect(await page.locator("#grid td.active").getAttribute("data-a1")).toBe("A1");
  expect(await page.evaluate(() => window.nianbaoPreviewHost!.readSheets())).toEqual([{ name: "Sheet1", values: [[""]], originRow: 0, originCol: 0 }]);
});

test("an inserted template is drawn with its labels verbatim, its merges and its looks", async () => {
  expect(await insert(plan)).toBe("2025年度统计表");
  await expectTabs(["Sheet1", "2025年度统计表"], "2025年度统计表");
  const texts = await page.locator("#grid td").allTextContents();
  for (const label of ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3.危及“三安全一稳定”", "某市某局2025年度政府信息公开工作年度报告"]) {
    expect(texts).toContain(label);
  }
  const title = cell(page, "A1");
  const span = await title.evaluate((td) => [(td as HTMLTableCellElement).colSpan, getComputedStyle(td).fontWeight]);
  expect(span[0]).toBe(plan.columnCount);
  expect(Number(span[1])).toBeGreaterThanOrEqual(700);
});

test("typing a number and Enter stores a number and moves down; Tab moves right", async () => {
  const first = tableB[0];
  await typeInto(page, first.address, "12");
  expect(await shown(page, first.address)).toBe("12");
  const below = await page.evaluate((a1) => {
    const td = document.querySelector(`#grid td[data-a1="${a1}"]`) as HTMLTableCellElement;
    return Number(td.dataset.row) + td.rowSpan + 1;
  }, first.address);
  expect(await nameBox()).toBe(`${first.address.replace(/\d+$/, "")}${below}`);
  await cell(page, first.address).click();
  await page.keyboard.type("3");
  await page.keyboard.press("Tab");
  expect(await shown(page, first.address)).toBe("3");
  expect(await nameBox()).not.toBe(first.address);
  expect((await nameBox()).replace(/^[A-Z]+/, "")).toBe(first.address.replace(/^[A-Z]+/, ""));
});

test("after entries confirmed with Tab, Enter goes down to the column where they began", async () => {
  const start = tableB[0].address; // D24: the next row's D is another value cell
  await cell(page, start).click();
  for (const v of ["1", "2"]) {
    await page.keyboard.type(v);
    await page.keyboard.press("Tab");
  }
  await page.keyboard.type("3");
  await page.keyboard.press("Enter");
  expect(await nameBox()).toBe(tableB[7].address);
  expect([tableB[0], tableB[1], tableB[2]].map((e) => e.address)).toEqual(["D24", "E24", "F24"]);
  expect(await Promise.all(["D24", "E24", "F24"].map((a) => shown(page, a)))).toEqual(["1", "2", "3"]);
});

/** Cells beside Table B, outside the template's data validation (which refuses text, as Excel does). */
const FREE = ["L24", "L25", "L26", "L27"];

test("full-width digits become a number as in Excel; an apostrophe, `/` and `5条` keep text", async () => {
  const [a, b, c, d] = FREE;
  await typeInto(page, a, "５");
  await typeInto(page, b, "'５");
  await typeInto(page, c, "/");
  await typeInto(page, d, "5条");
  const values = await page.evaluate(
    async (cells) => {
      const [grid] = (await window.nianbaoPreviewHost!.readSheets()).filter((s) => s.name === "2025年度统计表");
      return cells.map((a1) => {
        const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
        const col = m[1].charCodeAt(0) - 65;
        return grid.values[Number(m[2]) - 1 - grid.originRow][col - grid.originCol];
      });
    },
    [a, b, c, d],
  );
  expect(values).toEqual([5, "５", "/", "5条"]);
  expect(await shown(page, b)).toBe("５");
  await cell(page, b).click();
  expect(await page.locator(".formula").inputValue()).toBe("'５");
});

test("workbook text is shown as text, never as markup", async () => {
  const at = FREE[0];
  await typeInto(page, at, "<img src=x onerror=alert(1)>");
  expect(await shown(page, at)).toBe("<img src=x onerror=alert(1)>");
  expect(await cell(page, at).locator("img").count()).toBe(0);
});

test("Esc drops an entry, F2 edits the content, Delete empties the cell", async () => {
  const at = tableB[6].address;
  await typeInto(page, at, "7");
  await cell(page, at).click();
  await page.keyboard.type("99");
  await page.keyboard.press("Escape");
  expect(await shown(page, at)).toBe("7");
  await page.keyboard.press("F2");
  await page.keyboard.type("0");
  await page.keyboard.press("Enter");
  expect(await shown(page, at)).toBe("70");
  await cell(page, at).click();
  await page.keyboard.press("Delete");
  expect(await shown(page, at)).toBe("");
});

test("cells pasted from another spreadsheet land from the active cell on, read as if typed", async () => {
  const [a, b] = [tableB[8], tableB[9]];
  await cell(page, a.address).click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "4\t/\r\n");
    document.activeElement!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  expect([await shown(page, a.address), await shown(page, b.address)]).toEqual(["4", "/"]);
  expect((await selectedCells(page)).sort()).toEqual([a.address, b.address].sort());
});

test("a total that disagrees with its parts is painted as Excel's conditional format would", async () => {
  const cf = plan.conditionalFormats.find((c) => c.table === "B" && c.severity === "error")!;
  const total = cf.range.split(":")[0];
  for (const e of tableB) await page.evaluate(({ address, value }) => window.nianbaoPreviewHost!.writeCells("2025年度统计表", [{ address, value }]), e);
  await expect(background(total)).resolves.not.toBe(rgb(cf.fill));
  const value = tableB.find((e) => e.address === total)!.value;
  await typeInto(page, total, String(value + 1));
  await expect(background(total)).resolves.toBe(rgb(cf.fill));
  await typeInto(page, total, String(value));
  await expect(background(total)).resolves.not.toBe(rgb(cf.fill));
});

test("user edits reach onChanged after the edit; the host's own writes do not", async () => {
  await page.evaluate(() => {
    const w = window as unknown as { seen: unknown[] };
    w.seen = [];
    void window.nianbaoPreviewHost!.onChanged((c) => w.seen.push(c));
  });
  const at = tableB[7].address;
  await page.evaluate((address) => window.nianbaoPreviewHost!.writeCells("2025年度统计表", [{ address, value: 4 }]), at);
  await typeInto(page, at, "8");
  await page.waitForFunction(() => (window as unknown as { seen: unknown[] }).seen.length > 0);
  expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([{ sheet: "2025年度统计表", address: at }]);
});

test("select from the host activates the sheet and highlights every cell", async () => {
  await page.locator(".sheet-tab", { hasText: "Sheet1" }).click();
  await expectTabs(["Sheet1", "2025年度统计表"], "Sheet1");
  const cells = [tableB[2].address, tableB[0].address, tableB[1].address];
  await page.evaluate((refs) => window.nianbaoPreviewHost!.select("2025年度统计表", refs), cells);
  await expectTabs(["Sheet1", "2025年度统计表"], "2025年度统计表");
  expect((await selectedCells(page)).sort()).toEqual([...cells].sort());
  expect(await page.locator("#grid td.active").getAttribute("data-a1")).toBe(cells[0]);
});

test("a second insert takes the next free name; the page threw nothing", async () => {
  expect(await insert(plan)).toBe("2025年度统计表（2）");
  await expectTabs(["Sheet1", "2025年度统计表", "2025年度统计表（2）"], "2025年度统计表（2）");
  expect(preview.errors).toEqual([]);
});

async function expectTabs(names: string[], active: string): Promise<void> {
  expect(await page.locator(".sheet-tab").allTextContents()).toEqual(names);
  expect(await page.locator('.sheet-tab[aria-selected="true"]').textContent()).toBe(active);
}

function background(a1: string): Promise<string> {
  return cell(page, a1).evaluate((td) => getComputedStyle(td).backgroundColor);
}

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

test("the ribbon's 插入统计表 runs the add-in's command: this reporting year's table, and the pane checks it", async () => {
  const year = reportingYear(new Date());
  const before = await page.locator(".sheet-tab").allTextContents();
  await page.locator(".ribbon-button", { hasText: "插入统计表" }).click();
  const names = await until(
    () => page.locator(".sheet-tab").allTextContents(),
    (n) => n.length > before.length,
  );
  const added = names.filter((n) => !before.includes(n));
  expect(added).toHaveLength(1);
  expect(added[0]).toMatch(new RegExp(`^${year}年度统计表`));
  // The pane heard of the new sheet (another runtime's write) and lists its tables.
  const listed = preview.pane.locator(".table-where", { hasText: `工作表“${added[0]}”` });
  expect(
    await until(
      () => listed.count(),
      (n) => n === 3,
    ),
  ).toBe(3);
});

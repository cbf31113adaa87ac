/**
 * A click on a finding in the pane, through the real Excel adapter, on the requirement-set-true
 * fake at the levels of Excel 2021 (1.14), Excel 2024 (1.17) and Microsoft 365 (1.18+): what the
 * user sees in the pane's notice.
 */
import type { Finding } from "../../src/core/types";
import { createExcelHost } from "../../src/excel";
import { PaneController } from "../../src/taskpane/controller";
import { FakeExcel } from "../helpers/excel-fake";

const SHEET = "2025年度统计表";
const finding = (cells: string[]): Finding => ({ rule: "B-R2", severity: "error", message: "合计不符", sheet: SHEET, cells });

function pane(api: string) {
  const fake = new FakeExcel({ api, sheets: [{ name: SHEET, used: null }] }).install();
  return { fake, pane: new PaneController(createExcelHost()) };
}

describe.each(["1.14", "1.17"])("the pane on ExcelApi %s", (api) => {
  test("separate cells: the notice says what was selected instead, and no error", async () => {
    const { fake, pane: p } = pane(api);
    await p.select(finding(["J24", "J25", "I24", "I26"]));
    expect(fake.violations).toEqual([]);
    expect(p.state.notice).toBe("此版本 Excel 不能同时选中不相邻的单元格，已选中包含全部 4 个相关单元格的区域 I24:J26，请以列表为准。");
  });

  test("a total and its parts in one column: selected whole, nothing said", async () => {
    const { pane: p } = pane(api);
    await p.select(finding(["D31", ...Array.from({ length: 22 }, (_, i) => `D${9 + i}`)]));
    expect(p.state.notice).toBeNull();
  });
});

test("the pane on ExcelApi 1.18: every cell selected, nothing said", async () => {
  const { fake, pane: p } = pane("1.18");
  await p.select(finding(["D47", "J26", "F12"]));
  expect(fake.violations).toEqual([]);
  expect(p.state.notice).toBeNull();
});

test("an Excel failure that is not a missing sheet is told with Excel's reason", async () => {
  const { fake, pane: p } = pane("1.14");
  fake.failNextSync("GeneralException", "There was an internal error");
  await p.select(finding(["D9"]));
  expect(p.state.notice).toContain("There was an internal error");
  expect(p.state.notice).not.toContain("它可能已被重命名");
});

/**
 * Selecting a finding's cells, against the office-addin-mock fake: the sheet activated and the
 * cells selected in one batch (one round trip, at every ExcelApi level). Whether Excel scrolls to
 * them is not tested here.
 */
import { createExcelHost } from "../../src/excel";
import { FakeExcel } from "../helpers/excel-fake";

const SHEETS = [
  { name: "报告正文", used: null },
  { name: "2025年度统计表", used: null },
];

function setup(api = "1.19") {
  const fake = new FakeExcel({ api, sheets: SHEETS }).install();
  return { fake, host: createExcelHost() };
}

const selected = (fake: FakeExcel, sheet: string) =>
  fake
    .sheet(sheet)
    .ranges.filter((r) => r.selected > 0)
    .map((r) => ({ address: r.address, areas: r.areas }));

describe("select (mock: calls and round trips)", () => {
  test("activates the sheet and selects the total and every part in 1 round trip; parts in a column become one range", async () => {
    const { fake, host } = setup();
    const parts = Array.from({ length: 22 }, (_, i) => `D${9 + i}`);
    await host.select("2025年度统计表", ["D31", ...parts, "F12"]);
    expect(fake.trips()).toBe(1);
    expect(fake.sheet("2025年度统计表").activated).toBe(1);
    expect(selected(fake, "2025年度统计表")).toEqual([{ address: "D31,D9:D30,F12", areas: true }]);
    expect(fake.runs).toEqual([{ delayForCellEdit: true }]);
  });

  test("sheet-qualified refs select on the sheet they name when the finding's own sheet has none", async () => {
    const { fake, host } = setup();
    await host.select("报告正文", ["'2025年度统计表'!H7", "'2025年度统计表'!H8"]);
    expect(fake.sheet("报告正文").activated).toBe(0);
    expect(fake.sheet("2025年度统计表").activated).toBe(1);
    expect(selected(fake, "2025年度统计表")).toEqual([{ address: "H7:H8", areas: false }]);
  });

  test("cells on several sheets: the ones on the finding's own sheet are selected", async () => {
    const { fake, host } = setup();
    await host.select("报告正文", ["A12", "'2025年度统计表'!H7"]);
    expect(fake.trips()).toBe(1);
    expect(fake.sheet("报告正文").activated).toBe(1);
    expect(selected(fake, "报告正文")).toEqual([{ address: "A12", areas: false }]);
    expect(fake.sheet("2025年度统计表").ranges).toEqual([]);
  });

  test("ExcelApi 1.18 selects separate cells together; nothing to say", async () => {
    const { fake, host } = setup("1.18");
    const result = await host.select("2025年度统计表", ["D47", "J26", "F12"]);
    expect(fake.violations).toEqual([]);
    expect(selected(fake, "2025年度统计表")).toEqual([{ address: "D47,J26,F12", areas: true }]);
    expect(result).toEqual({});
  });

  test("no cells: the sheet is activated", async () => {
    const { fake, host } = setup();
    await host.select("2025年度统计表", []);
    expect(fake.sheet("2025年度统计表").activated).toBe(1);
    expect(fake.sheet("2025年度统计表").ranges).toEqual([]);
  });

  test("a sheet renamed or deleted since the check: a Chinese message saying to check again", async () => {
    const { host } = setup();
    await expect(host.select("2024年度统计表", ["D9"])).rejects.toThrow("找不到工作表“2024年度统计表”，它可能已被重命名或删除。请重新校验后再试。");
  });

  test("selecting writes nothing to any cell", async () => {
    const { fake, host } = setup();
    await host.select("2025年度统计表", ["D31", "D9"]);
    expect(fake.writes).toEqual(["activate 2025年度统计表"]);
  });
});

/**
 * Below ExcelApi 1.18 Excel has no `RangeAreas.select` (Excel LTSC 2021 and 2024, Microsoft 365
 * before Version 2501, Mac before 16.93). The requirement-set-true fake refuses it as Excel does.
 */
describe.each(["1.7", "1.9", "1.14", "1.17"])("select on ExcelApi %s (requirement-set-true fake)", (api) => {
  test("a total and its parts in one column: the one rectangle they fill is selected, nothing said", async () => {
    const { fake, host } = setup(api);
    const result = await host.select("2025年度统计表", ["D31", ...Array.from({ length: 22 }, (_, i) => `D${9 + i}`)]);
    expect(fake.violations).toEqual([]);
    expect(fake.trips()).toBe(1);
    expect(selected(fake, "2025年度统计表")).toEqual([{ address: "D9:D31", areas: false }]);
    expect(result?.partial).toBeUndefined();
  });

  test("scattered cells close together: their bounding rectangle is selected and the pane is told", async () => {
    const { fake, host } = setup(api);
    const result = await host.select("2025年度统计表", ["J24", "J25", "I24", "I26"]);
    expect(fake.violations).toEqual([]);
    expect(fake.trips()).toBe(1);
    expect(selected(fake, "2025年度统计表")).toEqual([{ address: "I24:J26", areas: false }]);
    expect(result?.partial).toBe("此版本 Excel 不能同时选中不相邻的单元格，已选中包含全部 4 个相关单元格的区域 I24:J26，请以列表为准。");
  });

  test("cells far apart: the first one (the total) is selected and the pane is told", async () => {
    const { fake, host } = setup(api);
    const result = await host.select("2025年度统计表", ["D47", "J26", "F12"]);
    expect(fake.violations).toEqual([]);
    expect(selected(fake, "2025年度统计表")).toEqual([{ address: "D47", areas: false }]);
    expect(result?.partial).toBe("此版本 Excel 不能同时选中不相邻的单元格，已选中第一个（D47）；其余 2 个见列表。");
  });

  test("one cell: selected as it is, nothing said", async () => {
    const { fake, host } = setup(api);
    const result = await host.select("2025年度统计表", ["H7"]);
    expect(fake.violations).toEqual([]);
    expect(selected(fake, "2025年度统计表")).toEqual([{ address: "H7", areas: false }]);
    expect(result?.partial).toBeUndefined();
  });
});

describe("select: Excel's errors are told as they are (mock)", () => {
  test("an error other than a missing sheet does not blame a rename", async () => {
    const { fake, host } = setup();
    fake.failNextSync("GeneralException", "There was an internal error while processing the request.");
    const error = await host.select("2025年度统计表", ["D31", "D9"]).catch((e: Error) => e);
    expect(String(error)).toContain("无法选中单元格 D31、D9：There was an internal error while processing the request");
    expect(String(error)).not.toContain("重命名");
  });

  test("many cells: the message names the first few and how many more", async () => {
    const { fake, host } = setup();
    fake.failNextSync("GeneralException", "Boom");
    const cells = Array.from({ length: 12 }, (_, i) => `E${3 * i + 1}`);
    const error = await host.select("2025年度统计表", cells).catch((e: Error) => e);
    expect(String(error)).toContain("无法选中单元格 E1、E4、E7 等 12 个：Boom");
  });
});

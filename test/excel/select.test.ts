/**
 * Selecting a finding's cells, against the office-addin-mock fake: the sheet activated and the
 * cells selected in one batch (one round trip). Whether Excel scrolls to them is not tested here.
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

const selected = (fake: FakeExcel, sheet: string) => fake.sheet(sheet).ranges.filter((r) => r.selected > 0).map((r) => ({ address: r.address, areas: r.areas }));

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
    expect(selected(fake, "2025年度统计表")).toEqual([{ address: "H7:H8", areas: true }]);
  });

  test("cells on several sheets: the ones on the finding's own sheet are selected", async () => {
    const { fake, host } = setup();
    await host.select("报告正文", ["A12", "'2025年度统计表'!H7"]);
    expect(fake.trips()).toBe(1);
    expect(fake.sheet("报告正文").activated).toBe(1);
    expect(selected(fake, "报告正文")).toEqual([{ address: "A12", areas: true }]);
    expect(fake.sheet("2025年度统计表").ranges).toEqual([]);
  });

  test("below ExcelApi 1.9 (no getRanges): the first cell, the total, is selected", async () => {
    const { fake, host } = setup("1.8");
    await host.select("2025年度统计表", ["D31", "D9", "D10"]);
    expect(fake.trips()).toBe(1);
    expect(selected(fake, "2025年度统计表")).toEqual([{ address: "D31", areas: false }]);
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

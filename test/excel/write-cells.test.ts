/**
 * Writing the narrative sheet's paragraphs, against the office-addin-mock fake: each value into
 * its cell, one round trip, text kept as text. Excel's handling of the quote prefix is not
 * tested here.
 */
import { createExcelHost } from "../../src/excel";
import { FakeExcel, written } from "../helpers/excel-fake";

function setup() {
  const fake = new FakeExcel({
    api: "1.19",
    sheets: [
      { name: "报告正文", used: null },
      { name: "统计表", used: null },
    ],
  }).install();
  return { fake, host: createExcelHost() };
}

describe("writeCells (mock: calls and round trips)", () => {
  test("each value into its own cell as a 1×1 array, all in 1 round trip", async () => {
    const { fake, host } = setup();
    await host.writeCells("报告正文", [
      { address: "A5", value: "本年度未收到政府信息公开申请。" },
      { address: "A9", value: 12 },
    ]);
    expect(fake.trips()).toBe(1);
    const ranges = fake.sheet("报告正文").ranges.map((r) => ({ address: r.address, ...written(r.mock) }));
    expect(ranges).toEqual([
      { address: "A5", values: [["本年度未收到政府信息公开申请。"]] },
      { address: "A9", values: [[12]] },
    ]);
    expect(fake.sheet("统计表").ranges).toEqual([]);
    expect(fake.runs).toEqual([{ delayForCellEdit: true }]);
  });

  test("text Excel would turn into a formula, number or date keeps its quote prefix; numbers stay numbers", async () => {
    const { fake, host } = setup();
    await host.writeCells("报告正文", [
      { address: "A1", value: "-无-" },
      { address: "A2", value: "2025" },
      { address: "A3", value: "=合计" },
      { address: "A4", value: -8 },
    ]);
    expect(fake.sheet("报告正文").ranges.map((r) => written(r.mock).values)).toEqual([[["'-无-"]], [["'2025"]], [["'=合计"]], [[-8]]]);
  });

  test("nothing to write: no round trip", async () => {
    const { fake, host } = setup();
    await host.writeCells("报告正文", []);
    expect(fake.trips()).toBe(0);
  });

  test("a sheet that is gone: a Chinese message", async () => {
    const { host } = setup();
    await expect(host.writeCells("旧报告", [{ address: "A1", value: "x" }])).rejects.toThrow("找不到工作表“旧报告”");
  });
});

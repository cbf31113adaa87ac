/**
 * Reading the workbook for a check, against the office-addin-mock fake: which calls the adapter
 * makes, how many round trips they take, and how Excel's values become grids. Excel's own
 * behaviour (what a used range is) is not tested here.
 */
import { createExcelHost } from "../../src/excel";
import { FakeExcel, type SheetSpec } from "../helpers/excel-fake";

const REPORT: SheetSpec = {
  name: "2025年度统计表",
  used: {
    address: "B3:D5",
    values: [
      ["项目", "", "本年新收"],
      ["自然人", 12, ""],
      [true, "#REF!", 0.5],
    ],
  },
};
const NOTES: SheetSpec = { name: "说明", used: { address: "A1", values: [["年报说明"]] } };
const EMPTY: SheetSpec = { name: "Sheet3", used: null };

function setup(api = "1.19", sheets: SheetSpec[] = [REPORT, NOTES, EMPTY], goneSheetChain?: "null" | "error") {
  const fake = new FakeExcel({ api, sheets, goneSheetChain }).install();
  const host = createExcelHost();
  return { fake, host };
}

describe("readSheets (mock: calls and round trips, not Excel's behaviour)", () => {
  test("values become a grid: empty → null, numbers, booleans, text and error text kept; origin from the address", async () => {
    const { host } = setup();
    const [report, notes, empty] = await host.readSheets();
    expect(report).toEqual({
      name: "2025年度统计表",
      values: [
        ["项目", null, "本年新收"],
        ["自然人", 12, null],
        [true, "#REF!", 0.5],
      ],
      originRow: 2,
      originCol: 1,
    });
    expect(notes).toEqual({ name: "说明", values: [["年报说明"]], originRow: 0, originCol: 0 });
    expect(empty).toEqual({ name: "Sheet3", values: [], originRow: 0, originCol: 0 });
  });

  test("first read: 2 round trips (sheet list, then used ranges); every later read of an unchanged workbook: 1", async () => {
    const { fake, host } = setup();
    const first = await host.readSheets();
    expect(fake.trips()).toBe(2);
    const second = await host.readSheets();
    expect(fake.trips()).toBe(1);
    expect(second).toEqual(first);
    await host.readSheets();
    expect(fake.trips()).toBe(1);
  });

  test("values typed after the last read are what the next one-round-trip read returns", async () => {
    const { fake, host } = setup();
    await host.readSheets();
    fake.trips();
    fake.sheet("说明").used = { address: "A1:B1", values: [["年报说明", 7]] };
    const sheets = await host.readSheets();
    expect(fake.trips()).toBe(1);
    expect(sheets[1].values).toEqual([["年报说明", 7]]);
  });

  test("a sheet added since the last read: 2 round trips, and the new sheet is read", async () => {
    const { fake, host } = setup();
    await host.readSheets();
    fake.trips();
    const added = fake.userAddsSheet("复制的统计表");
    added.used = { address: "A1", values: [[5]] };
    const sheets = await host.readSheets();
    expect(fake.trips()).toBe(2);
    expect(sheets.map((s) => s.name)).toEqual(["2025年度统计表", "说明", "Sheet3", "复制的统计表"]);
    expect(sheets[3].values).toEqual([[5]]);
    await host.readSheets();
    expect(fake.trips()).toBe(1);
  });

  test("a renamed sheet keeps its id: still 1 round trip, reported under its new name", async () => {
    const { fake, host } = setup();
    await host.readSheets();
    fake.trips();
    fake.userRenamesSheet("说明", "填报说明");
    const sheets = await host.readSheets();
    expect(fake.trips()).toBe(1);
    expect(sheets.map((s) => s.name)).toEqual(["2025年度统计表", "填报说明", "Sheet3"]);
    expect(sheets[1].values).toEqual([["年报说明"]]);
  });

  test("a sheet deleted unnoticed, if Excel gives null objects: 2 round trips and the rest read", async () => {
    const { fake, host } = setup("1.19", [REPORT, NOTES, EMPTY], "null");
    await host.readSheets();
    fake.trips();
    fake.userDeletesSheet("说明");
    const sheets = await host.readSheets();
    expect(fake.trips()).toBe(2);
    expect(sheets.map((s) => s.name)).toEqual(["2025年度统计表", "Sheet3"]);
  });

  test("a sheet deleted unnoticed, if Excel fails the batch instead: the read starts over (3 round trips) and succeeds", async () => {
    const { fake, host } = setup("1.19", [REPORT, NOTES, EMPTY], "error");
    await host.readSheets();
    fake.trips();
    fake.userDeletesSheet("说明");
    const sheets = await host.readSheets();
    expect(fake.trips()).toBe(3);
    expect(sheets.map((s) => s.name)).toEqual(["2025年度统计表", "Sheet3"]);
  });

  test("a check writes nothing: no range written, nothing activated, used ranges asked values-only", async () => {
    const { fake, host } = setup();
    await host.readSheets();
    await host.readSheets();
    expect(fake.writes).toEqual([]);
    for (const s of fake.sheets) {
      expect(s.ranges).toEqual([]);
      expect(s.usedRangeRequests.length).toBeGreaterThan(0);
      expect(s.usedRangeRequests.every((v) => v === true)).toBe(true);
    }
    expect(fake.settings.size).toBe(0);
  });

  test("every read runs with delayForCellEdit, so typing in a cell does not fail it", async () => {
    const { fake, host } = setup();
    await host.readSheets();
    await host.sheetNames();
    expect(fake.runs.length).toBe(2);
    for (const options of fake.runs) expect(options).toEqual({ delayForCellEdit: true });
  });

  test("a failed read says so in Chinese", async () => {
    const { fake, host } = setup();
    fake.failNextSync("GeneralException", "There was an internal error while processing the request.");
    await expect(host.readSheets()).rejects.toThrow(/^读取工作簿失败：There was an internal error/);
  });

  test("sheetNames: tab order in 1 round trip, and it primes the next check to 1 round trip", async () => {
    const { fake, host } = setup();
    expect(await host.sheetNames()).toEqual(["2025年度统计表", "说明", "Sheet3"]);
    expect(fake.trips()).toBe(1);
    await host.readSheets();
    expect(fake.trips()).toBe(1);
  });
});

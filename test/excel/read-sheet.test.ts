/**
 * `readSome` of the Excel adapter (src/excel/read-sheet.ts) through `createExcelHost`, on the
 * requirement-set-true fake at the levels the suite uses: only the named sheets are read, each
 * cut to the read box, values as the core wants them, nothing above the level, and the round
 * trips a live check costs (one per edit). The fake proves the calls and trips, not Excel.
 */
import { createExcelHost } from "../../src/excel";
import type { ReadBox } from "../../src/host/workbook-host";
import { FakeExcel, type SheetSpec } from "../helpers/excel-fake";

const LEVELS = ["1.7", "1.9", "1.14", "1.17", "1.18"] as const;
const BOX: ReadBox = { rows: 4, cols: 3 };

const REPORT: SheetSpec = {
  name: "2025年度统计表",
  used: {
    address: "B2:C3",
    values: [
      ["项目", "本年新收"],
      ["自然人", 12],
    ],
  },
};
/** 6 rows × 5 columns from A1: beyond the box both ways. */
const DATA: SheetSpec = {
  name: "数据",
  used: {
    address: "A1:E6",
    values: Array.from({ length: 6 }, (_, r) => Array.from({ length: 5 }, (_, c) => (c === 1 ? "" : r * 10 + c))),
  },
};
const EMPTY: SheetSpec = { name: "空表", used: null };

function setup(api: string, goneSheetChain?: "null" | "error") {
  const fake = new FakeExcel({ api, sheets: [REPORT, DATA, EMPTY], goneSheetChain }).install();
  const host = createExcelHost({ now: () => 1_000_000 });
  return { fake, host };
}

describe.each(LEVELS)("readSome on ExcelApi %s (requirement-set-true fake)", (api) => {
  test("an edit: only the named sheet is read, cut to the box, in one round trip", async () => {
    const { fake, host } = setup(api);
    const sync = jest.spyOn(fake.context, "sync");
    const read = await host.readSome!(["数据"], BOX);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(read.names).toEqual(["2025年度统计表", "数据", "空表"]);
    expect(read.grids).toEqual([
      {
        name: "数据",
        values: [
          [0, null, 2],
          [10, null, 12],
          [20, null, 22],
          [30, null, 32],
        ],
        originRow: 0,
        originCol: 0,
      },
    ]);
    expect(read.cut).toEqual([{ sheet: "数据", rows: 6, cols: 5 }]);
    // The other sheets were not asked for their used ranges at all.
    expect(fake.sheet("2025年度统计表").usedRangeRequests).toEqual([]);
    expect(fake.sheet("空表").usedRangeRequests).toEqual([]);
    expect(fake.violations).toEqual([]);
    expect(fake.writes).toEqual([]);
  });

  test("a sheet inside the box keeps its origin and is not reported cut; an empty sheet gives an empty grid", async () => {
    const { fake, host } = setup(api);
    const read = await host.readSome!(["2025年度统计表", "空表"], BOX);
    expect(read.grids).toEqual([
      {
        name: "2025年度统计表",
        values: [
          ["项目", "本年新收"],
          ["自然人", 12],
        ],
        originRow: 1,
        originCol: 1,
      },
      { name: "空表", values: [], originRow: 0, originCol: 0 },
    ]);
    expect(read.cut).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  test("every sheet (first check, 重新校验): 3 round trips for a small workbook (list, sizes, values), each sheet cut", async () => {
    const { fake, host } = setup(api);
    const sync = jest.spyOn(fake.context, "sync");
    const read = await host.readSome!(null, BOX);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(read.grids.map((g) => g.name)).toEqual(["2025年度统计表", "数据", "空表"]);
    expect(read.grids[1].values).toHaveLength(4);
    expect(read.grids[1].values.every((row) => row.length === 3)).toBe(true);
    expect(read.cut).toEqual([{ sheet: "数据", rows: 6, cols: 5 }]);
    expect(fake.violations).toEqual([]);
  });

  test("values typed since the last read are what the next edit's read returns", async () => {
    const { fake, host } = setup(api);
    await host.readSome!(null, BOX);
    fake.sheet("2025年度统计表").used = {
      address: "B2:C3",
      values: [
        ["项目", "本年新收"],
        ["自然人", 13],
      ],
    };
    const read = await host.readSome!(["2025年度统计表"], BOX);
    expect(read.grids[0].values[1]).toEqual(["自然人", 13]);
  });

  test("a named sheet deleted meanwhile: the others are still read, and the answer lists the sheets as they are", async () => {
    const { fake, host } = setup(api);
    fake.userDeletesSheet("数据");
    const sync = jest.spyOn(fake.context, "sync");
    const read = await host.readSome!(["数据", "2025年度统计表"], BOX);
    // The failed batch, the sheet list, the sheets that exist.
    expect(sync).toHaveBeenCalledTimes(3);
    expect(read.names).toEqual(["2025年度统计表", "空表"]);
    expect(read.grids.map((g) => g.name)).toEqual(["2025年度统计表"]);
    expect(fake.violations).toEqual([]);
  });
});

test("a failed read says so in Chinese", async () => {
  const { fake, host } = setup("1.14");
  fake.failNextSync("GeneralException", "There was an internal error while processing the request.");
  fake.failNextSync("GeneralException", "There was an internal error while processing the request.");
  await expect(host.readSome!(null, BOX)).rejects.toThrow(/^读取工作簿失败：There was an internal error/);
});

test("a workbook over one batch's cells: every sheet read in batches, so no response passes Excel on the web's 5 MB", async () => {
  // 3 sheets of 300 × 1000 cells = 900,000 cells against 400,000 a batch.
  const big = (name: string): SheetSpec => ({ name, used: { address: "A1:ALL300", values: Array.from({ length: 300 }, () => new Array<number>(1000).fill(1)) } });
  const fake = new FakeExcel({ api: "1.14", sheets: [big("甲"), big("乙"), big("丙")] }).install();
  const host = createExcelHost();
  const sync = jest.spyOn(fake.context, "sync");
  const read = await host.readSome!(null, { rows: 6000, cols: 1000 });
  expect(read.grids.map((g) => g.values.length)).toEqual([300, 300, 300]);
  // List, sizes, then values: 甲+乙 (600,000 > 400,000 → split), so one batch each.
  expect(sync).toHaveBeenCalledTimes(5);
});

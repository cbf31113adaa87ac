/**
 * The adapter's pure parts: what text Excel would convert, grids from used ranges, which cells a
 * click selects, the own-write window, runs of equal sizes, the parts an older Excel skips.
 */
import { planTemplate } from "../../src/core/layout";
import { runsOf, skippedParts } from "../../src/excel/apply-plan";
import { cellInput, excelWouldConvert } from "../../src/excel/cell-input";
import { detectFeatures } from "../../src/excel/features";
import { cellValueOf, gridOf, originOf } from "../../src/excel/grid";
import { OwnWrites } from "../../src/excel/own-writes";
import { compactRefs, fitAddress, MAX_ADDRESS_LENGTH, selectionTarget } from "../../src/excel/selection";
import { excelErrorText } from "../../src/excel/errors";

describe("cellInput: text stays text", () => {
  test.each(["=SUM(A1)", "+3", "-8", "@x", "12", "1,200", "5%", "2025-1-1", "2025/1/1", "12:30", "2025年1月1日", "TRUE", "false", "#N/A", "#REF!"])(
    "%s would be converted, so it gets a quote prefix",
    (text) => {
      expect(excelWouldConvert(text)).toBe(true);
      expect(cellInput(text)).toBe(`'${text}`);
    },
  );
  test.each(["一、主动公开情况", "（七）总计", "1.自然人", "本年度共收到申请 12 件。", "单位：万元", "2025年度统计表", "#", ""])("%s is written as it is", (text) => {
    expect(cellInput(text)).toBe(text);
  });
  test("numbers are written as numbers", () => {
    expect(cellInput(-8)).toBe(-8);
    expect(cellInput(0.5)).toBe(0.5);
  });
});

describe("grids from used ranges", () => {
  test("origin from addresses as Excel writes them", () => {
    expect(originOf("Sheet1!B2:J40")).toEqual({ row: 1, col: 1 });
    expect(originOf("'年度 统计'!C5")).toEqual({ row: 4, col: 2 });
    expect(originOf("'A!B'!AA10:AB12")).toEqual({ row: 9, col: 26 });
  });
  test("values: empty string → null; numbers, booleans, text and error text kept", () => {
    expect(["", 0, false, "x", "#DIV/0!", null].map(cellValueOf)).toEqual([null, 0, false, "x", "#DIV/0!", null]);
  });
  test("a sheet with no values is an empty grid at A1", () => {
    expect(gridOf("空表", null)).toEqual({ name: "空表", values: [], originRow: 0, originCol: 0 });
  });
});

describe("which cells a click selects", () => {
  test("plain refs are on the finding's sheet", () => {
    expect(selectionTarget("表", ["D31", "D9"])).toEqual({ sheet: "表", refs: ["D31", "D9"] });
  });
  test("qualified refs on another sheet, quotes doubled in the name", () => {
    expect(selectionTarget("正文", ["'It''s 表'!H7", "'It''s 表'!H8"])).toEqual({ sheet: "It's 表", refs: ["H7", "H8"] });
  });
  test("mixed sheets: the finding's own sheet wins; a ref naming it explicitly counts as its own", () => {
    expect(selectionTarget("正文", ["'表'!H7", "A3", "'正文'!A4"])).toEqual({ sheet: "正文", refs: ["A3", "A4"] });
  });
  test("compacting keeps order and the total first, joins only consecutive cells of one column", () => {
    expect(compactRefs(["D31", "D9", "D10", "D11", "E9", "E10", "D12", "F3:F5", "$G$1", "G2"])).toEqual(["D31", "D9:D11", "E9:E10", "D12", "F3:F5", "G1:G2"]);
    expect(compactRefs(["D10", "D9"])).toEqual(["D10", "D9"]);
  });
});

describe("long selections", () => {
  test("an address over Excel's 255 characters keeps the leading areas that fit, the total first", () => {
    const areas = ["D31", ...Array.from({ length: 100 }, (_, i) => `F${2 * i + 1}`)];
    const address = fitAddress(areas);
    expect(address.length).toBeLessThanOrEqual(MAX_ADDRESS_LENGTH);
    expect(address.startsWith("D31,F1,F3,")).toBe(true);
    expect(address.split(",").length).toBeGreaterThan(40);
    expect(fitAddress(["D31", "D9:D30"])).toBe("D31,D9:D30");
  });
});

describe("Excel's error text inside a Chinese sentence", () => {
  test("its own closing full stop is dropped", () => {
    expect(excelErrorText(new Error("The request failed. "))).toBe("The request failed");
    expect(excelErrorText(new Error("无法完成操作。"))).toBe("无法完成操作");
    expect(excelErrorText("x")).toBe("x");
  });
});

describe("the own-write window (below ExcelApi 1.14)", () => {
  let now = 0;
  const clock = () => now;

  test("open while the batch runs, closes a grace period after it returns", () => {
    now = 0;
    const own = new OwnWrites(clock, 1000);
    const done = own.begin("正文", ["A5"]);
    now = 60_000;
    expect(own.covers("正文", "A5")).toBe(true);
    done();
    now = 60_999;
    expect(own.covers("正文", "A5")).toBe(true);
    now = 61_001;
    expect(own.covers("正文", "A5")).toBe(false);
  });

  test("only changes touching the written cells, on the written sheet (any case)", () => {
    now = 0;
    const own = new OwnWrites(clock, 1000);
    own.begin("Report", ["B2:C3", "E9"]);
    expect(own.covers("report", "C3:D4")).toBe(true);
    expect(own.covers("Report", "A1,E9")).toBe(true);
    expect(own.covers("Report", "D5")).toBe(false);
    expect(own.covers("Other", "B2")).toBe(false);
    expect(own.covers("Report", undefined)).toBe(false);
    expect(own.covers("Report", "B:B")).toBe(false);
  });

  test("a sheet the add-in creates: every change on it, and its being added", () => {
    now = 0;
    const own = new OwnWrites(clock, 1000);
    own.begin("2025年度统计表", "sheet");
    expect(own.covers("2025年度统计表", "Z99")).toBe(true);
    expect(own.covers("2025年度统计表", undefined)).toBe(true);
  });
});

describe("runs of equal sizes", () => {
  test("neighbours with the same size share one run", () => {
    expect(runsOf([9, 9, 12, 9])).toEqual([
      { from: 0, to: 1, value: 9 },
      { from: 2, to: 2, value: 12 },
      { from: 3, to: 3, value: 9 },
    ]);
    expect(runsOf([])).toEqual([]);
  });
});

describe("parts an older Excel skips", () => {
  const at = (max: number) => detectFeatures((v) => Number(v.split(".")[1]) <= max);
  test("a legacy plan on ExcelApi 1.5: everything optional is named, with the version it needs", () => {
    const plan = planTemplate("legacy-2014", 2017, "XX局");
    expect(skippedParts(plan, at(5)).map((s) => `${s.part} ${s.requires}`)).toEqual([
      "indent ExcelApi 1.9",
      "freezePanes ExcelApi 1.7",
      "dataValidation ExcelApi 1.8",
      "conditionalFormats ExcelApi 1.6",
      "pageLayout ExcelApi 1.9",
    ]);
  });
  test("a 2021 plan has no indented labels, so indentation is never named for it", () => {
    const plan = planTemplate("national-2021", 2025, "XX局");
    expect(skippedParts(plan, at(8)).map((s) => s.part)).toEqual(["pageLayout"]);
  });
});

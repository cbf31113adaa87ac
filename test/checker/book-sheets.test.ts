/**
 * A read file as the grid's sheets: values where the file has them (so a finding's cells are the
 * ones shown), the document's paragraphs as 正文, and nothing checked differently than the CLI
 * checks the same book.
 */
import { checkReadWorkbook } from "../../src/cli/check-book";
import { sheetsOfBook } from "../../src/checker/book-sheets";
import { countsOf } from "../../src/checker/opened";
import { summaryName } from "../../src/checker/export";
import type { ReadBook } from "../../src/readers";

const book: ReadBook = {
  form: "docx",
  sheets: [
    {
      grid: {
        name: "表格1",
        values: [
          ["项目", "数量"],
          ["收到申请", 12],
          ["其他", null],
        ],
        originRow: 3,
        originCol: 2,
      },
      hidden: false,
      uncachedFormulas: [],
    },
  ],
  text: ["一、总体情况", "2025年，我局未收到政府信息公开申请。"],
  notes: [],
};

describe("sheetsOfBook", () => {
  it("puts each value at its place in the file and the text as the sheet 正文", () => {
    const [table, text] = sheetsOfBook(book);
    expect(table.name).toBe("表格1");
    expect(table.value({ row: 3, col: 2 })).toBe("项目");
    expect(table.value({ row: 4, col: 3 })).toBe(12);
    expect(table.value({ row: 0, col: 0 })).toBeNull();
    expect(text.name).toBe("正文");
    expect(text.value({ row: 1, col: 0 })).toBe("2025年，我局未收到政府信息公开申请。");
  });

  it("gives the grid the same values the CLI checks", () => {
    const grids = sheetsOfBook(book).map((s) => s.toGrid());
    const cells = (g: { values: unknown[][]; originRow: number; originCol: number }): string[] =>
      g.values.flatMap((row, r) => row.flatMap((v, c) => (v === null || v === "" ? [] : [`${g.originRow + r},${g.originCol + c}=${String(v)}`])));
    expect(cells(grids[0])).toEqual(cells(book.sheets[0].grid));
  });

  it("widens a column to its labels, and no further than a screen", () => {
    const [table] = sheetsOfBook({ ...book, sheets: [{ ...book.sheets[0], grid: { ...book.sheets[0].grid, values: [["很长".repeat(50), 1]] } }] });
    expect(table.columnWidth(2)).toBe(40);
    expect(table.columnWidth(3)).toBeLessThan(10);
  });
});

describe("the file list's counts", () => {
  it("count what nianbao check counts for the same book, file-level findings included", () => {
    const result = checkReadWorkbook("空.docx", { sheets: [], text: [] });
    expect(countsOf(result)).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(result.findings[0].rule).toBe("file.no-table");
  });
});

it("names the exported workbook after the day", () => {
  expect(summaryName(new Date(2026, 0, 7))).toBe("年报检查汇总-20260107.xlsx");
});

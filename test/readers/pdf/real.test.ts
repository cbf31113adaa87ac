/**
 * A real published report (淮安市人民政府 2024, made by WPS): every cell of its statistics tables
 * as transcribed by hand, and the check of what the reader gives must report exactly its known
 * slips (none).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../../src/core/workbook";
import { normalizeLabel } from "../../../src/core/normalize";
import { bookGrids, type ReadBook } from "../../../src/readers";
import { DEFAULT_LIMITS } from "../../../src/readers/limits";
import { read } from "../../../src/readers/pdf";
import { findCell, findSheet, type TranscribedCell } from "./transcription";

// Reading a PDF takes seconds on a busy machine; the default 5 s per test is too short.
jest.setTimeout(60_000);

const dir = join(__dirname, "../../fixtures/pdf/real");
const transcription = JSON.parse(readFileSync(join(dir, "huaian-szf-2024.json"), "utf8")) as {
  cells: TranscribedCell[];
  known_slips: unknown[];
};

let book: ReadBook;
beforeAll(async () => {
  book = await read(new Uint8Array(readFileSync(join(dir, "huaian-szf-2024.pdf"))), DEFAULT_LIMITS);
}, 60_000);

describe("the real report huaian-szf-2024.pdf", () => {
  test("gives its three statistics tables, each on the page it starts, Table B joined across the page break", () => {
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["第3页 表格1", "第4页 表格1", "第5页 表格1"]);
  });

  test.each(["A", "B", "C"])("every transcribed cell of Table %s is read at its row and column", (table) => {
    const cells = transcription.cells.filter((c) => c.table === table);
    const grid = findSheet(book, table);
    const wrong = cells.flatMap((c) => {
      const got = findCell(grid, c);
      return got === c.value ? [] : [`${c.group}/${c.row}/${c.col}: expected ${c.value}, got ${String(got)}`];
    });
    expect(wrong).toEqual([]);
    expect(cells.length).toBeGreaterThan(0);
  });

  test("labels split over two lines in their cells come back whole, also where a page break cuts the cell", () => {
    const labels = new Set(
      book.sheets
        .flatMap((s) => s.grid.values.flat())
        .filter((v): v is string => typeof v === "string")
        .map(normalizeLabel),
    );
    for (const label of ["（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理", "商业企业", "科研机构", "社会公益组织", "法律服务机构"]) {
      expect(labels).toContain(normalizeLabel(label));
    }
  });

  test("the check finds the 2021 tables of 2024 and reports exactly the known slips (none), no text-number alarm", () => {
    const report = checkWorkbook(bookGrids(book));
    expect(report.tables.map((t) => [t.table, t.format])).toEqual([
      ["A", "national-2021"],
      ["B", "national-2021"],
      ["C", "national-2021"],
    ]);
    expect(transcription.known_slips).toEqual([]);
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    // 96171.6 万元 of 行政事业性收费 is large for one department but not for a whole city government:
    // the title names 淮安市人民政府 itself, so the department-scoped plausibility bound does not apply.
    const warnings = report.findings.filter((f) => f.severity === "warning");
    expect(warnings.map((f) => f.rule)).toEqual([]);
    // Nor is its 规章 (本年制发 1) a question: a 设区的市's government makes them.
    expect(report.findings).toEqual([]);
    expect(report.findings.filter((f) => f.rule.startsWith("narrative"))).toEqual([]);
  });

  test("the running text is in paragraphs, in reading order, without the tables' cells", () => {
    const fees = book.text.find((p) => p.includes("信息处理费3940元"));
    expect(fees).toBe("2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。");
    const i = book.text.findIndex((p) => p.startsWith("（二）依申请公开情况。"));
    expect(book.text[i]).toContain("全市共受理政府信息公开申请3119件，答复3050件");
    expect(book.text.indexOf("二、主动公开政府信息情况")).toBeGreaterThan(i);
    expect(book.text.some((p) => p.includes("本年新收政府信息公开申请数量"))).toBe(false);
    expect(book.text.some((p) => /^[-\s\d]+$/.test(p))).toBe(false);
  });
});

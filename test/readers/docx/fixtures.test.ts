/**
 * Word documents as LibreOffice writes them (made by test/fixtures/docx/make.sh), read and
 * checked end to end: the same tables and the same findings as the same report in a workbook.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Finding, SheetGrid } from "../../../src/core/types";
import { checkWorkbook } from "../../../src/core/workbook";
import { readDocument } from "../../../src/readers";
import { bookGrids } from "../../../src/readers/book";
import { read } from "../../../src/readers/docx";
import { DEFAULT_LIMITS } from "../../../src/readers/limits";
import type { ReadBook } from "../../../src/readers/types";
import { readSeed } from "../../helpers/locate-seed";
import { filled2021, filledPlan, narrative2021, report2021 } from "../../fixtures/docx/reports";

const fixture = (name: string): Promise<ReadBook> => read(new Uint8Array(readFileSync(join(__dirname, "../../fixtures/docx", name))), DEFAULT_LIMITS);

/** What a finding says, without where it is (cell names differ between a sheet and a Word table). */
const gist = (f: Finding): string => JSON.stringify([f.severity, f.rule, f.table ?? "", f.reported ?? null, f.computed ?? null, f.message]);
const gists = (fs: Finding[]): string[] => fs.map(gist).sort();

const textSheet = (paragraphs: string[]): SheetGrid => ({ name: "正文", values: paragraphs.map((p) => [p]), originRow: 0, originCol: 0 });

describe("the seed report as a Word document (its text, then its table)", () => {
  it("reads the text in order and the table as 73 rows of 3 cells", async () => {
    const seed = readSeed();
    const book = await fixture("seed-2017.docx");
    expect(book.text).toEqual([...seed.prose, seed.title]);
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["表格1"]);
    const values = book.sheets[0].grid.values;
    expect(values).toHaveLength(73);
    expect(values[0]).toEqual(["统　计　指　标", "单位", "统计数"]);
    expect(values[1]).toEqual(["一、主动公开情况", null, null]);
    expect(values[2]).toEqual(["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", 5]);
  });

  it("is read as a Word document by the reader layer's entry point, whatever its name says", async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, "../../fixtures/docx/seed-2017.docx")));
    for (const name of ["2017年报.docx", "改错了扩展名.xlsx", "没有扩展名"]) {
      const result = await readDocument(name, bytes);
      expect(result.ok && result.book.form).toBe("docx");
    }
  });

  it("checks as the seed workbook does: no error, exactly the warning that 4 normative documents were published but 0 issued", async () => {
    const report = checkWorkbook(bookGrids(await fixture("seed-2017.docx")));
    expect(report.tables.map((t) => [t.sheet, t.format, t.table, t.year, t.range])).toEqual([["表格1", "legacy-2014", "L", 2017, "A1:C73"]]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    const warnings = report.findings.filter((f) => f.severity === "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ rule: "L-normative-published-le-issued", sheet: "表格1", cells: ["C4", "C5"], reported: 4, computed: 0 });

    // The seed as typed into Excel (as test/cli's seed workbook does): figures become numbers.
    const seed = readSeed();
    const typed = seed.table.map((row) => row.map((v) => (typeof v === "string" && /^\d+(?:\.\d+)?$/.test(v) ? Number(v) : v)));
    const sheet: SheetGrid = { name: "Sheet1", values: [...seed.prose.map((p) => [p]), [seed.title], ...typed], originRow: 0, originCol: 0 };
    expect(gists(report.findings)).toEqual(gists(checkWorkbook([sheet]).findings));
  });
});

describe("a 2021-format report: narrative, and our template's three tables as Word tables", () => {
  it("each table is its own sheet holding exactly the template's cells, merged headers as Excel shows them", async () => {
    const book = await fixture("report-2021.docx");
    const tables = report2021().blocks.flatMap((b) => ("table" in b ? [b.table] : []));
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["表格1", "表格2", "表格3"]);
    expect(book.sheets.map((s) => s.grid.values)).toEqual(tables);
    expect(book.text).toEqual(narrative2021());
  });

  it("finds the three tables and reports the same findings as the filled workbook, the slip included", async () => {
    const report = checkWorkbook(bookGrids(await fixture("report-2021.docx")));
    expect(report.tables.map((t) => [t.sheet, t.table, t.format, t.year])).toEqual([
      ["表格1", "A", "national-2021", 2023],
      ["表格2", "B", "national-2021", 2023],
      ["表格3", "C", "national-2021", 2023],
    ]);
    const { plan, values } = filled2021();
    const expected = checkWorkbook([{ name: plan.name, values, originRow: 0, originCol: 0 }, textSheet(narrative2021())]);
    expect(gists(report.findings)).toEqual(gists(expected.findings));
    expect(report.findings.filter((f) => f.severity === "error").map((f) => f.message)).toContainEqual(expect.stringContaining("（七）总计（自然人）"));
  });
});

describe("the same report laid out inside a one-cell table (Writer nests its tables in the frame)", () => {
  it("gives the same three sheets, the same text and the same findings as the report without the frame", async () => {
    const framed = await fixture("report-2021-framed.docx");
    const plain = await fixture("report-2021.docx");
    expect(framed.sheets.map((s) => s.grid)).toEqual(plain.sheets.map((s) => s.grid));
    expect(framed.text).toEqual(plain.text);
    expect(gists(checkWorkbook(bookGrids(framed)).findings)).toEqual(gists(checkWorkbook(bookGrids(plain)).findings));
  });
});

describe("the 2019 template filled in Excel, its sheet pasted into Word as one table", () => {
  it("finds Tables A, B and C in the one Word table, with the same findings as the workbook", async () => {
    const book = await fixture("template-2019.docx");
    expect(book.sheets).toHaveLength(1);
    const report = checkWorkbook(bookGrids(book));
    expect(report.tables.map((t) => [t.sheet, t.table, t.format, t.year])).toEqual([
      ["表格1", "A", "national-2019", 2020],
      ["表格1", "B", "national-2019", 2020],
      ["表格1", "C", "national-2019", 2020],
    ]);
    const { plan, values } = filledPlan("national-2019", 2020);
    const expected = checkWorkbook([{ name: plan.name, values, originRow: 0, originCol: 0 }]);
    expect(gists(report.findings)).toEqual(gists(expected.findings));
  });
});

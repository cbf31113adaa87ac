/**
 * PDFs printed by LibreOffice from the project's own template and from a Word-like report (made
 * by test/fixtures/pdf/make.sh), and the files a reviewer cannot use: encrypted, scanned, broken.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { FormatId } from "../../../src/core/formats/model";
import { checkWorkbook } from "../../../src/core/workbook";
import type { Finding } from "../../../src/core/types";
import { readWorkbook } from "../../../src/cli/xlsx-read";
import { bookGrids, readDocument, type ReadBook } from "../../../src/readers";
import { DEFAULT_LIMITS } from "../../../src/readers/limits";
import { read } from "../../../src/readers/pdf";
import { consistent } from "../../helpers/check-fixtures";
import { plantedTemplate } from "./planted";
import { paragraphsAfter, paragraphsBefore, REPORT_YEAR, reportHtml } from "./report-html";
import { planTemplate } from "../../../src/core/layout";

// Reading a PDF takes seconds on a busy machine; the default 5 s per test is too short.
jest.setTimeout(60_000);

const dir = join(__dirname, "../../fixtures/pdf");
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, name)));
const readPdf = (name: string): Promise<ReadBook> => read(bytes(name), DEFAULT_LIMITS);

/** What a finding says, without where (the PDF's table starts at A1, the workbook's does not). */
const said = (f: Finding): string => `${f.severity} ${f.rule} ${f.reported ?? ""}/${f.computed ?? ""} ${f.message}`;

describe.each([["national-2021"], ["legacy-2014"]] as [FormatId][])("our %s template with a planted slip, printed to PDF by LibreOffice Calc", (format) => {
  let book: ReadBook;
  beforeAll(async () => {
    book = await readPdf(`template-${format}.pdf`);
  }, 60_000);

  test("gives the same findings as the workbook it was printed from", () => {
    const workbook = readWorkbook(plantedTemplate(format).workbook);
    const expected = checkWorkbook(workbook.sheets.map((s) => s.grid)).findings.map(said);
    const got = checkWorkbook(bookGrids(book)).findings.map(said);
    expect(expected.length).toBeGreaterThan(0);
    expect(got).toEqual(expected);
  });

  test("reads every value cell of every table", () => {
    const report = checkWorkbook(bookGrids(book));
    const { plan } = plantedTemplate(format);
    expect(report.tables.map((t) => t.table)).toEqual(plan.tables.map((t) => t.id));
    const workbookGrid = readWorkbook(plantedTemplate(format).workbook).sheets[0].grid;
    const located = checkWorkbook([workbookGrid]).tables;
    for (const [i, table] of report.tables.entries()) {
      expect(table.values).toEqual(located[i].values);
      expect(Object.keys(table.values).length).toBe(Object.keys(plan.tables[i].cells).length);
    }
  });
});

describe("a Word-like report printed by LibreOffice Writer: paragraphs, and tables crossing page breaks", () => {
  let book: ReadBook;
  beforeAll(async () => {
    book = await readPdf("report-word.pdf");
  }, 60_000);

  test("the fixture was made from the report page this test knows", () => {
    expect(reportHtml()).toContain(paragraphsBefore()[0]);
  });

  test("Table B (a row cut in two by the break) and Table C (its header over the break) come back whole", () => {
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["第2页 表格1", "第2页 表格2", "第3页 表格1"]);
    const report = checkWorkbook(bookGrids(book));
    expect(report.tables.map((t) => [t.sheet, t.table, t.year])).toEqual([
      ["第2页 表格1", "A", REPORT_YEAR],
      ["第2页 表格2", "B", REPORT_YEAR],
      ["第3页 表格1", "C", REPORT_YEAR],
    ]);
    for (const table of report.tables) expect(table.values).toEqual(consistent("national-2021", table.table));
    expect(report.findings).toEqual([]);
  });

  test("the label of the row the page break cuts is one cell, and no empty row is left where it was cut", () => {
    const b = book.sheets[1].grid.values;
    const label = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
    const rows = b.filter((row) => row.some((v) => typeof v === "string" && v.includes("部分公开")));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(label);
    expect(b.some((row) => row.every((v) => v === null))).toBe(false);
  });

  test("the text is the report's paragraphs in order, headings apart, without the tables' cells", () => {
    const titles = planTemplate("national-2021", REPORT_YEAR, "x").tables.map((t) => t.title);
    expect(book.text).toEqual([...paragraphsBefore(), ...titles, ...paragraphsAfter()]);
  });
});

describe("files a reviewer cannot check get a clear message, and the reader never crashes", () => {
  test("a password to open: says it is encrypted", async () => {
    await expect(readPdf("encrypted.pdf")).rejects.toThrow("PDF 设置了打开密码（已加密），无法读取");
  });

  test("a password for permissions only (anyone can open it): read as usual", async () => {
    const book = await readPdf("restricted.pdf");
    expect(book.sheets).toHaveLength(3);
  });

  test("a scan (images, no text): says it is a scan and what to supply instead", async () => {
    await expect(readPdf("scanned.pdf")).rejects.toThrow(/这是扫描件.*请提供报告的 Word\/Excel 原件/);
  });

  test("garbage after a PDF header: says the file is damaged", async () => {
    await expect(readPdf("garbage.pdf")).rejects.toThrow("PDF 文件已损坏或不完整");
  });

  test("a file cut off halfway: a message for that file, through the reader layer's entry point", async () => {
    const result = await readDocument("半截.pdf", bytes("truncated.pdf"));
    if (result.ok) expect(result.book.form).toBe("pdf");
    else expect(result.error).toMatch(/PDF/);
  });

  test("more pages than the limit: refused before any page is read", async () => {
    await expect(read(bytes("report-word.pdf"), { ...DEFAULT_LIMITS, maxPages: 3 })).rejects.toThrow("PDF 共 4 页，超过上限 3 页");
  });

  test("through readDocument, a PDF is sniffed by its bytes whatever its name and read by this reader", async () => {
    const result = await readDocument("年报.dat", bytes("template-national-2021.pdf"));
    expect(result.ok && result.book.sheets.length).toBe(3);
  });

  test("the caller's bytes are left as they were", async () => {
    const data = bytes("template-legacy-2014.pdf");
    const copy = data.slice();
    await read(data, DEFAULT_LIMITS);
    expect(data).toEqual(copy);
  });
});

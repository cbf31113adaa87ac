import { readFileSync } from "fs";
import { join } from "path";
import { readXlsx } from "../../../src/cli/xlsx-read";
import { cellKey } from "../../../src/core/formats/model";
import type { Finding } from "../../../src/core/types";
import { checkWorkbook } from "../../../src/core/workbook";
import { bookGrids, readDocument, type ReadBook } from "../../../src/readers";
import { consistent } from "../../helpers/check-fixtures";

// The first read loads SheetJS/parse5 and the core; on a loaded machine that alone can take seconds.
jest.setTimeout(30_000);

const fixture = (dir: string, name: string): Buffer => readFileSync(join(__dirname, "../../fixtures", dir, name));

async function readOk(name: string, data: Uint8Array): Promise<ReadBook> {
  const result = await readDocument(name, data);
  if (!result.ok) throw new Error(result.error);
  return result.book;
}

/** A finding as the user reads it, cell names and sheet aside (a page's table has its own). */
const essence = (f: Finding): string => `${f.severity} ${f.rule} ${f.message}`;

describe("html reader: the project's template saved as a web page by LibreOffice", () => {
  it.each(["template-2021", "template-2019", "template-legacy"])("%s.html gives the same findings as the .xlsx it was made from", async (base) => {
    const book = await readOk(`${base}.html`, new Uint8Array(fixture("html", `${base}.html`)));
    const fromHtml = checkWorkbook(bookGrids(book));
    const fromXlsx = checkWorkbook((await readXlsx(fixture("xls", `${base}.xlsx`))).sheets.map((s) => s.grid));
    expect(fromHtml.tables.map((t) => t.table)).toEqual(fromXlsx.tables.map((t) => t.table));
    expect(fromHtml.tables.length).toBeGreaterThan(0);
    expect(fromHtml.findings.map(essence).sort()).toEqual(fromXlsx.findings.map(essence).sort());
  });
});

describe("html reader: a GBK government page, the report's tables nested in layout tables", () => {
  const book = (): Promise<ReadBook> => readOk("某市审计局2023年报.html", new Uint8Array(fixture("html", "gov-2021.html")));

  it("finds the three tables as sheets 表格1–3, not the layout, menu, hidden or scripted tables", async () => {
    const { sheets } = await book();
    expect(sheets.map((s) => s.grid.name)).toEqual(["表格1", "表格2", "表格3"]);
    expect(sheets[0].grid.values[0][0]).toBe("第二十条第（一）项");
    expect(sheets[2].grid.values[0]).toEqual(["行政复议", null, null, null, null, "行政诉讼", ...new Array(9).fill(null)]);
  });

  it("reads Table B's rowspan/colspan header and wrapped labels as the published table", async () => {
    const b = (await book()).sheets[1].grid.values;
    const values = consistent("national-2021", "B");
    expect(b[0][3]).toBe("申请人情况");
    expect(b[1].slice(3)).toEqual(["自然人", "法人或其他组织", null, null, null, null, "总计"]);
    expect(b[3].slice(0, 4)).toEqual(["一、本年新收政府信息公开申请数量", null, null, values[cellKey("B1", "natural")]]);
    expect(b[7].slice(0, 3)).toEqual([null, "（三）不予公开", "1.属于国家秘密"]);
  });

  it("gives the report's paragraphs in order, GBK decoded, hidden text left out", async () => {
    const { text } = await book();
    expect(text).toEqual(expect.arrayContaining(["某市审计局2023年政府信息公开工作年度报告", "2023年，我局认真贯彻落实《条例》，扎实推进政府信息公开工作。"]));
    const order = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"].map((p) => text.indexOf(p));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]))).toBe(true);
    expect(text.join("")).not.toMatch(/隐藏|脚本/);
  });

  it("is checked like the report: the 2021 tables of 2023, every cell read, the one slip found", async () => {
    const report = checkWorkbook(bookGrids(await book()));
    expect(report.tables.map((t) => [t.table, t.format])).toEqual([
      ["A", "national-2021"],
      ["B", "national-2021"],
      ["C", "national-2021"],
    ]);
    expect(report.findings.filter((f) => f.rule.startsWith("value."))).toEqual([]);
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.sheet === "表格2")).toBe(true);
    expect(errors.some((f) => f.rule === "B-R2" && f.message.includes("自然人"))).toBe(true);
  });
});

describe("html reader: an .xls that is really a web page (GBK, no charset declared)", () => {
  it("is read as a page and its legacy table checked without errors; the hidden row is not read", async () => {
    const book = await readOk("统计表.xls", new Uint8Array(fixture("html", "export-legacy.xls")));
    expect(book.form).toBe("html");
    expect(book.sheets[0].grid.values[0][0]).toBe("2017年度政府信息公开工作情况统计表");
    expect(book.sheets[0].grid.values.flat()).not.toContain(999);
    const report = checkWorkbook(bookGrids(book));
    expect(report.tables.map((t) => t.format)).toEqual(["legacy-2014"]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("html reader: a real report (淮安市人民政府 2024) as a UTF-8 site publishes it", () => {
  /** Its 200 cells, transcribed from the published PDF (../shared/fixtures/real/huaian-szf-2024.json). */
  const CELLS = 200;
  const SUM = 4_637_058.6;

  it("reads every cell, wrapped group and header labels joined, and the check finds no slip (the report has none)", async () => {
    const book = await readOk("淮安市2024年报.html", new Uint8Array(fixture("html", "huaian-2024.html")));
    const numbers = book.sheets.flatMap((s) => s.grid.values.flat()).filter((v): v is number => typeof v === "number");
    expect(numbers.length).toBe(CELLS);
    expect(numbers.reduce((a, b) => a + b, 0)).toBeCloseTo(SUM, 6);
    expect(book.sheets[1].grid.values.flat()).toEqual(expect.arrayContaining(["（三）不予公开", "商业企业", "社会公益组织"]));
    const report = checkWorkbook(bookGrids(book));
    expect(report.tables.map((t) => [t.table, t.format])).toEqual([
      ["A", "national-2021"],
      ["B", "national-2021"],
      ["C", "national-2021"],
    ]);
    // No slip. Its 本年收费金额 of 96171.6 万元 may be asked about (whether a city government's
    // fees are plausible in 万元 is the fee rule's business, not the reader's).
    expect(report.findings.filter((f) => f.severity !== "info" && f.rule !== "A-fee-in-yuan").map(essence)).toEqual([]);
  });
});

describe("html reader: a Word report saved as a web page", () => {
  const full = (f: Finding): string => `${f.severity} ${f.rule} ${f.sheet}!${f.cells.join(",")} ${f.message}`;

  it.each(["report-2021", "seed-2017"])("word-%s.html gives the same tables, text and findings as the .docx", async (base) => {
    const html = await readOk(`${base}.html`, new Uint8Array(fixture("html", `word-${base}.html`)));
    const docx = await readOk(`${base}.docx`, new Uint8Array(fixture("docx", `${base}.docx`)));
    expect(html.sheets.map((s) => s.grid)).toEqual(docx.sheets.map((s) => s.grid));
    expect(html.text).toEqual(docx.text);
    const fromHtml = checkWorkbook(bookGrids(html));
    expect(fromHtml.findings.length).toBeGreaterThan(0);
    expect(fromHtml.findings.map(full)).toEqual(checkWorkbook(bookGrids(docx)).findings.map(full));
  });
});

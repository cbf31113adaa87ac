/**
 * Issue 9: the same report as .xlsx, .xls, .et, .html, .docx and .pdf gives the same findings.
 * The fixtures (test/fixtures/cross-form/, made by make.sh) are ONE filled 2021 report with slips
 * of every kind, converted by LibreOffice. Each form names its sheets and cells its own way
 * (`2023年度统计表!D47` in a workbook, `表格2!D47` or `第2页 表格1!C30` in a document), so a
 * finding is compared by what it is about: its rule, severity, reported and computed values, and
 * its cells mapped back to the table's keys (`B|B3.7|natural`) through the located tables; a cell
 * of the report's text is compared as `text`. Where the forms legitimately differ (how the report
 * is cut into sheets, where its text lives, the hidden working sheet only a workbook keeps) the
 * difference is asserted on its own, at the end.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { fromA1, splitRef, toA1 } from "../../src/core/address";
import type { WorkbookReport } from "../../src/core/workbook";
import { checkWorkbook } from "../../src/core/workbook";
import { bookGrids, readDocument } from "../../src/readers";
import type { ReadBook } from "../../src/readers/types";
import { setPdfjsHost } from "../../src/readers/pdf";
import { loadPackagedCMap } from "../../src/cli/pdf-cmaps";

// Reading a PDF takes seconds on a busy machine; the default 5 s per test is too short.
jest.setTimeout(120_000);

const FIXTURES = join(__dirname, "../fixtures/cross-form");
const FORMS = ["xlsx", "xls", "et", "html", "docx", "pdf"] as const;
type Form = (typeof FORMS)[number];

interface Read {
  book: ReadBook;
  report: WorkbookReport;
}

/** A finding as the same report in any form must give it. */
interface Normal {
  rule: string;
  severity: string;
  reported?: number;
  computed?: number;
  cells: string[];
}

/** Every table cell's sheet address → its table and key (`B|B1|total`). */
function keysByAddress(report: WorkbookReport): Map<string, string> {
  const keys = new Map<string, string>();
  for (const t of report.tables) {
    for (const [key, pos] of Object.entries(t.cells)) keys.set(`${t.sheet}!${toA1(pos)}`, `${t.table}|${key}`);
  }
  return keys;
}

function normalise(report: WorkbookReport): Normal[] {
  const keys = keysByAddress(report);
  return report.findings.map((f) => {
    const cells = f.cells.map((ref) => {
      const { sheet, cell } = splitRef(ref, f.sheet);
      return keys.get(`${sheet}!${toA1(fromA1(cell))}`) ?? "text";
    });
    const n: Normal = { rule: f.rule, severity: f.severity, cells };
    if (f.reported !== undefined) n.reported = f.reported;
    if (f.computed !== undefined) n.computed = f.computed;
    return n;
  });
}

const byRule = (a: Normal, b: Normal): number => JSON.stringify(a).localeCompare(JSON.stringify(b));

const read: Partial<Record<Form, Read>> = {};

beforeAll(async () => {
  // The command line gives pdfjs-dist its CMaps the same way.
  setPdfjsHost({ loadCMap: loadPackagedCMap });
  for (const form of FORMS) {
    const name = `report.${form}`;
    const result = await readDocument(name, new Uint8Array(readFileSync(join(FIXTURES, name))));
    if (!result.ok) throw new Error(`${name}: ${result.error}`);
    read[form] = { book: result.book, report: checkWorkbook(bookGrids(result.book)) };
  }
});

/** The text a finding's first cell holds (the sentence of a narrative finding), in its form's grids. */
function firstCellText(r: Read, index: number): string {
  const f = r.report.findings[index];
  const { sheet, cell } = splitRef(f.cells[0], f.sheet);
  const grid = bookGrids(r.book).find((g) => g.name === sheet);
  const pos = fromA1(cell);
  return String(grid?.values[pos.row - grid.originRow]?.[pos.col - grid.originCol] ?? "");
}

const NARRATIVE = "narrative.number-mismatch";

describe("the same report as .xlsx, .xls, .et, .html, .docx and .pdf", () => {
  const baseline = (): Normal[] => normalise(read.xlsx!.report).sort(byRule);

  test("the workbook itself gives every planted slip (else the comparison would prove little)", () => {
    const findings = baseline();
    const at = (rule: string, cell: string): Normal | undefined => findings.find((f) => f.rule === rule && f.cells[0] === cell);
    // The 本年办结 总计 (自然人) one above its parts.
    expect(at("B-R2", "B|B3.7|natural")).toMatchObject({ severity: "error", reported: 62, computed: 61 });
    expect(at("B-R1", "B|B1|natural")).toMatchObject({ severity: "error", reported: 62, computed: 63 });
    expect(at("value.placeholder", "B|B3.3.1|business")).toMatchObject({ severity: "warning" });
    expect(at("value.yuan", "A|A8.1|fee")).toMatchObject({ severity: "error" });
    expect(at("value.blank", "C|C1|direct.other")).toMatchObject({ severity: "warning" });
    expect(at("C-direct-total", "C|C1|direct.total")).toMatchObject({ severity: "error", reported: 7, computed: 6 });
    // The text says 377 applications; the table's 本年新收 总计 is 370.
    expect(findings.find((f) => f.rule === NARRATIVE)).toEqual({ rule: NARRATIVE, severity: "warning", cells: ["text", "B|B1|total"], reported: 377, computed: 370 });
    expect(findings).toHaveLength(10);
  });

  test.each(FORMS.filter((f) => f !== "xlsx"))("%s: the same three tables of 2023, the same findings on the same cells", (form) => {
    const r = read[form]!;
    expect(r.report.tables.map((t) => [t.format, t.table, t.year])).toEqual(read.xlsx!.report.tables.map((t) => [t.format, t.table, t.year]));
    expect(r.report.tables.map((t) => t.year)).toEqual([2023, 2023, 2023]);
    // Every value cell of every table was found in this form too (no row or column lost).
    r.report.tables.forEach((t, i) => expect(Object.keys(t.cells).sort()).toEqual(Object.keys(read.xlsx!.report.tables[i].cells).sort()));
    expect(normalise(r.report).sort(byRule)).toEqual(baseline());
  });

  test.each(FORMS)("%s: the findings on the table say the same (their messages name no cell)", (form) => {
    const messages = (r: Read): string[] =>
      r.report.findings
        .filter((f) => f.rule !== NARRATIVE)
        .map((f) => f.message)
        .sort();
    expect(messages(read[form]!)).toEqual(messages(read.xlsx!));
  });

  test.each(FORMS)("%s: the text finding points at the contradicting sentence", (form) => {
    const r = read[form]!;
    const i = r.report.findings.findIndex((f) => f.rule === NARRATIVE);
    expect(firstCellText(r, i)).toBe("2023年，本机关共新收政府信息公开申请377件。");
  });

  // Where the forms legitimately differ: how the report is cut into sheets and where its text lives.
  test("workbooks keep their sheets, the hidden working sheet included; the text is cells of 报告正文", () => {
    for (const form of ["xlsx", "xls", "et"] as const) {
      const book = read[form]!.book;
      expect(book.sheets.map((s) => [s.grid.name, s.hidden])).toEqual([
        ["2023年度统计表", false],
        ["报告正文", false],
        ["底稿", true],
      ]);
      // A workbook has cells, not paragraphs.
      expect(book.text).toEqual([]);
      // The SUM formula of 本年新收 总计 came with its cached value: nothing left uncomputed.
      expect(book.sheets.flatMap((s) => s.uncachedFormulas)).toEqual([]);
    }
  });

  test.each(["html", "docx", "pdf"] as const)("%s: the hidden working sheet is gone (a document has no hidden sheets)", (form) => {
    const book = read[form]!.book;
    // Calc neither prints nor exports a hidden sheet, so what a reviewer gets never holds it.
    expect(book.sheets.every((s) => !s.hidden)).toBe(true);
    const everything = [...book.text, ...book.sheets.flatMap((s) => s.grid.values.flat())].join("\n");
    expect(everything).not.toContain("汇总底稿");
  });

  test.each(FORMS)("%s: the total typed as a formula is read as its value", (form) => {
    const b = read[form]!.report.tables.find((t) => t.table === "B")!;
    expect(b.values["B1|total"]).toBe(370);
  });

  test("the web page is one table of the whole sheet; the text sheet's one-column table is read as paragraphs", () => {
    const book = read.html!.book;
    // Calc writes each sheet as a <table>; a table of one column of sentences is a layout table
    // to the HTML reader, so its sentences come out as text, beside Calc's sheet index.
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["表格1"]);
    expect(book.text).toContain("2023年，本机关共新收政府信息公开申请377件。");
  });

  test("the Word document keeps both sheets as tables; the sentences stay cells of 表格2", () => {
    const book = read.docx!.book;
    // Writer turns Calc's web page into two Word tables; a Word table is a table whatever its
    // columns, so the sentences are that table's cells (still read as text outside the tables).
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["表格1", "表格2"]);
    expect(book.text.some((p) => p.includes("377"))).toBe(false);
  });

  test("the PDF has one table per printed page; the title recurring at two pages' tops is dropped as a running header", () => {
    const r = read.pdf!;
    // Calc prints Table A, B and C on pages 1-3 and the text sheet on page 4.
    expect(r.book.sheets.map((s) => s.grid.name)).toEqual(["第1页 表格1", "第2页 表格1", "第3页 表格1"]);
    expect(r.report.tables.map((t) => [t.sheet, t.table])).toEqual([
      ["第1页 表格1", "A"],
      ["第2页 表格1", "B"],
      ["第3页 表格1", "C"],
    ]);
    // The report's title tops page 1 (the template's title) and page 4 (the text sheet's first
    // line): two of four pages, so to the PDF reader it is a running header (one recurring in the
    // top margin of at least half the pages), not text.
    // The year still comes from the text (see the tables' year above).
    expect(r.book.text).toContain("2023年，本机关共新收政府信息公开申请377件。");
    expect(r.book.text).not.toContain("测试市审计局2023年度政府信息公开工作年度报告");
  });
});

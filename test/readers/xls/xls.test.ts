import { readFileSync } from "fs";
import { join } from "path";
import { readXlsx } from "../../../src/cli/xlsx-read";
import type { Finding } from "../../../src/core/types";
import { checkWorkbook } from "../../../src/core/workbook";
import { bookGrids, DEFAULT_LIMITS, readDocument, type ReadBook } from "../../../src/readers";
import { read } from "../../../src/readers/xls";
import { cfbWithoutWorkbook, makeXls, makeXml, renameSheetInBytes, withEmptyRowRecord, withFilePass, withUnknownRecord } from "./build";

// The first read loads SheetJS/parse5 and the core; on a loaded machine that alone can take seconds.
jest.setTimeout(30_000);

const FIXTURES = join(__dirname, "../../fixtures/xls");
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

async function readOk(name: string, data: Uint8Array): Promise<ReadBook> {
  const result = await readDocument(name, data);
  if (!result.ok) throw new Error(result.error);
  return result.book;
}

async function readError(name: string, data: Uint8Array): Promise<string> {
  const result = await readDocument(name, data);
  if (result.ok) throw new Error("read a file that should fail");
  return result.error;
}

const essence = (f: Finding): string => `${f.severity} ${f.rule} ${f.sheet}!${f.cells.join(",")} ${f.message}`;

describe("xls reader: the project's template saved by LibreOffice as Excel 97-2003", () => {
  it.each(["template-2021", "template-2019", "template-legacy"])("%s.xls gives the same findings as the .xlsx it was made from", async (base) => {
    const book = await readOk(`${base}.xls`, fixture(`${base}.xls`));
    const fromXls = checkWorkbook(bookGrids(book));
    const fromXlsx = checkWorkbook((await readXlsx(readFileSync(join(FIXTURES, `${base}.xlsx`)))).sheets.map((s) => s.grid));
    expect(fromXls.tables.map((t) => t.table)).toEqual(fromXlsx.tables.map((t) => t.table));
    expect(fromXls.tables.length).toBeGreaterThan(0);
    expect(fromXls.findings.map(essence)).toEqual(fromXlsx.findings.map(essence));
  });

  it("finds the slips written into the 2021 fixture", async () => {
    const report = checkWorkbook(bookGrids(await readOk("t.xls", fixture("template-2021.xls"))));
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toContain("B-R2");
    expect(report.findings.some((f) => f.message.includes("3500元"))).toBe(true);
    expect(report.findings.some((f) => f.message.includes("“/”"))).toBe(true);
  });

  it("reads the grid as Excel's range.values: title merged across, covered cells null", async () => {
    const book = await read(fixture("template-2021.xls"), DEFAULT_LIMITS);
    expect(book.form).toBe("xls");
    expect(book.text).toEqual([]);
    const [sheet] = book.sheets;
    expect(sheet.grid.name).toBe("2023年度统计表");
    expect(sheet.hidden).toBe(false);
    expect(sheet.grid.values[0][0]).toBe("测试市审计局2023年度政府信息公开工作年度报告");
    expect(sheet.grid.values[0].slice(1).every((v) => v === null)).toBe(true);
    expect(sheet.grid.values.flat().filter((v) => typeof v === "number").length).toBeGreaterThan(100);
  });

  it("reads a WPS .et (BIFF8 too) like the .xls", async () => {
    const et = await readOk("报表.et", fixture("template-2021.et"));
    const xls = await readOk("报表.xls", fixture("template-2021.xls"));
    expect(et.sheets.map((s) => s.grid)).toEqual(xls.sheets.map((s) => s.grid));
  });
});

describe("xls reader: cell values and sheets", () => {
  const book = (): Promise<ReadBook> =>
    read(
      makeXls([
        {
          name: "表",
          rows: [
            ["横向合并", null, null, "纵向合并"],
            [1, 2.5, true, null],
            [new Date(Date.UTC(2023, 11, 31)), { t: "e", v: 0x07 }, "１２", null],
          ],
          merges: ["A1:C1", "D1:D3"],
        },
        { name: "藏起来的表", rows: [[null, "隐藏"]], hidden: true },
      ]),
      DEFAULT_LIMITS,
    );

  it("keeps merged text in the top-left cell, both across and down, others null", async () => {
    const { values } = (await book()).sheets[0].grid;
    expect(values[0]).toEqual(["横向合并", null, null, "纵向合并"]);
    expect(values[1][3]).toBeNull();
    expect(values[2][3]).toBeNull();
  });

  it("gives numbers, booleans, error text, ISO dates and text as typed", async () => {
    const { values } = (await book()).sheets[0].grid;
    expect(values[1].slice(0, 3)).toEqual([1, 2.5, true]);
    expect(values[2].slice(0, 3)).toEqual(["2023-12-31", "#DIV/0!", "１２"]);
  });

  it("reads hidden sheets too, marked hidden, at their place in the sheet", async () => {
    const hidden = (await book()).sheets[1];
    expect(hidden.hidden).toBe(true);
    expect(hidden.grid).toEqual({ name: "藏起来的表", values: [["隐藏"]], originRow: 0, originCol: 1 });
  });

  it("skips a sheet named __proto__ with a note, reads the others, and pollutes nothing", async () => {
    const data = renameSheetInBytes(
      makeXls([
        { name: "AAAAAAAAA", rows: [["t", 1]] },
        { name: "正常", rows: [["ok"]] },
      ]),
      "AAAAAAAAA",
      "__proto__",
    );
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = await read(data, DEFAULT_LIMITS);
    expect(result.sheets.map((s) => s.grid.name)).toEqual(["正常"]);
    expect(result.notes.map((n) => n.message).join()).toContain("__proto__");
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)["!data"]).toBeUndefined();
  });

  it("reads a workbook with a record type it does not know, printing nothing to the console", async () => {
    const spy = jest.spyOn(console, "error");
    try {
      const result = await read(withUnknownRecord(makeXls([{ name: "表", rows: [["收到", 5]] }])), DEFAULT_LIMITS);
      expect(result.sheets[0].grid.values).toEqual([["收到", 5]]);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it("skips a sheet with more cells than the limit, with a note naming it", async () => {
    const rows = Array.from({ length: 30 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    const result = await read(
      makeXls([
        { name: "大表", rows },
        { name: "小表", rows: [[1]] },
      ]),
      { ...DEFAULT_LIMITS, maxCellsPerSheet: 200 },
    );
    expect(result.sheets.map((s) => s.grid.name)).toEqual(["小表"]);
    expect(result.notes[0].message).toContain("大表");
  });
});

describe("xls reader: files it cannot read", () => {
  it("says a password-protected .xls must have its password cleared", async () => {
    const data = withFilePass(makeXls([{ name: "S", rows: [[1]] }]));
    expect(await readError("加密.xls", data)).toMatch(/密码/);
  });

  it("says an OLE file without a workbook is not a workbook", async () => {
    expect(await readError("其他.xls", cfbWithoutWorkbook())).toMatch(/没有 Excel 工作簿/);
  });

  it("says a truncated .xls is damaged", async () => {
    const message = await readError("断了.xls", fixture("template-2021.xls").subarray(0, 3000));
    expect(message).toMatch(/损坏/);
    expect(message.length).toBeLessThan(120);
  });

  it("says a workbook with a record cut short is damaged (instead of running out of memory)", async () => {
    expect(await readError("坏记录.xls", withEmptyRowRecord(fixture("template-2021.xls")))).toMatch(/损坏/);
  });

  it("says a file of garbage after the OLE signature is damaged", async () => {
    const data = new Uint8Array(4096).map((_, i) => (i * 7919) & 0xff);
    data.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await readError("乱码.xls", data)).toMatch(/损坏/);
  });
});

describe("xls reader: XML Spreadsheet 2003 exported under an .xls name", () => {
  it("is read as a workbook (handed over by the web page reader), merges as Excel shows them", async () => {
    const book = await readOk(
      "导出.xls",
      makeXml([
        {
          name: "统计表",
          rows: [
            ["标题", null],
            ["收到申请数", 5],
          ],
          merges: ["A1:B1"],
        },
      ]),
    );
    expect(book.form).toBe("xls");
    expect(book.sheets[0].grid).toEqual({
      name: "统计表",
      values: [
        ["标题", null],
        ["收到申请数", 5],
      ],
      originRow: 0,
      originCol: 0,
    });
  });

  it("is recognised when a long <Styles> section pushes its table past the first 4 KB", async () => {
    const xml = new TextDecoder().decode(makeXml([{ name: "统计表", rows: [["收到申请数", 5]] }]));
    const styles = Array.from({ length: 80 }, (_, i) => `<Style ss:ID="x${i}"><Font ss:FontName="宋体" ss:Size="12"/></Style>`).join("");
    const padded = new TextEncoder().encode(xml.replace("<Styles>", `<Styles>${styles}`));
    const book = await readOk("导出.xls", padded);
    expect(book.sheets[0].grid.values).toEqual([["收到申请数", 5]]);
  });
});

describe("xls reader: a sheet far longer than a report", () => {
  it("reads its first 20 000 rows and says so", async () => {
    const rows = Array.from({ length: 20_050 }, (_, r) => [r + 1]);
    const book = await read(makeXls([{ name: "流水", rows }]), DEFAULT_LIMITS);
    expect(book.sheets[0].grid.values.length).toBe(20_000);
    expect(book.notes).toEqual([{ sheet: "流水", message: expect.stringContaining("只读取了前 20000 行") }]);
  });
});

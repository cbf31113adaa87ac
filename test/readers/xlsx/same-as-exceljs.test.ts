/**
 * The values-only reader gives exactly what the exceljs path gave, on every .xlsx the test suite
 * can produce: the official templates, filled reports, hand-typed tables, workbooks with every
 * kind of value, and the fixtures LibreOffice wrote. Grids, hidden flags, uncached formulas and
 * far cells are compared whole.
 */
import * as ExcelJS from "exceljs";
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import * as XLSX from "@e965/xlsx";
import { nodeInflateRaw } from "../../../src/cli/read-file";
import { readXlsx } from "../../../src/cli/xlsx-read";
import { addPlanToWorkbook } from "../../../src/cli/xlsx-write";
import { FORMAT_IDS } from "../../../src/core/formats";
import { planTemplate } from "../../../src/core/layout";
import { DEFAULT_LIMITS } from "../../../src/readers/limits";
import { read } from "../../../src/readers/xlsx";
import { useRawInflate } from "../../../src/readers/zip";
import { filledTemplate, seedWorkbook } from "../../cli/helpers/workbooks";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function expectSame(data: Buffer): Promise<Awaited<ReturnType<typeof readXlsx>>> {
  const old = await readXlsx(data);
  const fresh = await read(new Uint8Array(data), DEFAULT_LIMITS);
  expect(fresh.notes).toEqual([]);
  expect(fresh.sheets).toEqual(old.sheets);
  expect(fresh.sheets.map((s) => s.farCells)).toEqual(old.sheets.map((s) => s.farCells));
  // The command line inflates with Node's zlib instead of fflate: the same sheets.
  useRawInflate(nodeInflateRaw);
  try {
    expect((await read(new Uint8Array(data), DEFAULT_LIMITS)).sheets).toEqual(fresh.sheets);
  } finally {
    useRawInflate(null);
  }
  return old;
}

describe("the values-only reader reads what exceljs read", () => {
  // Importing read-file hands zip parts to zlib; fflate first, then zlib in expectSame.
  beforeAll(() => useRawInflate(null));

  const years: Record<string, number[]> = { "legacy-2014": [2015, 2018], "national-2019": [2019, 2020], "national-2021": [2021, 2025] };
  for (const format of FORMAT_IDS) {
    for (const year of years[format]) {
      it(`the empty template, ${format} ${year}`, async () => {
        const wb = new ExcelJS.Workbook();
        addPlanToWorkbook(wb, planTemplate(format, year, "某市审计局"));
        await expectSame(await bytesOf(wb));
      });
    }
    it(`a filled template, ${format}`, async () => {
      await expectSame(await bytesOf(filledTemplate(format).workbook));
    });
    it(`a filled template with slips typed in, ${format}`, async () => {
      let n = 0;
      const slips = ["/", "5条", "１２", "", "减4", "3500元", "—", " 7 "];
      const { workbook } = filledTemplate(format, (_t, _k, v) => (n++ % 5 === 0 ? slips[n % slips.length] : v));
      await expectSame(await bytesOf(workbook));
    });
  }

  it("the seed's table typed in by hand", async () => {
    await expectSame(await bytesOf(seedWorkbook()));
  });

  it("every kind of value, hidden sheets, formulas with and without results", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("值");
    ws.getCell("B2").value = { formula: "B1+C1", result: 7 };
    ws.getCell("B3").value = { formula: "B2-B2", result: 0 };
    ws.getCell("B4").value = { formula: '"年"&"报"', result: "年报" };
    ws.getCell("B5").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("B6").value = { formula: "B5>0", result: true };
    ws.getCell("B7").value = { formula: "SUM(A1:A1)" } as ExcelJS.CellFormulaValue;
    ws.getCell("C2").value = { richText: [{ text: "（七）" }, { font: { bold: true }, text: "总计" }] };
    ws.getCell("C3").value = { text: "政府网站", hyperlink: "http://127.0.0.1/" };
    ws.getCell("C4").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("C5").value = "12";
    ws.getCell("C6").value = false;
    ws.getCell("C7").value = new Date(Date.UTC(2024, 0, 31));
    ws.getCell("C8").value = new Date(Date.UTC(2024, 0, 31, 8, 30));
    ws.getCell("C9").value = 3.25;
    ws.getCell("C10").value = "a & b < c";
    ws.getCell("C11").value = "行一\n行二";
    ws.getCell("D1").value = 45000;
    ws.getCell("D1").numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell("D2").value = 0.5;
    ws.getCell("D2").numFmt = "0.00%";
    ws.getCell("D3").value = { formula: "TODAY()", result: 45001 };
    ws.getCell("D3").numFmt = "yyyy-mm-dd";
    ws.getCell("H20").border = { top: { style: "thin" } };
    ws.getCell("E5").value = "表头";
    ws.mergeCells("E5:G6");
    ws.mergeCells("E8:F9"); // empty master
    ws.mergeCells("A12:A14"); // empty master, one column, at the left edge
    wb.addWorksheet("藏起来", { state: "hidden" }).getCell("A1").value = 2;
    wb.addWorksheet("很藏", { state: "veryHidden" }).getCell("C3").value = "x";
    wb.addWorksheet("空白");
    await expectSame(await bytesOf(wb));
  });

  it("a sheet with a stray entry in a far corner, beside a merged table", async () => {
    const { workbook, sheet } = filledTemplate("national-2021");
    sheet.getCell("XFD1048576").value = "误输入";
    sheet.getCell("A1048570").value = 1;
    const old = await expectSame(await bytesOf(workbook));
    expect(old.sheets[0].farCells?.count).toBe(2);
  });

  it("workbooks SheetJS writes (shared and inline strings)", async () => {
    const rows = [
      ["申请人情况", null, "自然人"],
      [1, 2.5, "3"],
      [true, null, "/"],
    ];
    for (const bookSST of [true, false]) {
      const wb = XLSX.utils.book_new();
      const ws = XLSX.utils.aoa_to_sheet(rows);
      ws["!merges"] = [XLSX.utils.decode_range("A1:B1")];
      XLSX.utils.book_append_sheet(wb, ws, "表");
      const data = XLSX.write(wb, { type: "buffer", bookType: "xlsx", bookSST }) as Buffer;
      await expectSame(data);
    }
  });

  const fixtures = join(__dirname, "../../fixtures");
  const xlsxFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return xlsxFiles(p);
      return /\.xl[st][xm]$/.test(f) && !f.includes("encrypted") && !f.includes("renamed") ? [p] : [];
    });
  for (const file of xlsxFiles(fixtures)) {
    it(`the fixture ${file.slice(fixtures.length + 1)}`, async () => {
      await expectSame(readFileSync(file));
    });
  }
});

/**
 * The exceljs writer: a plan written to .xlsx and read back has what the plan says — text,
 * merges, sizes, looks, number formats, validations, conditional formats, frozen rows, the print
 * setup and page breaks.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { inflateRawSync } from "zlib";
import { fromA1, toA1 } from "../../src/core/address";
import type { FormatId } from "../../src/core/formats/model";
import { planTemplate, type SheetPlan } from "../../src/core/layout";
import { addPlanToWorkbook, writeTemplateFile } from "../../src/cli/xlsx-write";

/** One file of an .xlsx (a zip), found through the zip's central directory. */
function zipEntry(buf: Buffer, name: string): string {
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    if (buf.toString("utf8", p + 46, p + 46 + nameLength) === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    p += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} not in the file`);
}

async function roundTrip(plan: SheetPlan): Promise<{ ws: ExcelJS.Worksheet; buffer: Buffer }> {
  const out = new ExcelJS.Workbook();
  addPlanToWorkbook(out, plan);
  const raw = await out.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(raw);
  const buffer = Buffer.from(raw as ArrayBuffer);
  const ws = back.getWorksheet(plan.name);
  if (!ws) throw new Error("sheet not found");
  return { ws, buffer };
}

/** Every cell of an A1 range. */
const cellsOf = (range: string): string[] => {
  const [a, b = a] = range.split(":");
  const p = fromA1(a);
  const q = fromA1(b);
  const out: string[] = [];
  for (let row = p.row; row <= q.row; row++) for (let col = p.col; col <= q.col; col++) out.push(toA1({ row, col }));
  return out;
};

describe.each([
  { format: "legacy-2014" as FormatId, year: 2017 },
  { format: "national-2019" as FormatId, year: 2020 },
  { format: "national-2021" as FormatId, year: 2025 },
])("$format written and read back", ({ format, year }) => {
  const plan = planTemplate(format, year, "XX市审计局");
  let ws: ExcelJS.Worksheet;
  let buffer: Buffer;
  beforeAll(async () => {
    ({ ws, buffer } = await roundTrip(plan));
  });

  test("every text in its cell, value cells empty", () => {
    plan.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        if (v !== null) expect(cell.value).toBe(v);
      }),
    );
    for (const t of plan.tables) for (const a1 of Object.values(t.cells)) expect(ws.getCell(a1).value).toBeNull();
  });

  test("the merges, exactly", () => {
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect([...merges].sort()).toEqual([...plan.merges].sort());
  });

  test("column widths and row heights", () => {
    // Width 9 is written as 9.01: exceljs would otherwise drop it as its default.
    plan.columnWidths.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBeCloseTo(w, 1));
    plan.rowHeights.forEach((h, i) => expect(ws.getRow(i + 1).height).toBe(h));
  });

  test("looks: font, alignment, borders and fills as the plan's groups say", () => {
    for (const g of plan.styles) {
      for (const range of g.ranges) {
        for (const a1 of cellsOf(range)) {
          const cell = ws.getCell(a1);
          // exceljs reads a font size as a whole number (10.5 comes back as 10); the file's own
          // sizes are checked below.
          expect(cell.font).toMatchObject({ name: plan.fontName, size: Math.trunc(g.style.size) });
          expect(Boolean(cell.font.bold)).toBe(g.style.bold);
          expect(cell.alignment).toMatchObject({ horizontal: g.style.horizontal, vertical: g.style.vertical });
          expect(Boolean(cell.alignment.wrapText)).toBe(g.style.wrap);
          expect(cell.alignment.indent ?? 0).toBe(g.style.indent);
          expect(cell.border?.top?.style === "thin").toBe(g.style.border);
          const fill = cell.fill as ExcelJS.FillPattern | undefined;
          if (g.style.fill) expect(fill?.fgColor?.argb).toBe(`FF${g.style.fill.slice(1)}`);
          else expect(fill?.pattern ?? "none").toBe("none");
        }
      }
    }
  });

  test("font sizes are written as planned, 10.5 included", () => {
    const styles = zipEntry(buffer, "xl/styles.xml");
    for (const size of new Set(plan.styles.map((g) => g.style.size))) expect(styles).toContain(`<sz val="${size}"/>`);
  });

  test("number formats and data validations on the value cells", () => {
    for (const g of plan.numberFormats) for (const r of g.ranges) for (const a1 of cellsOf(r)) expect(ws.getCell(a1).numFmt).toBe(g.format);
    for (const v of plan.validations) {
      for (const r of v.ranges) {
        for (const a1 of cellsOf(r)) {
          const dv = ws.getCell(a1).dataValidation;
          expect(dv).toMatchObject({
            type: v.type,
            allowBlank: true,
            operator: v.max === null ? "greaterThanOrEqual" : "between",
            formulae: v.max === null ? [v.min] : [v.min, v.max],
            showErrorMessage: true,
            showInputMessage: true,
            error: v.error,
            errorTitle: v.errorTitle,
            prompt: v.prompt,
            promptTitle: v.promptTitle,
          });
        }
      }
    }
  });

  test("conditional formats: expression rules with the plan's formulas and colours", () => {
    const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const got = cfs.map((cf) => {
      const rule = cf.rules[0] as ExcelJS.ExpressionRuleType;
      const fill = rule.style?.fill as ExcelJS.FillPattern;
      return { ref: cf.ref, type: rule.type, formula: rule.formulae?.[0], fill: fill?.bgColor?.argb };
    });
    const want = plan.conditionalFormats.map((cf) => ({ ref: cf.range, type: "expression", formula: cf.formula, fill: `FF${cf.fill.slice(1)}` }));
    expect(got).toEqual(want);
  });

  test("frozen rows, A4 print setup, footer", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: plan.freezeRows });
    const p = plan.print;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: p.margins,
    });
    expect(ws.pageSetup.printArea).toBe(p.printArea);
    if (p.titleRows) expect(ws.pageSetup.printTitlesRow).toBe(p.titleRows);
    expect(ws.headerFooter.oddFooter).toContain(p.footer);
  });

  test("manual page breaks below the row before each page's first row", () => {
    const xml = zipEntry(buffer, "xl/worksheets/sheet1.xml");
    const ids = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual(plan.print.pageBreaksBefore.map((r) => r - 1));
  });
});

describe("adding to a workbook", () => {
  test("a second copy gets a free name", async () => {
    const plan = planTemplate("national-2021", 2025, "XX市审计局");
    const wb = new ExcelJS.Workbook();
    expect(addPlanToWorkbook(wb, plan).name).toBe("2025年度统计表");
    expect(addPlanToWorkbook(wb, plan).name).toBe("2025年度统计表（2）");
  });

  test("writeTemplateFile writes an .xlsx that opens with the template on it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-template-"));
    try {
      const file = join(dir, "模板.xlsx");
      const plan = planTemplate("legacy-2014", 2016, "某县人民政府办公室");
      await writeTemplateFile(plan, file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["2016年度统计表"]);
      expect(wb.worksheets[0].getCell("A1").value).toBe("某县人民政府办公室2016年度政府信息公开工作情况统计表");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Inserting a sheet plan, against the office-addin-mock fake: what the adapter writes, where,
 * and in how many round trips. These prove the calls the adapter issues; whether Excel renders
 * them as intended (widths in points, fit-to-width with 0 pages tall) is not tested here.
 */
import { fromA1 } from "../../src/core/address";
import type { FormatId } from "../../src/core/formats/model";
import { columnPoints, planTemplate, type SheetPlan } from "../../src/core/layout";
import { createExcelHost } from "../../src/excel";
import { ExcelHostError } from "../../src/excel/errors";
import { mergeAwareAreas } from "../../src/excel/merged-areas";
import { generateNarrative, planNarrativeSheet } from "../../src/core/narrative";
import { FakeExcel, written, type RangeRecord } from "../helpers/excel-fake";
import { buildTables } from "../helpers/narrative-tables";

const AGENCY = "XX市审计局";
const CASES: ReadonlyArray<{ format: FormatId; year: number }> = [
  { format: "legacy-2014", year: 2017 },
  { format: "national-2019", year: 2020 },
  { format: "national-2021", year: 2025 },
];

function setup(api = "1.19", names = ["Sheet1"]) {
  const fake = new FakeExcel({ api, sheets: names.map((name) => ({ name, used: { address: "A1", values: [["旧数据"]] } })) }).install();
  const host = createExcelHost();
  return { fake, host };
}

/** Rows and columns of an A1 range, 1-based rows, 0-based columns. */
function span(range: string): { rows: number; cols: number } {
  const [a, b = a] = range.split(":");
  const p = fromA1(a);
  const q = fromA1(b);
  return { rows: q.row - p.row + 1, cols: q.col - p.col + 1 };
}

/** The single range record at `address` (the adapter asks once per range it writes). */
function only(records: RangeRecord[], address: string): RangeRecord {
  expect(records.map((r) => r.address)).toContain(address);
  const at = records.filter((r) => r.address === address && Object.keys(written(r.mock)).length > 0);
  expect(at.length).toBeGreaterThanOrEqual(1);
  return at[0];
}

/** Everything written on the ranges at `address`, merged. */
function writtenAt(records: RangeRecord[], address: string): Record<string, unknown> {
  const all = records.filter((r) => r.address === address).map((r) => written(r.mock));
  const merged: Record<string, unknown> = {};
  for (const w of all) {
    for (const [k, v] of Object.entries(w)) {
      merged[k] = typeof v === "object" && v !== null && !Array.isArray(v) ? { ...(merged[k] as object), ...(v as object) } : v;
    }
  }
  return merged;
}

/** The range record whose rows or columns (`A:C`, `5:9`) cover index `i`. */
function covering(records: RangeRecord[], kind: "col" | "row", i: number): RangeRecord[] {
  return records.filter((r) => {
    const m = kind === "col" ? /^([A-Z]+):([A-Z]+)$/.exec(r.address) : /^(\d+):(\d+)$/.exec(r.address);
    if (!m) return false;
    const from = kind === "col" ? fromA1(`${m[1]}1`).col : Number(m[1]) - 1;
    const to = kind === "col" ? fromA1(`${m[2]}1`).col : Number(m[2]) - 1;
    return from <= i && i <= to;
  });
}

describe.each(CASES)("insertPlan $format $year on ExcelApi 1.19 (mock: calls and round trips)", ({ format, year }) => {
  let plan: SheetPlan;
  let fake: FakeExcel;
  let sheet: string;
  let ranges: RangeRecord[];

  beforeAll(async () => {
    plan = planTemplate(format, year, AGENCY);
    const s = setup("1.19", ["Sheet1", plan.name]);
    fake = s.fake;
    sheet = await s.host.insertPlan(plan);
    ranges = fake.sheet(sheet).ranges;
  });

  test("at most 2 round trips, each run with delayForCellEdit", () => {
    expect(fake.trips()).toBe(2);
    expect(fake.runs).toEqual([{ delayForCellEdit: true }]);
  });

  test("a new sheet with a free name; the sheets already there are not touched", () => {
    expect(sheet).toBe(`${plan.name}（2）`);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", plan.name, sheet]);
    for (const name of ["Sheet1", plan.name]) {
      expect(fake.sheet(name).ranges).toEqual([]);
      expect(fake.sheet(name).used).toEqual({ address: "A1", values: [["旧数据"]] });
    }
    expect(fake.writes.filter((w) => w.startsWith("add "))).toEqual([`add ${sheet}`]);
  });

  test("every text in one 2-D array over the whole plan, empty cells as empty strings, in the plan's font", () => {
    const whole = `A1:${String.fromCharCode(64 + plan.columnCount)}${plan.rowCount}`;
    const w = writtenAt(ranges, whole);
    expect(w.values).toEqual(plan.values.map((row) => row.map((v) => v ?? "")));
    expect((w.format as { font: { name: string } }).font.name).toBe(plan.fontName);
    const valueWrites = ranges.filter((r) => "values" in written(r.mock));
    expect(valueWrites).toHaveLength(1);
  });

  test("each style group's ranges get font size, bold, alignment, wrap, indent, fill and thin black borders", () => {
    for (const group of plan.styles) {
      for (const address of group.ranges) {
        const rec = only(ranges, address);
        const f = written(rec.mock).format as Record<string, unknown>;
        const s = group.style;
        expect(f.font).toEqual({ size: s.size, bold: s.bold });
        expect(f.horizontalAlignment).toBe({ left: "Left", center: "Center", right: "Right" }[s.horizontal]);
        expect(f.verticalAlignment).toBe({ top: "Top", middle: "Center", bottom: "Bottom" }[s.vertical]);
        expect(f.wrapText).toBe(s.wrap);
        expect(f.indentLevel).toBe(s.indent > 0 ? s.indent : undefined);
        expect(f.fill).toEqual(s.fill ? { color: s.fill } : undefined);
        const edges = [...rec.borders.keys()].sort();
        if (s.border) {
          const { rows, cols } = span(address);
          const expected = ["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop"];
          if (rows > 1) expected.push("InsideHorizontal");
          if (cols > 1) expected.push("InsideVertical");
          expect(edges).toEqual(expected.sort());
          for (const b of rec.borders.values()) expect(written(b)).toEqual({ style: "Continuous", weight: "Thin", color: "#000000" });
        } else {
          expect(edges).toEqual([]);
        }
      }
    }
  });

  test("every merge of the plan is merged (not across), before any cell is styled (a fill given first can be lost)", () => {
    const merged = ranges.filter((r) => r.merged.length > 0);
    expect(merged.map((r) => r.address).sort()).toEqual([...plan.merges].sort());
    for (const r of merged) expect(r.merged).toEqual([false]);
    // Ranges are asked for in the order the adapter queues its writes.
    const firstStyled = ranges.findIndex((r) => (written(r.mock).format as { font?: { size?: number } } | undefined)?.font?.size !== undefined);
    const lastMerged = ranges.map((r) => r.merged.length > 0).lastIndexOf(true);
    expect(lastMerged).toBeLessThan(firstStyled);
  });

  test("column widths in points (columnPoints) and row heights in points, for every column and row", () => {
    plan.columnWidths.forEach((width, i) => {
      const recs = covering(ranges, "col", i);
      expect(recs).toHaveLength(1);
      expect((written(recs[0].mock).format as { columnWidth: number }).columnWidth).toBeCloseTo(columnPoints(width), 6);
    });
    plan.rowHeights.forEach((height, i) => {
      const recs = covering(ranges, "row", i);
      expect(recs).toHaveLength(1);
      expect((written(recs[0].mock).format as { rowHeight: number }).rowHeight).toBe(height);
    });
  });

  test("number formats as 2-D arrays the size of each range, a merge it touches taken whole", () => {
    for (const group of plan.numberFormats) {
      for (const address of group.ranges.flatMap((a) => mergeAwareAreas(a, plan.merges))) {
        const { rows, cols } = span(address);
        expect(writtenAt(ranges, address).numberFormat).toEqual(Array.from({ length: rows }, () => Array.from({ length: cols }, () => group.format)));
      }
    }
  });

  test("data validation on every value range, a merge it touches taken whole: the plan's type and bounds, blanks allowed, Chinese prompt and error", () => {
    for (const group of plan.validations) {
      for (const address of group.ranges.flatMap((a) => mergeAwareAreas(a, plan.merges))) {
        const dv = writtenAt(ranges, address).dataValidation as Record<string, unknown>;
        const limits = group.max === null ? { formula1: group.min, operator: "GreaterThanOrEqualTo" } : { formula1: group.min, formula2: group.max, operator: "Between" };
        expect(dv.rule).toEqual(group.type === "whole" ? { wholeNumber: limits } : { decimal: limits });
        expect(dv.ignoreBlanks).toBe(true);
        expect(dv.prompt).toEqual({ showPrompt: true, title: group.promptTitle, message: group.prompt });
        expect(dv.errorAlert).toEqual({ showAlert: true, style: "Stop", title: group.errorTitle, message: group.error });
      }
    }
  });

  test("each conditional format: a custom rule with the plan's formula after `=`, its fill and font colour", () => {
    const made = ranges.flatMap((r) => r.conditionalFormats.map((cf) => ({ address: r.address, ...cf })));
    expect(made).toHaveLength(plan.conditionalFormats.length);
    plan.conditionalFormats.forEach((cf, i) => {
      expect(made[i].address).toBe(cf.range);
      expect(made[i].type).toBe("Custom");
      expect(written(made[i].mock)).toEqual({ custom: { rule: { formula: `=${cf.formula}` }, format: { fill: { color: cf.fill }, font: { color: cf.fontColor } } } });
    });
  });

  test("header rows frozen, the sheet activated", () => {
    const s = fake.sheet(sheet);
    expect(s.frozenRows).toEqual([plan.freezeRows]);
    expect(s.activated).toBe(1);
  });

  test("A4 print setup: orientation, 1 page wide, margins in inches, centred, print area, title rows, page breaks, footer", () => {
    const s = fake.sheet(sheet);
    const p = plan.print;
    const layout = fake.layoutWritten(sheet);
    expect(layout.paperSize).toBe("A4");
    expect(layout.orientation).toBe(p.orientation === "landscape" ? "Landscape" : "Portrait");
    expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(layout.centerHorizontally).toBe(true);
    expect(layout.headersFooters).toEqual({ defaultForAllPages: { centerFooter: p.footer } });
    expect(s.printMargins).toEqual([{ unit: "Inches", margins: p.margins }]);
    expect(s.printArea).toEqual([p.printArea]);
    expect(s.printTitleRows).toEqual(p.titleRows ? [p.titleRows] : []);
    expect(s.pageBreaks).toEqual(p.pageBreaksBefore.map((row) => `A${row}`));
  });
});

describe("insertPlan on merged value cells (mock)", () => {
  test("2021 format: validation and number format cover the merged D11:F11, D14:F14, D15:F15, never their first column alone", async () => {
    const plan = planTemplate("national-2021", 2025, AGENCY);
    const { fake, host } = setup();
    await host.insertPlanDetailed(plan);
    const ranges = fake.sheet(plan.name).ranges;
    for (const address of ["D11:F11", "D14:F14", "D15:F15", "D18:F18"]) {
      expect(writtenAt(ranges, address).dataValidation).toBeDefined();
      expect(writtenAt(ranges, address).numberFormat).toEqual([["0", "0", "0"]].map((row) => row.map(() => expect.any(String))));
    }
    for (const address of ["D11", "D14:D15", "D18"]) {
      expect(writtenAt(ranges, address).dataValidation).toBeUndefined();
      expect(writtenAt(ranges, address).numberFormat).toBeUndefined();
    }
  });

  test("a range without merges sticking out stays as it is; one touching merges is split into whole merges and the rest", () => {
    expect(mergeAwareAreas("D9:F12", ["D9:F9"])).toEqual(["D9:F12"]);
    expect(mergeAwareAreas("D11", ["D11:F11", "A1:B1"])).toEqual(["D11:F11"]);
    expect(mergeAwareAreas("D14:D16", ["D14:F14", "D15:F15"])).toEqual(["D14:F14", "D15:F15", "D16"]);
  });
});

describe("insertPlan on older Excel (mock)", () => {
  const plan = planTemplate("national-2021", 2025, AGENCY);

  test("ExcelApi 1.7 (the manifest's minimum): the table still goes in, in 2 round trips; validation and print setup are skipped and named", async () => {
    const { fake, host } = setup("1.7");
    const result = await host.insertPlanDetailed(plan);
    expect(fake.trips()).toBe(2);
    expect(result.sheet).toBe(plan.name);
    expect(result.skipped.map((s) => [s.part, s.requires])).toEqual([
      ["dataValidation", "ExcelApi 1.8"],
      ["pageLayout", "ExcelApi 1.9"],
    ]);
    for (const s of result.skipped) expect(s.label).toMatch(/[\u4e00-\u9fff]/);
    const ranges = fake.sheet(plan.name).ranges;
    expect(ranges.some((r) => "dataValidation" in written(r.mock))).toBe(false);
    expect(fake.layoutWritten(plan.name)).toEqual({});
    expect(fake.violations).toEqual([]);
    // Conditional formats (1.6) and frozen rows (1.7) are there.
    expect(ranges.flatMap((r) => r.conditionalFormats)).toHaveLength(plan.conditionalFormats.length);
    expect(fake.sheet(plan.name).frozenRows).toEqual([plan.freezeRows]);
    expect(host.capabilities).toEqual({
      changeEvents: true,
      multiSelect: false,
      dataValidation: false,
      conditionalFormats: true,
      pageLayout: false,
      paneOpensWithDocument: true,
    });
  });

  test("ExcelApi 1.8: indentation needs 1.9, so the legacy table's indented labels are named as skipped and no indent is set", async () => {
    const legacy = planTemplate("legacy-2014", 2017, AGENCY);
    const { fake, host } = setup("1.8");
    const result = await host.insertPlanDetailed(legacy);
    expect(result.skipped.map((s) => s.part)).toEqual(["indent", "pageLayout"]);
    const formats = fake.sheet(legacy.name).ranges.map((r) => written(r.mock).format as Record<string, unknown> | undefined);
    expect(formats.some((f) => f !== undefined && "indentLevel" in f)).toBe(false);
    expect(fake.sheet(legacy.name).ranges.some((r) => "dataValidation" in written(r.mock))).toBe(true);
  });

  test("ExcelApi 1.19: nothing skipped", async () => {
    const { host } = setup("1.19");
    expect((await host.insertPlanDetailed(plan)).skipped).toEqual([]);
  });
});

describe("insertPlan names and failures (mock)", () => {
  const plan = planTemplate("national-2021", 2025, AGENCY);

  test("a name taken in another case still gets a suffix (Excel ignores case)", async () => {
    const { host } = setup("1.19", ["2025年度统计表", "2025年度统计表（2）"]);
    expect(await host.insertPlan(plan)).toBe("2025年度统计表（3）");
  });

  test("the sheet list is learnt by the insertion, so the next check reads in 1 round trip", async () => {
    const { fake, host } = setup();
    await host.insertPlan(plan);
    fake.trips();
    const sheets = await host.readSheets();
    expect(fake.trips()).toBe(1);
    expect(sheets.map((s) => s.name)).toEqual(["Sheet1", plan.name]);
  });

  test("Excel failing the write batch: a Chinese error naming the sheet and what to do", async () => {
    const { fake, host } = setup();
    // The first round trip (the sheet list) succeeds; the second (the writes) fails.
    fake.failNextSync("GeneralException", "The request failed.", 1);
    const attempt = host.insertPlan(plan);
    await expect(attempt).rejects.toBeInstanceOf(ExcelHostError);
    await expect(attempt).rejects.toThrow(`插入统计表时 Excel 报错：The request failed。工作表“${plan.name}”可能只插入了一部分，请删除该工作表后重试。`);
  });

  test("Excel failing the first round trip: nothing was added, and the message says the table is not in", async () => {
    const { fake, host } = setup();
    fake.failNextSync("GeneralException", "The request failed.");
    await expect(host.insertPlan(plan)).rejects.toThrow(/^无法读取工作表列表，统计表没有插入/);
    expect(fake.writes).toEqual([]);
  });

  test("a label Excel would read as a formula or number goes in as text (quote prefix)", async () => {
    const odd: SheetPlan = { ...plan, values: plan.values.map((row, r) => row.map((v, c) => (r === 2 && c === 0 ? "-8" : v))) };
    const { fake, host } = setup();
    await host.insertPlan(odd);
    const values = fake
      .sheet(plan.name)
      .ranges.map((r) => written(r.mock).values)
      .find((v) => v !== undefined) as string[][];
    expect(values[2][0]).toBe("'-8");
  });
});

describe("insertPlan: rows the plan leaves unsized fit their text (mock: calls only)", () => {
  test("the narrative sheet (no row heights): every row autofitted in the same batch", async () => {
    const { tables } = buildTables("national-2021", 2025);
    const { plan: narrativePlan } = planNarrativeSheet(generateNarrative(tables, { subject: "我局" }), "某市某局");
    expect(narrativePlan.rowHeights).toEqual([]);
    const { fake, host } = setup("1.19");
    await host.insertPlan(narrativePlan);
    expect(fake.writes).toContain(`autofitRows 1:${narrativePlan.rowCount}`);
    expect(fake.trips()).toBe(2);
  });

  test("a statistics template sizes every row itself: nothing autofitted", async () => {
    const template = planTemplate("national-2021", 2025, AGENCY);
    expect(template.rowHeights).toHaveLength(template.rowCount);
    const { fake, host } = setup("1.19");
    await host.insertPlan(template);
    expect(fake.writes.filter((w) => w.startsWith("autofitRows"))).toEqual([]);
  });
});

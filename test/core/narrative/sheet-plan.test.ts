/**
 * The narrative sheet's plan: one column, the title, every heading, each paragraph under its own
 * heading (or its row reserved), A4 portrait; and what the text checks and the locator make of it
 * once it is in a workbook beside the tables.
 */
import { fromA1 } from "../../../src/core/address";
import { checkTables } from "../../../src/core/check-tables";
import { FORMATS } from "../../../src/core/formats";
import type { FormatId } from "../../../src/core/formats/model";
import { planTemplate } from "../../../src/core/layout";
import {
  agencyFromTitles,
  checkNarrativeText,
  generateNarrative,
  narrativeSheetName,
  plainText,
  planNarrativeSheet,
  reportTitle,
  selfReferenceFor,
} from "../../../src/core/narrative";
import type { CellValue, SheetGrid } from "../../../src/core/types";
import { SEED_TABLE_TITLE, seedValues } from "../../helpers/narrative-seed";
import { buildTables } from "../../helpers/narrative-tables";

const YEAR_OF: Record<FormatId, number> = { "legacy-2014": 2017, "national-2019": 2020, "national-2021": 2025 };

function gridOf(plan: ReturnType<typeof planNarrativeSheet>["plan"], name = plan.name): SheetGrid {
  return { name, values: plan.values.map((r) => [...r]), originRow: 0, originCol: 0 };
}

const textAt = (values: (string | null)[][], a1: string): string | null => {
  const p = fromA1(a1);
  return values[p.row]?.[p.col] ?? null;
};

describe("planNarrativeSheet (2021 format, a year with nothing to report)", () => {
  const { tables } = buildTables("national-2021", 2025);
  const narrative = generateNarrative(tables, { subject: "我局" });
  const { plan, slots } = planNarrativeSheet(narrative, "  某市某局 ");

  it("is a new sheet named for the year, one column: title, then every heading of the format", () => {
    expect(plan.name).toBe("2025年度报告正文");
    expect(narrativeSheetName(2025)).toBe(plan.name);
    expect(plan.columnCount).toBe(1);
    expect(plan.values.every((r) => r.length === 1)).toBe(true);
    expect(plan.values[0][0]).toBe("某市某局2025年度政府信息公开工作年度报告");
    expect(plan.agency).toBe("某市某局");
    const headings = plan.values.map((r) => r[0]).filter((v): v is string => v !== null && /^[一二三四五六七八九]、/.test(v));
    expect(headings).toEqual([...FORMATS["national-2021"].sections]);
    expect(plan.tables).toEqual([]);
  });

  it("puts each paragraph right under its heading, and reserves the row of one not generated", () => {
    expect(slots.map((s) => [s.id, s.heading, s.offset, s.paragraph?.text ?? null])).toEqual([
      ["requests", "三、收到和处理政府信息公开申请情况", 1, "2025年，我局未收到政府信息公开申请。"],
      ["appeals", "四、政府信息公开行政复议、行政诉讼情况", 1, "2025年，我局未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。"],
      ["fees", "六、其他需要报告的事项", 1, null],
    ]);
    for (const slot of slots) {
      const p = fromA1(slot.address);
      expect(plan.values[p.row - slot.offset][0]).toBe(slot.heading);
      expect(textAt(plan.values, slot.address)).toBe(slot.paragraph?.text ?? null);
    }
  });

  it("leaves an empty row under a section with nothing generated, for the user's own text", () => {
    const at = plan.values.findIndex((r) => r[0] === "五、存在的主要问题及改进情况");
    expect(plan.values[at + 1][0]).toBeNull();
  });

  it("styles the title large and bold, headings bold, text wrapped; every row exactly once", () => {
    const byId = Object.fromEntries(plan.styles.map((g) => [g.id, g]));
    expect(byId.title.style).toMatchObject({ bold: true, size: 16, horizontal: "center" });
    expect(byId.title.ranges).toEqual(["A1"]);
    expect(byId.section.style).toMatchObject({ bold: true, wrap: true, border: false });
    expect(byId.label.style).toMatchObject({ bold: false, wrap: true, vertical: "top", border: false });
    const rows: number[] = [];
    for (const g of plan.styles)
      for (const range of g.ranges) {
        const [a, b = a] = range.split(":");
        for (let r = fromA1(a).row; r <= fromA1(b).row; r++) rows.push(r);
      }
    expect(rows.sort((x, y) => x - y)).toEqual(plan.values.map((_, i) => i));
    const headingRows = byId.section.ranges.flatMap((r) => r.split(":").map((a) => fromA1(a).row));
    expect(new Set(headingRows.map((r) => plan.values[r][0]?.slice(0, 2)))).toEqual(new Set(["一、", "二、", "三、", "四、", "五、", "六、"]));
  });

  it("prints on A4 portrait, one page wide, the whole column", () => {
    expect(plan.print).toMatchObject({ paper: "A4", orientation: "portrait", fitToWidth: 1, fitToHeight: 0, printArea: `A1:A${plan.rowCount}` });
    expect(plan.rowCount).toBe(plan.values.length);
    // Wide enough for a line of text, narrow enough for the page at 100 %.
    const points = ((plan.columnWidths[0] * 7 + 5) * 72) / 96;
    const page = 595.3 - (plan.print.margins.left + plan.print.margins.right) * 72;
    expect(points).toBeLessThanOrEqual(page);
    expect(points).toBeGreaterThan(page * 0.85);
    // Heights are the host's to fit the wrapped text (also after edits).
    expect(plan.rowHeights).toEqual([]);
    expect(plan.merges).toEqual([]);
    expect(plan.validations).toEqual([]);
    expect(plan.conditionalFormats).toEqual([]);
  });
});

describe("each paragraph stands under the section its statement belongs to", () => {
  it.each(["legacy-2014", "national-2019", "national-2021"] as const)("%s: every statement generated, every one in its slot", (format) => {
    const { tables } = buildTables(format, YEAR_OF[format]);
    const narrative = generateNarrative(tables, { subject: "我单位", feesCollected: 0, proposals: 0 });
    const { slots } = planNarrativeSheet(narrative);
    expect(slots.map((s) => s.id).sort()).toEqual(narrative.paragraphs.map((p) => p.id).sort());
    for (const p of narrative.paragraphs) {
      const slot = slots.find((s) => s.id === p.id);
      expect({ id: p.id, heading: slot?.heading }).toEqual({ id: p.id, heading: p.section });
    }
  });
});

describe("the sheet in a workbook beside the tables", () => {
  it("is not taken for a table, and its own text raises no text finding", () => {
    const template = planTemplate("national-2021", 2025, "某市某局");
    const values: CellValue[][] = template.values.map((r) => [...r]);
    for (const t of template.tables)
      for (const a1 of Object.values(t.cells)) {
        const p = fromA1(a1);
        values[p.row][p.col] = 0;
      }
    const tablesSheet: SheetGrid = { name: template.name, values, originRow: 0, originCol: 0 };
    const before = checkTables([tablesSheet]);
    expect(before.findings).toEqual([]);
    const narrative = generateNarrative(before.tables, { subject: "我局", feesCollected: 0, style: "detailed" });
    const { plan } = planNarrativeSheet(narrative, "某市某局");
    const sheets = [tablesSheet, gridOf(plan)];
    const after = checkTables(sheets);
    expect(after.tables.map((t) => [t.sheet, t.table])).toEqual(before.tables.map((t) => [t.sheet, t.table]));
    expect(checkNarrativeText(sheets, after.tables)).toEqual([]);
  });

  it("is read by the text checks: last year's sheet under this year's tables is flagged", () => {
    const { tables, sheet } = buildTables("national-2021", 2025);
    const old = generateNarrative(buildTables("national-2021", 2024).tables, { subject: "我局" });
    const findings = checkNarrativeText([sheet, gridOf(planNarrativeSheet(old, "某市某局").plan)], tables);
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["narrative.stale-year"]));
    expect(findings.every((f) => f.sheet === "2024年度报告正文")).toBe(true);
  });
});

describe("plainText", () => {
  it("the seed (2017, 我单位): its three sentences under their headings, the title first when given", () => {
    const seed = buildTables("legacy-2014", 2017, { L: seedValues() }, { title: SEED_TABLE_TITLE });
    const narrative = generateNarrative(seed.tables, { subject: "我单位" });
    expect(plainText(narrative, reportTitle("", 2017))).toBe(
      [
        "2017年度政府信息公开工作年度报告",
        "",
        "三、政府信息公开申请办理情况",
        "2017年度，未有公民、法人或其他组织向我单位申请公开信息情况。",
        "",
        "四、政府信息公开收费及减免情况",
        "2017年度，我单位无政府信息公开收费及减免情况。",
        "",
        "五、因政府信息公开申请提起行政复议、行政诉讼的情况",
        "2017年度，我单位没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
        "",
      ].join("\n"),
    );
  });

  it("is empty when nothing could be generated", () => {
    const { tables } = buildTables("national-2021", 2025, {}, { fill: null });
    expect(plainText(generateNarrative(tables, { subject: "我局" }))).toBe("");
  });
});

describe("the agency and how the text names it", () => {
  it("reads the agency from the title above the tables, not from other sheets or a title without one", () => {
    const { tables, sheet } = buildTables("national-2021", 2025, {}, { title: "某县审计局2025年度政府信息公开工作年度报告" });
    const other: SheetGrid = { name: "说明", values: [["某某办2025年度政府信息公开工作年度报告"]], originRow: 0, originCol: 0 };
    expect(agencyFromTitles([other, sheet], tables)).toBe("某县审计局");
    const legacy = buildTables("legacy-2014", 2017, {}, { title: "XX区国资局2017年度政府信息公开工作情况统计表" });
    expect(agencyFromTitles([legacy.sheet], legacy.tables)).toBe("XX区国资局");
    const seed = buildTables("legacy-2014", 2017, {}, { title: SEED_TABLE_TITLE });
    expect(agencyFromTitles([seed.sheet], seed.tables)).toBeNull();
    const about = buildTables("national-2021", 2025, {}, { title: "关于2025年度政府信息公开工作年度报告的说明" });
    expect(agencyFromTitles([about.sheet], about.tables)).toBeNull();
  });

  it("names the agency by its kind: 我局, 我委, 我办, 我乡, 我镇, else 我单位", () => {
    expect(["XX市审计局", "XX市发展和改革委员会", "XX市卫健委", "区政府办公室", "XX乡", "XX镇", "XX市档案馆", ""].map(selfReferenceFor)).toEqual([
      "我局",
      "我委",
      "我委",
      "我办",
      "我乡",
      "我镇",
      "我单位",
      "我单位",
    ]);
  });
});

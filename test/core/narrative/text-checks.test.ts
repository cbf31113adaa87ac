import type { FormatId } from "../../../src/core/formats/model";
import { STYLES, checkNarrativeText, generateNarrative } from "../../../src/core/narrative";
import type { Finding } from "../../../src/core/types";
import { SEED_PROSE, SEED_TABLE_TITLE, seedValues } from "../../helpers/narrative-seed";
import { buildTables, lineCell, proseSheet, type Overrides } from "../../helpers/narrative-tables";

const rules = (findings: Finding[]): string[] => findings.map((f) => f.rule);
const seedLine = (start: string): number => SEED_PROSE.findIndex((l) => l.trim().startsWith(start));

/** The report's text on sheet `正文`, the tables (labels included) on `统计表`. */
function check(format: FormatId, year: number, overrides: Overrides, lines: readonly string[], oneCell = false) {
  const built = buildTables(format, year, overrides);
  return checkNarrativeText([proseSheet("正文", lines, oneCell), built.sheet], built.tables);
}

describe("the seed report", () => {
  const seedCheck = (year: number, overrides: Record<string, number> = {}) => {
    const built = buildTables("legacy-2014", year, { L: { ...seedValues(), ...overrides } }, { title: SEED_TABLE_TITLE });
    return checkNarrativeText([proseSheet("正文", SEED_PROSE), built.sheet], built.tables);
  };

  test("as published (2017, nothing requested): no finding — `2018年，将重点…` is not a stale year", () => {
    expect(seedCheck(2017)).toEqual([]);
  });

  test("copied into the 2018 report unchanged: each zero statement's year, the 八 heading and the table title are flagged", () => {
    const findings = seedCheck(2018);
    expect(findings.every((f) => f.rule === "narrative.stale-year" && f.severity === "error")).toBe(true);
    const textCells = findings.filter((f) => f.sheet === "正文").map((f) => f.cells[0]);
    expect(textCells).toEqual(
      [seedLine("2017年度，未有"), seedLine("2017年度，我单位无"), seedLine("2017年度，我单位没有"), seedLine("八、"), seedLine("2017年度，我局无")].map(lineCell),
    );
    expect(findings[0].message).toContain("写2017年，报告年度为2018年");
    expect(findings.find((f) => f.sheet === "统计表")?.message).toContain("2017年度政府信息公开工作情况统计表");
    // The plans for next year and the opening paragraph's `2017年，` are not statements of the numbers.
    expect(textCells).not.toContain(lineCell(seedLine("2017年，我单位政府信息公开工作取得一定成效")));
    expect(textCells).not.toContain(lineCell(seedLine("2017年，我局在区政府办公室")));
  });

  test("the seed's text with requests in the table: the “未有…申请” sentence contradicts it", () => {
    const findings = seedCheck(2017, { "L3.1|value": 2, "L3.1.3|value": 2 });
    expect(rules(findings)).toEqual(["narrative.requests-contradict"]);
    const f = findings[0];
    expect(f.severity).toBe("error");
    expect(f.sheet).toBe("正文");
    expect(f.message).toContain("“（一）收到申请数”填 2");
    expect(f.message).toContain("未有公民、法人或其他组织向我单位申请公开信息情况");
    const built = buildTables("legacy-2014", 2017, { L: seedValues() }, { title: SEED_TABLE_TITLE });
    const pos = built.tables[0].cells["L3.1|value"];
    expect(f.cells).toEqual([lineCell(seedLine("2017年度，未有")), `'统计表'!B${pos.row + 1}`]);
  });

  test("fees and appeals in the table: the seed's 四 and 五 sentences contradict it", () => {
    const findings = seedCheck(2017, { "L3.1|value": 1, "L3.1.1|value": 1, "L8|value": 0.02, "L5|value": 1, "L5.3|value": 1 });
    expect(rules(findings)).toEqual(["narrative.requests-contradict", "narrative.fees-contradict", "narrative.appeals-contradict"]);
    expect(findings[1].message).toContain("填 0.02万元");
    expect(findings[2].message).toContain("“五、行政诉讼数量”填 1");
  });
});

describe("contradictions, both directions", () => {
  test("2021: text says none, the table shows requests and appeals", () => {
    const lines = [
      "三、收到和处理政府信息公开申请情况",
      "2023年，区政府国资局未收到政府信息公开申请。",
      "四、政府信息公开行政复议、行政诉讼情况",
      "本年度涉及政府信息公开的行政复议、行政诉讼案件为0件。",
    ];
    const findings = check("national-2021", 2023, { B: { "B1|total": 4 }, C: { "C1|direct.total": 1 } }, lines);
    expect(rules(findings)).toEqual(["narrative.requests-contradict", "narrative.appeals-contradict"]);
    expect(findings[0].message).toContain("“一、本年新收政府信息公开申请数量”（总计）填 4");
    expect(findings[0].cells[0]).toBe("A2");
    expect(findings[1].message).toContain("“行政诉讼·未经复议直接起诉·总计”填 1");
    expect(findings[1].cells[0]).toBe("A4");
  });

  test("the reverse: the table is all zero but the text states requests (the other numbers are number-mismatch's)", () => {
    const lines = ["2023年，我局共收到政府信息公开申请5件，上年结转1件；本年度办理完毕5件，其中予以公开5件；结转下年度继续办理1件。"];
    const findings = check("national-2021", 2023, {}, lines);
    expect(rules(findings)).toEqual(["narrative.requests-contradict", ...Array(4).fill("narrative.number-mismatch")]);
    expect(findings[0].message).toContain("称收到政府信息公开申请 5 件");
    expect(findings[0].message).toContain("填 0");
  });

  test("a stated number the table does not show (both non-zero: number-mismatch); a total that includes the carry-over is accepted", () => {
    const table = { B: { "B1|total": 5, "B2|total": 1 } };
    expect(rules(check("national-2021", 2023, table, ["2023年，我局共收到政府信息公开申请4件。"]))).toEqual(["narrative.number-mismatch"]);
    expect(rules(check("national-2021", 2023, table, ["2023年，我局共收到政府信息公开申请0件。"]))).toEqual(["narrative.requests-contradict"]);
    expect(check("national-2021", 2023, table, ["2023年，我局共收到政府信息公开申请5件。"])).toEqual([]);
    expect(check("national-2021", 2023, table, ["2023年，我局共收到政府信息公开申请6件（含上年结转1件）。"])).toEqual([]);
    expect(check("national-2021", 2023, table, ["2023年，我局共收到政府信息公开申请五件。"])).toEqual([]);
  });

  test("appeals counts: 行政复议 and 行政诉讼 compared separately", () => {
    const table = { C: { "C1|review.total": 2, "C1|afterReview.total": 1 } };
    expect(check("national-2021", 2023, table, ["2023年，因政府信息公开工作被申请行政复议2件；被提起行政诉讼1件。"])).toEqual([]);
    const findings = check("national-2021", 2023, table, ["2023年，因政府信息公开工作被申请行政复议2件；被提起行政诉讼0件。"]);
    expect(rules(findings)).toEqual(["narrative.appeals-contradict"]);
    expect(findings[0].message).toContain("行政诉讼 0 件");
  });

  test("negations that are not “none”: 尚未审结, 未经复议", () => {
    const pending = { C: { "C1|review.pending": 1, "C1|review.total": 1 } };
    expect(check("national-2021", 2023, pending, ["2023年，我局被申请行政复议1件，目前尚未审结行政复议案件1件。"])).toEqual([]);
    const direct = { C: { "C1|direct.upheld": 1, "C1|direct.total": 1 } };
    expect(check("national-2021", 2023, direct, ["2023年，申请人未经行政复议直接提起行政诉讼1件，结果维持。"])).toEqual([]);
  });

  test("denying one outcome is not denying the cases: 未发生行政复议纠错案件", () => {
    const upheld = { C: { "C1|review.upheld": 1, "C1|review.total": 1 } };
    expect(check("national-2021", 2023, upheld, ["2023年，我局被申请行政复议1件，结果维持，未发生行政复议纠错案件。"])).toEqual([]);
    expect(rules(check("national-2021", 2023, upheld, ["2023年，我局未发生行政复议案件。"]))).toEqual(["narrative.appeals-contradict"]);
  });

  test("“未收到和处理” also denies last year's carry-over", () => {
    const carried = { B: { "B2|total": 1 } };
    expect(rules(check("national-2021", 2023, carried, ["2023年度，民意乡未收到和处理政府信息公开申请，零报告。"]))).toEqual(["narrative.requests-contradict"]);
    expect(check("national-2021", 2023, carried, ["2023年，民意乡未收到政府信息公开申请。"])).toEqual([]);
  });

  test("a blank table cell is not compared (the checker reports the blank)", () => {
    expect(check("national-2021", 2023, { B: { "B1|total": null } }, ["2023年，我局未收到政府信息公开申请。"])).toEqual([]);
  });

  test("2021 fees: 未收取信息处理费 cannot contradict a table that holds no collected fees", () => {
    expect(check("national-2021", 2023, { B: { "B3.6.2|total": 1 } }, ["六、其他需要报告的事项", "2023年，我局未收取信息处理费。"])).toEqual([]);
  });
});

describe("years", () => {
  test("a zero statement copied from last year", () => {
    const findings = check("national-2021", 2023, {}, ["2022年，区政府国资局未收到政府信息公开申请。"]);
    expect(findings).toEqual([expect.objectContaining({ rule: "narrative.stale-year", severity: "error", sheet: "正文", cells: ["A1"] })]);
    expect(findings[0].message).toContain("写2022年，报告年度为2023年");
  });

  test("the report's own title with last year", () => {
    const findings = check("national-2021", 2023, {}, ["某某区审计局2022年政府信息公开工作年度报告", "2023年，我局未收到政府信息公开申请。"]);
    expect(rules(findings)).toEqual(["narrative.stale-year"]);
    expect(findings[0].cells).toEqual(["A1"]);
  });

  test("other years a report legitimately names are left alone", () => {
    const lines = [
      "某某区审计局2023年政府信息公开工作年度报告",
      "本报告根据2019年修订的《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号要求编制。",
      "2023年，我局未收到政府信息公开申请，与2022年相比无变化。",
      "2024年，将重点做好以下几方面工作：",
      "2023年共收到政府信息公开申请0件，2022年为3件。",
      "2022年收到政府信息公开申请3件，2023年未收到政府信息公开申请。",
      "本年度未收到政府信息公开申请，较上年（2022年收到申请3件）有所减少。",
    ];
    expect(check("national-2021", 2023, {}, lines)).toEqual([]);
  });

  test("but last year's statement alone in a sentence is flagged", () => {
    expect(rules(check("national-2021", 2023, {}, ["2022年收到政府信息公开申请3件。"]))).toEqual(["narrative.stale-year"]);
  });

  test("a statement without a year is taken as this year's", () => {
    expect(rules(check("national-2021", 2023, { B: { "B1|total": 1 } }, ["本年度未收到政府信息公开申请。"]))).toEqual(["narrative.requests-contradict"]);
  });

  test("last year's table kept on its own sheet for comparison: its title is not stale", () => {
    const now = buildTables("national-2021", 2023, {}, { title: "2023年度政府信息公开工作年度报告统计表" });
    const before = buildTables("national-2021", 2022, {}, { sheet: "2022年", title: "2022年政府信息公开工作年度报告" });
    const findings = checkNarrativeText([now.sheet, before.sheet], [...now.tables, ...before.tables], { year: 2023 });
    expect(findings).toEqual([]);
  });
});

describe("信息处理费 in section 六 (2021+)", () => {
  const unpaid = { B: { "B3.6.2|natural": 1, "B3.6.2|total": 1 } };

  test("an unpaid fee notice in the table, section 六 silent on 信息处理费: warning", () => {
    const lines = ["五、存在的主要问题及改进情况", "信息公开工作仍有不足。", "六、其他需要报告的事项", "无其他需要报告的事项。"];
    const findings = check("national-2021", 2023, unpaid, lines);
    expect(rules(findings)).toEqual(["narrative.fee-notice-unmentioned"]);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].cells.slice(0, 2)).toEqual(["A3", "A4"]);
    expect(findings[0].cells[2]).toMatch(/^'统计表'!H\d+$/);
    expect(findings[0].message).toContain("国办函〔2020〕109号");
  });

  test("section 六 speaks of 信息处理费: no warning", () => {
    const lines = ["六、其他需要报告的事项", "2023年，我局依据《政府信息公开信息处理费管理办法》发出收费通知1件，申请人逾期未缴纳，未收取信息处理费。"];
    expect(check("national-2021", 2023, unpaid, lines)).toEqual([]);
  });

  test("no section 六 text in the workbook, or no unpaid notice, or the 2019 table: no warning", () => {
    expect(check("national-2021", 2023, unpaid, ["五、存在的主要问题及改进情况", "信息公开工作仍有不足。"])).toEqual([]);
    expect(check("national-2021", 2023, {}, ["六、其他需要报告的事项", "无。"])).toEqual([]);
    expect(check("national-2019", 2020, { B: { "B3.6|total": 1 } }, ["六、其他需要报告的事项", "无。"])).toEqual([]);
  });

  test("the whole report pasted into one cell: sections still found", () => {
    const lines = ["一、总体情况", "（二）依申请公开", "2023年，我局未收到政府信息公开申请。", "六、其他需要报告的事项", "无其他需要报告的事项。"];
    const findings = check("national-2021", 2023, { ...unpaid, B: { ...unpaid.B, "B1|total": 1 } }, lines, true);
    expect(rules(findings)).toEqual(["narrative.requests-contradict", "narrative.fee-notice-unmentioned"]);
    expect(findings.every((f) => f.cells[0] === "A1")).toBe(true);
  });
});

describe("the generator's own sentences read back", () => {
  const formats: [FormatId, number][] = [
    ["legacy-2014", 2016],
    ["national-2019", 2020],
    ["national-2021", 2023],
  ];
  const nonZero: Record<FormatId, Overrides> = {
    "legacy-2014": {
      L: { "L3.1|value": 2, "L3.1.3|value": 2, "L3.2|value": 2, "L3.2.1|value": 2, "L3.3|value": 2, "L3.3.2|value": 2, "L8|value": 0.01, "L4|value": 1, "L4.2|value": 1 },
    },
    "national-2019": {
      B: { "B1|total": 3, "B3.1|total": 2, "B3.6|total": 1, "B3.7|total": 3 },
      C: { "C1|review.corrected": 1, "C1|review.total": 1, "C1|direct.pending": 2, "C1|direct.total": 2 },
    },
    "national-2021": {
      B: { "B1|total": 3, "B2|total": 1, "B3.1|total": 2, "B3.6.2|total": 1, "B3.7|total": 3, "B4|total": 1 },
      C: { "C1|review.corrected": 1, "C1|review.total": 1, "C1|afterReview.other": 1, "C1|afterReview.total": 1 },
    },
  };
  const sectionLines = (format: FormatId, year: number, overrides: Overrides, style: (typeof STYLES)[number]["id"]): string[] => {
    const n = generateNarrative(buildTables(format, year, overrides).tables, { subject: "我局", style, feesCollected: 0, proposals: 0 });
    return n.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)]);
  };

  test.each(formats)("%s: zero sentences of every style agree with zero tables, and contradict non-zero ones", (format, year) => {
    for (const style of STYLES) {
      const lines = sectionLines(format, year, {}, style.id);
      expect(check(format, year, {}, lines)).toEqual([]);
      const found = rules(check(format, year, nonZero[format], lines));
      expect(found).toContain("narrative.requests-contradict");
      expect(found).toContain("narrative.appeals-contradict");
      if (format === "legacy-2014") expect(found).toContain("narrative.fees-contradict");
    }
  });

  test.each(formats)("%s: factual sentences agree with their tables", (format, year) => {
    for (const style of STYLES) {
      const lines = sectionLines(format, year, nonZero[format], style.id);
      expect(check(format, year, nonZero[format], lines)).toEqual([]);
    }
  });

  test.each(formats)("%s: generated for last year, checked against this year: every statement flagged", (format, year) => {
    const lines = sectionLines(format, year - 1, {}, "standard");
    const findings = check(format, year, {}, lines);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(new Set(rules(findings))).toEqual(new Set(["narrative.stale-year"]));
  });
});

import { FORMATS } from "../../../src/core/formats";
import type { FormatId } from "../../../src/core/formats/model";
import { NarrativeOptionsError, STYLES, checkNarrativeOptions, generateNarrative, type Narrative, type ParagraphId } from "../../../src/core/narrative";
import { SEED_PROSE, SEED_TABLE_TITLE, SEED_ZERO_SENTENCES, seedValues } from "../../helpers/narrative-seed";
import { buildTables } from "../../helpers/narrative-tables";

const textOf = (n: Narrative, id: ParagraphId): string | undefined => n.paragraphs.find((p) => p.id === id)?.text;
const paragraphOf = (n: Narrative, id: ParagraphId) => {
  const p = n.paragraphs.find((x) => x.id === id);
  if (!p) throw new Error(`no ${id} paragraph; notices: ${n.notices.map((f) => f.message).join(" | ")}`);
  return p;
};

describe("the seed report (2017, legacy), regenerated", () => {
  const seed = buildTables("legacy-2014", 2017, { L: seedValues() }, { title: SEED_TABLE_TITLE });

  test("its three zero-year sentences come out verbatim with 我单位 in the default style", () => {
    const n = generateNarrative(seed.tables, { subject: "我单位" });
    expect(n.year).toBe(2017);
    expect(n.format).toBe("legacy-2014");
    expect(n.style).toBe("standard");
    expect(textOf(n, "requests")).toBe(SEED_ZERO_SENTENCES.requests);
    expect(textOf(n, "fees")).toBe(SEED_ZERO_SENTENCES.fees);
    expect(textOf(n, "appeals")).toBe(SEED_ZERO_SENTENCES.appeals);
    // They are the seed's own lines, as published.
    const published = SEED_PROSE.map((l) => l.trim());
    for (const id of ["requests", "fees", "appeals"] as const) expect(published).toContain(textOf(n, id));
  });

  test("each sentence stands under its section, headings verbatim with the year filled in", () => {
    const n = generateNarrative(seed.tables, { subject: "我单位", proposals: 0 });
    expect(n.sections.map((s) => s.heading)).toEqual(FORMATS["legacy-2014"].sections.map((h) => h.replace("{year}", "2017")));
    const under = (numeral: string) => n.sections.find((s) => s.heading.startsWith(`${numeral}、`))?.paragraphs.map((p) => p.id);
    expect(under("三")).toEqual(["requests"]);
    expect(under("四")).toEqual(["fees"]);
    expect(under("五")).toEqual(["appeals"]);
    expect(under("八")).toEqual(["proposals"]);
    expect(under("一")).toEqual([]);
    expect(n.sections.find((s) => s.heading.startsWith("八、"))?.heading).toBe("八、2017年度人大政协建议提案办理总体情况");
  });

  test("section 八 (not in the table) is the seed's sentence when the user says 0, with 我局", () => {
    const n = generateNarrative(seed.tables, { subject: "我局", proposals: 0 });
    expect(textOf(n, "proposals")).toBe(SEED_ZERO_SENTENCES.proposals);
  });

  test("section 八 unknown: no sentence, an info notice asking for the number", () => {
    const n = generateNarrative(seed.tables, { subject: "我局" });
    expect(textOf(n, "proposals")).toBeUndefined();
    expect(n.notices).toEqual([expect.objectContaining({ rule: "narrative.input-needed", severity: "info" })]);
    expect(n.notices[0].message).toContain("八、2017年度人大政协建议提案办理总体情况");
  });

  test("the basis holds the cells the zero statements speak for, with their values and addresses", () => {
    const n = generateNarrative(seed.tables, { subject: "我单位" });
    const table = seed.tables[0];
    expect(paragraphOf(n, "requests").basis).toEqual([
      { source: "input", key: "year", value: 2017 },
      expect.objectContaining({ source: "L", key: "L3.1|value", value: 0, sheet: "统计表" }),
    ]);
    expect(paragraphOf(n, "appeals").basis.map((b) => b.key)).toEqual(["year", "L4|value", "L5|value"]);
    expect(paragraphOf(n, "fees").basis[1]).toMatchObject({ key: "L8|value", value: 0 });
    const cell = paragraphOf(n, "requests").basis[1].cell;
    expect(cell).toBe(`B${table.cells["L3.1|value"].row + 1}`);
  });
});

describe("zero years of each format", () => {
  const cases: [FormatId, number][] = [
    ["legacy-2014", 2016],
    ["national-2019", 2020],
    ["national-2021", 2023],
  ];

  test.each(cases)("%s: every statement, in every style, names the year and the agency", (format, year) => {
    const { tables } = buildTables(format, year);
    for (const style of STYLES) {
      const n = generateNarrative(tables, { subject: "区审计局", style: style.id, feesCollected: 0, proposals: 0 });
      expect(n.notices).toEqual([]);
      const ids = n.paragraphs.map((p) => p.id).sort();
      expect(ids).toEqual(format === "legacy-2014" ? ["appeals", "fees", "proposals", "requests"] : ["appeals", "fees", "requests"]);
      for (const p of n.paragraphs) {
        expect(p.kind).toBe("zero");
        expect(p.text.startsWith(String(year))).toBe(true);
        expect(p.text).toContain("区审计局");
        expect(p.text).not.toMatch(/\d+件/);
      }
    }
  });

  test("2021: requests under 三, appeals under 四, 信息处理费 under 六", () => {
    const { tables } = buildTables("national-2021", 2023);
    const n = generateNarrative(tables, { subject: "区政府国资局", feesCollected: 0 });
    expect(n.sections.map((s) => [s.heading, s.paragraphs.map((p) => p.text)])).toEqual([
      ["一、总体情况", []],
      ["二、主动公开政府信息情况", []],
      ["三、收到和处理政府信息公开申请情况", ["2023年，区政府国资局未收到政府信息公开申请。"]],
      ["四、政府信息公开行政复议、行政诉讼情况", ["2023年，区政府国资局未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。"]],
      ["五、存在的主要问题及改进情况", []],
      ["六、其他需要报告的事项", ["2023年，区政府国资局未收取信息处理费。"]],
    ]);
    // The zero statement of 三 speaks for new requests and last year's carry-over.
    expect(paragraphOf(n, "requests").basis.map((b) => b.key)).toEqual(["year", "B1|total", "B2|total"]);
    // Appeals: all 15 cells of Table C.
    expect(paragraphOf(n, "appeals").basis.filter((b) => b.source === "C")).toHaveLength(15);
    // Fees: B3.6.2 and the user's input.
    expect(paragraphOf(n, "fees").basis).toEqual([
      { source: "input", key: "year", value: 2023 },
      expect.objectContaining({ source: "B", key: "B3.6.2|total", value: 0 }),
      { source: "input", key: "feesCollected", value: 0 },
    ]);
  });

  test("2019 (试行): the fee sentence rests on the input alone (no （六）2 row in that table)", () => {
    const { tables } = buildTables("national-2019", 2020);
    const n = generateNarrative(tables, { subject: "我局", style: "detailed", feesCollected: 0 });
    expect(textOf(n, "fees")).toBe("2020年度，我局未收取信息处理费。");
    expect(paragraphOf(n, "fees").basis.map((b) => b.key)).toEqual(["year", "feesCollected"]);
    expect(textOf(n, "requests")).toBe("2020年度，我局未收到和处理政府信息公开申请，零报告。");
  });

  test("the styles differ, and the default is the first", () => {
    const { tables } = buildTables("national-2021", 2024);
    const texts = STYLES.map((s) =>
      generateNarrative(tables, { subject: "我局", style: s.id, feesCollected: 0 })
        .paragraphs.map((p) => p.text)
        .join(),
    );
    expect(new Set(texts).size).toBe(STYLES.length);
    expect(
      generateNarrative(tables, { subject: "我局", feesCollected: 0 })
        .paragraphs.map((p) => p.text)
        .join(),
    ).toBe(texts[0]);
    expect(texts[1]).toContain("2024年度我局未收到政府信息公开申请。");
  });
});

describe("non-zero years: factual sentences with the table's numbers", () => {
  test("2021: requests and appeals", () => {
    const { tables } = buildTables("national-2021", 2023, {
      B: {
        "B1|natural": 5,
        "B1|total": 5,
        "B2|natural": 1,
        "B2|total": 1,
        "B3.1|total": 3,
        "B3.2|total": 1,
        "B3.4.1|total": 1,
        "B3.7|total": 5,
        "B4|total": 1,
      },
      C: { "C1|review.upheld": 1, "C1|review.pending": 1, "C1|review.total": 2 },
    });
    const n = generateNarrative(tables, { subject: "我局", feesCollected: 0 });
    expect(textOf(n, "requests")).toBe(
      "2023年，我局共收到政府信息公开申请5件，上年结转1件；本年度办理完毕5件，其中予以公开3件、部分公开1件、无法提供1件（本机关不掌握相关政府信息1件）；结转下年度继续办理1件。",
    );
    expect(textOf(n, "appeals")).toBe("2023年，我局因政府信息公开工作被申请行政复议2件，结果维持1件，尚未审结1件；被提起行政诉讼0件。");
    expect(paragraphOf(n, "requests").kind).toBe("facts");
    expect(paragraphOf(n, "requests").basis).toContainEqual(expect.objectContaining({ key: "B1|total", value: 5 }));
    expect(paragraphOf(n, "requests").basis).toContainEqual(expect.objectContaining({ key: "B4|total", value: 1 }));
    expect(textOf(n, "fees")).toBe("2023年，我局未收取信息处理费。");
  });

  test("2021: litigation by route, and 其他处理 broken down", () => {
    const { tables } = buildTables("national-2021", 2022, {
      B: { "B1|total": 2, "B3.6.1|total": 1, "B3.6.2|total": 1, "B3.7|total": 2 },
      C: {
        "C1|direct.upheld": 1,
        "C1|direct.pending": 1,
        "C1|direct.total": 2,
        "C1|afterReview.corrected": 1,
        "C1|afterReview.total": 1,
      },
    });
    const n = generateNarrative(tables, { subject: "本机关", feesCollected: 0 });
    expect(textOf(n, "requests")).toBe(
      "2022年，本机关共收到政府信息公开申请2件，上年结转0件；本年度办理完毕2件，其中其他处理2件（申请人逾期不补正1件、申请人逾期未缴纳信息处理费1件）；结转下年度继续办理0件。",
    );
    expect(textOf(n, "appeals")).toBe(
      "2022年，本机关因政府信息公开工作被申请行政复议0件；被提起行政诉讼3件，其中未经复议直接起诉2件（结果维持1件、尚未审结1件）、复议后起诉1件（结果纠正1件）。",
    );
    // An unpaid fee notice and no fee collected: stated, not the zero boilerplate.
    expect(textOf(n, "fees")).toBe("2022年，本机关未实际收取信息处理费；有1件政府信息公开申请因申请人逾期未按收费通知要求缴纳费用，不再处理。");
    expect(paragraphOf(n, "fees").kind).toBe("facts");
  });

  test("2021 fees: collected (元), with and without unpaid notices", () => {
    const paid = buildTables("national-2021", 2023);
    expect(textOf(generateNarrative(paid.tables, { subject: "我局", feesCollected: 300 }), "fees")).toBe(
      "2023年，我局依据《政府信息公开信息处理费管理办法》收取信息处理费300元。",
    );
    const both = buildTables("national-2021", 2023, { B: { "B3.6.2|total": 2 } });
    expect(textOf(generateNarrative(both.tables, { subject: "我局", feesCollected: 150.5 }), "fees")).toBe(
      "2023年，我局依据《政府信息公开信息处理费管理办法》收取信息处理费150.5元；另有2件申请因申请人逾期未按收费通知要求缴纳费用，不再处理。",
    );
  });

  test("2021 fees unknown: nothing invented — the table's fact only, and a notice asking for the amount", () => {
    const unpaid = buildTables("national-2021", 2023, { B: { "B3.6.2|total": 2 } });
    const n = generateNarrative(unpaid.tables, { subject: "我局" });
    expect(textOf(n, "fees")).toBe("2023年，我局有2件政府信息公开申请因申请人逾期未按收费通知要求缴纳费用，不再处理。");
    expect(textOf(n, "fees")).not.toMatch(/未收取|收取信息处理费/);
    expect(paragraphOf(n, "fees").basis).toContainEqual({ source: "input", key: "feesCollected", value: null });
    expect(n.notices).toEqual([expect.objectContaining({ rule: "narrative.input-needed", severity: "info" })]);
    expect(n.notices[0].message).toContain("单位：元");

    const none = buildTables("national-2021", 2023);
    const m = generateNarrative(none.tables, { subject: "我局" });
    expect(textOf(m, "fees")).toBeUndefined();
    expect(m.notices.map((f) => f.rule)).toEqual(["narrative.input-needed"]);
  });

  test("legacy: requests with their breakdowns, fees in 万元, appeals", () => {
    const { tables } = buildTables("legacy-2014", 2016, {
      L: {
        "L3.1|value": 3,
        "L3.1.1|value": 1,
        "L3.1.3|value": 2,
        "L3.2|value": 3,
        "L3.2.1|value": 3,
        "L3.3|value": 3,
        "L3.3.2|value": 2,
        "L3.3.4|value": 1,
        "L3.3.4c|value": 1,
        "L8|value": 0.05,
        "L4|value": 1,
        "L4.1|value": 1,
      },
    });
    const n = generateNarrative(tables, { subject: "我单位", proposals: 2 });
    expect(textOf(n, "requests")).toBe(
      "2016年度，我单位共收到政府信息公开申请3件，其中当面申请1件、网络申请2件；办结3件，其中按时办结3件；答复3件，其中同意公开2件、不同意公开1件（涉及个人隐私1件）。",
    );
    expect(textOf(n, "fees")).toBe("2016年度，我单位依申请公开政府信息收取费用0.05万元。");
    expect(textOf(n, "appeals")).toBe("2016年度，我单位因政府信息公开申请被申请行政复议1件（维持具体行政行为1件）；被提起行政诉讼0件。");
    expect(textOf(n, "proposals")).toBe("2016年度，我单位共办理人大代表建议和政协委员提案2件。");
  });
});

describe("blank is not zero", () => {
  test("legacy: a blank 收到申请数 gives no boilerplate, and a notice naming the cell", () => {
    const { tables } = buildTables("legacy-2014", 2017, { L: { ...seedValues(), "L3.1|value": null } });
    const n = generateNarrative(tables, { subject: "我单位" });
    expect(textOf(n, "requests")).toBeUndefined();
    const blank = n.notices.find((f) => f.rule === "narrative.blank");
    expect(blank).toBeDefined();
    expect(blank?.severity).toBe("warning");
    expect(blank?.message).toContain("（一）收到申请数");
    expect(blank?.message).toContain("三、政府信息公开申请办理情况");
    expect(blank?.cells).toEqual([`B${tables[0].cells["L3.1|value"].row + 1}`]);
    expect(blank?.sheet).toBe("统计表");
    // The other statements do not depend on that cell.
    expect(textOf(n, "fees")).toBe("2017年度，我单位无政府信息公开收费及减免情况。");
  });

  test("2021: one blank cell of Table C withholds the appeals statement", () => {
    const { tables } = buildTables("national-2021", 2023, { C: { "C1|afterReview.pending": null } });
    const n = generateNarrative(tables, { subject: "我局", feesCollected: 0 });
    expect(textOf(n, "appeals")).toBeUndefined();
    const blank = n.notices.find((f) => f.rule === "narrative.blank");
    expect(blank?.message).toContain("“行政诉讼·复议后起诉·尚未审结”未填写");
    expect(blank?.cells).toHaveLength(1);
    expect(textOf(n, "requests")).toBeDefined();
  });

  test("2021: new requests 0 but carry-over blank: no “未收到” sentence", () => {
    const { tables } = buildTables("national-2021", 2023, { B: { "B2|total": "  " } });
    const n = generateNarrative(tables, { subject: "我局", feesCollected: 0 });
    expect(textOf(n, "requests")).toBeUndefined();
    expect(n.notices.find((f) => f.rule === "narrative.blank")?.message).toContain("二、上年结转政府信息公开申请数量");
  });

  test("a whole table left blank lists a few cells and counts the rest", () => {
    const { tables } = buildTables("national-2021", 2023, {}, { fill: null });
    const n = generateNarrative(tables, { subject: "我局", feesCollected: 0 });
    expect(n.paragraphs).toEqual([]);
    const appeals = n.notices.find((f) => f.rule === "narrative.blank" && f.table === "C");
    expect(appeals?.cells).toHaveLength(15);
    expect(appeals?.message).toContain("等 15 个单元格");
  });

  test("text that is not a number: no statement, an unreadable notice", () => {
    const { tables } = buildTables("legacy-2014", 2017, { L: { "L8|value": "见附件" } });
    const n = generateNarrative(tables, { subject: "我单位" });
    expect(textOf(n, "fees")).toBeUndefined();
    expect(n.notices.find((f) => f.rule === "narrative.unreadable")?.message).toContain("八、依申请公开信息收取的费用");
  });

  test("a table the locator did not find", () => {
    const { tables } = buildTables("national-2021", 2023, {}, { without: ["C"] });
    const n = generateNarrative(tables, { subject: "我局", feesCollected: 0 });
    expect(textOf(n, "appeals")).toBeUndefined();
    expect(n.notices).toEqual([expect.objectContaining({ rule: "narrative.table-missing", table: "C" })]);
  });

  test("a row the locator did not find", () => {
    const { tables } = buildTables("national-2021", 2023);
    const b = tables.find((t) => t.table === "B");
    if (!b) throw new Error("no B");
    delete b.cells["B2|total"];
    delete b.values["B2|total"];
    const n = generateNarrative(tables, { subject: "我局", feesCollected: 0 });
    expect(textOf(n, "requests")).toBeUndefined();
    expect(n.notices.find((f) => f.rule === "narrative.missing-cells")?.message).toContain("二、上年结转政府信息公开申请数量");
  });
});

describe("options", () => {
  const { tables } = buildTables("national-2021", 2023);

  test("bad input: Chinese messages saying what to type", () => {
    expect(checkNarrativeOptions({ subject: "" })[0]).toContain("我单位");
    expect(checkNarrativeOptions({ subject: "我局，" })[0]).toContain("标点");
    expect(checkNarrativeOptions({ subject: "我局", year: 23 })[0]).toContain("例如 2023");
    expect(checkNarrativeOptions({ subject: "我局", feesCollected: -5 })[0]).toContain("单位为元");
    expect(checkNarrativeOptions({ subject: "我局", feesCollected: 1.005 })[0]).toContain("两位小数");
    expect(checkNarrativeOptions({ subject: "我局", proposals: 1.5 })[0]).toContain("整数");
    expect(checkNarrativeOptions({ subject: "我局", year: 2023, feesCollected: 12.5, proposals: 0 })).toEqual([]);
    expect(() => generateNarrative(tables, { subject: " " })).toThrow(NarrativeOptionsError);
  });

  test("the year: the option wins over the tables'; with neither, a clear error", () => {
    expect(generateNarrative(tables, { subject: "我局", year: 2024, feesCollected: 0 }).paragraphs[0].text).toMatch(/^2024年/);
    const unknown = buildTables("national-2021", 2023, {}, { locatedYear: null });
    expect(() => generateNarrative(unknown.tables, { subject: "我局" })).toThrow(/请指定报告年度/);
  });

  test("no tables at all: the year's format, every statement explains why it is missing", () => {
    const n = generateNarrative([], { subject: "我局", year: 2023, feesCollected: 0 });
    expect(n.format).toBe("national-2021");
    expect(n.paragraphs).toEqual([]);
    expect(n.notices.map((f) => f.rule)).toEqual(["narrative.table-missing", "narrative.table-missing", "narrative.table-missing"]);
  });
});

/**
 * `narrative.number-mismatch`: a number the text states against the table cell that holds it.
 * One passing and one failing case per quantity, in the sentence shapes of published reports
 * (narrative.md), for the legacy, 2019 and 2021 tables; and the numbers that are never compared.
 */
import type { FormatId } from "../../../src/core/formats/model";
import { checkNarrativeText } from "../../../src/core/narrative";
import type { CellValue, Finding } from "../../../src/core/types";
import { bookGrids } from "../../../src/readers/book";
import { buildTables, proseSheet, type Overrides } from "../../helpers/narrative-tables";

const RULE = "narrative.number-mismatch";
const rules = (findings: Finding[]): string[] => findings.map((f) => f.rule);
const mismatches = (findings: Finding[]): Finding[] => findings.filter((f) => f.rule === RULE);

const YEAR: Record<FormatId, number> = { "legacy-2014": 2017, "national-2019": 2020, "national-2021": 2023 };

function check(format: FormatId, overrides: Overrides, lines: readonly string[]): Finding[] {
  const built = buildTables(format, YEAR[format], overrides);
  return checkNarrativeText([proseSheet("正文", lines), built.sheet], built.tables);
}

/** The table row of a cell, as `buildTables` lays it out (for the A1 reference a finding names). */
function refOf(format: FormatId, table: string, key: string): string {
  const built = buildTables(format, YEAR[format]);
  const t = built.tables.find((x) => x.table === table);
  const pos = t?.cells[key];
  if (!pos) throw new Error(`no cell ${key}`);
  return `'统计表'!${String.fromCharCode(65 + pos.col)}${pos.row + 1}`;
}

const B = (values: Record<string, CellValue>): Overrides => ({ B: values });

describe("each quantity, 2021 tables: agrees, then differs", () => {
  interface Case {
    what: string;
    sentence: string;
    table: Overrides;
    wrong: Overrides;
    cell: [string, string];
    label: string;
  }
  const cases: Case[] = [
    {
      what: "受理申请 N 件 (a space around the number)",
      sentence: "区政府办代表区政府受理政府信息公开申请 41 件。",
      table: B({ "B1|total": 41 }),
      wrong: B({ "B1|total": 128 }),
      cell: ["B", "B1|total"],
      label: "“一、本年新收政府信息公开申请数量”（总计）填 128",
    },
    {
      what: "收到 N 件…申请 (the number first)",
      sentence: "2023年，我局收到5件政府信息公开申请。",
      table: B({ "B1|total": 5 }),
      wrong: B({ "B1|total": 7 }),
      cell: ["B", "B1|total"],
      label: "填 7",
    },
    {
      what: "上年结转 N 件",
      sentence: "2023年，共收到政府信息公开申请128件，其中网上申请97件……上年结转4件。",
      table: B({ "B1|total": 128, "B2|total": 4 }),
      wrong: B({ "B1|total": 128, "B2|total": 3 }),
      cell: ["B", "B2|total"],
      label: "“二、上年结转政府信息公开申请数量”（总计）填 3",
    },
    {
      what: "办结 N 件",
      sentence: "本年度办结127件。",
      table: B({ "B3.7|total": 127 }),
      wrong: B({ "B3.7|total": 125 }),
      cell: ["B", "B3.7|total"],
      label: "“（七）总计”（总计）填 125",
    },
    {
      what: "予以公开 N 件",
      sentence: "本年度办结127件，其中予以公开63件。",
      table: B({ "B3.7|total": 127, "B3.1|total": 63 }),
      wrong: B({ "B3.7|total": 127, "B3.1|total": 60 }),
      cell: ["B", "B3.1|total"],
      label: "“（一）予以公开”（总计）填 60",
    },
    {
      what: "部分公开 N 件",
      sentence: "本年度办结127件，其中予以公开63件，部分公开12件。",
      table: B({ "B3.7|total": 127, "B3.1|total": 63, "B3.2|total": 12 }),
      wrong: B({ "B3.7|total": 127, "B3.1|total": 63, "B3.2|total": 2 }),
      cell: ["B", "B3.2|total"],
      label: "填 2",
    },
    {
      what: "不予公开 N 件 (the sum of the 8 rows under （三）)",
      sentence: "本年度办结127件，其中予以公开63件，部分公开12件，不予公开9件。",
      table: B({ "B3.7|total": 127, "B3.1|total": 63, "B3.2|total": 12, "B3.3.1|total": 4, "B3.3.5|total": 5 }),
      wrong: B({ "B3.7|total": 127, "B3.1|total": 63, "B3.2|total": 12, "B3.3.1|total": 4, "B3.3.5|total": 6 }),
      cell: ["B", "B3.3.5|total"],
      label: "“（三）不予公开”（总计）合计为 10",
    },
    {
      what: "结转下年度继续办理 N 件",
      sentence: "本年度办结127件，结转下年度继续办理5件。",
      table: B({ "B3.7|total": 127, "B4|total": 5 }),
      wrong: B({ "B3.7|total": 127, "B4|total": 0 }),
      cell: ["B", "B4|total"],
      label: "“四、结转下年度继续办理”（总计）填 0",
    },
    {
      what: "行政复议 N 件 (both non-zero)",
      sentence: "全年共发生政府信息公开行政复议案件3件（维持2件、纠正1件），行政诉讼2件。",
      table: { C: { "C1|review.total": 3, "C1|direct.total": 1, "C1|afterReview.total": 1 } },
      wrong: { C: { "C1|review.total": 4, "C1|direct.total": 1, "C1|afterReview.total": 1 } },
      cell: ["C", "C1|review.total"],
      label: "“行政复议·总计”填 4",
    },
    {
      what: "行政诉讼 N 件 = 未经复议直接起诉 + 复议后起诉",
      sentence: "全年共发生政府信息公开行政复议案件3件（维持2件、纠正1件），行政诉讼2件。",
      table: { C: { "C1|review.total": 3, "C1|direct.total": 1, "C1|afterReview.total": 1 } },
      wrong: { C: { "C1|review.total": 3, "C1|direct.total": 2, "C1|afterReview.total": 1 } },
      cell: ["C", "C1|direct.total"],
      label: "合计为 3",
    },
    {
      what: "制发行政规范性文件 N 件",
      sentence: "本年制发行政规范性文件6件，废止2件，现行有效87件。",
      table: { A: { "A1.2|issued": 6, "A1.2|repealed": 2, "A1.2|effective": 87 } },
      wrong: { A: { "A1.2|issued": 5, "A1.2|repealed": 2, "A1.2|effective": 87 } },
      cell: ["A", "A1.2|issued"],
      label: "“行政规范性文件”（本年制发件数）填 5",
    },
    {
      what: "废止 N 件 (the subject named once)",
      sentence: "本年制发行政规范性文件6件，废止2件，现行有效87件。",
      table: { A: { "A1.2|issued": 6, "A1.2|repealed": 2, "A1.2|effective": 87 } },
      wrong: { A: { "A1.2|issued": 6, "A1.2|repealed": 1, "A1.2|effective": 87 } },
      cell: ["A", "A1.2|repealed"],
      label: "（本年废止件数）填 1",
    },
    {
      what: "现行有效 N 件",
      sentence: "本年制发行政规范性文件6件，废止2件，现行有效87件。",
      table: { A: { "A1.2|issued": 6, "A1.2|repealed": 2, "A1.2|effective": 87 } },
      wrong: { A: { "A1.2|issued": 6, "A1.2|repealed": 2, "A1.2|effective": 78 } },
      cell: ["A", "A1.2|effective"],
      label: "（现行有效件数）填 78",
    },
  ];

  test.each(cases)("$what", ({ sentence, table, wrong, cell, label }) => {
    expect(check("national-2021", table, [sentence])).toEqual([]);
    const findings = check("national-2021", wrong, [sentence]);
    expect(rules(findings)).toEqual([RULE]);
    const [f] = findings;
    expect(f.severity).toBe("warning");
    expect(f.sheet).toBe("正文");
    expect(f.cells[0]).toBe("A1");
    expect(f.cells).toContain(refOf("national-2021", cell[0], cell[1]));
    expect(f.message).toContain(label);
    expect(f.message).toContain("“");
    expect(typeof f.reported).toBe("number");
    expect(f.reported).not.toBe(f.computed);
  });

  test("办理 N 件: what was handled to the end, or everything on hand (一 + 二)", () => {
    const table = B({ "B1|total": 127, "B2|total": 3, "B3.7|total": 125, "B4|total": 5 });
    expect(check("national-2021", table, ["2023年，共办理政府信息公开申请130件（含上年结转3件）。"])).toEqual([]);
    expect(check("national-2021", table, ["2023年，共办理政府信息公开申请125件。"])).toEqual([]);
    const findings = check("national-2021", table, ["2023年，共办理政府信息公开申请128件。"]);
    expect(rules(findings)).toEqual([RULE]);
    expect(findings[0].message).toContain("称办理 128 件");
    expect(findings[0].message).toContain("“（七）总计”（总计）填 125");
  });

  test("the message quotes the sentence, cut to a readable length", () => {
    const long = `2023年，我局共收到政府信息公开申请128件，其中网上申请97件、信函申请20件、当面申请11件，另有${"大量咨询".repeat(10)}，上年结转3件。`;
    const [f] = check("national-2021", B({ "B1|total": 128, "B2|total": 4 }), [long]);
    expect(f.message).toContain("称上年结转 3 件");
    expect(f.message).toContain("…”");
    expect(f.message.length).toBeLessThan(160);
    expect(f.reported).toBe(3);
    expect(f.computed).toBe(4);
  });

  test("a table that is all zero: the stated quantities without an older rule are each reported", () => {
    const findings = check("national-2021", {}, ["本年制发行政规范性文件6件，废止2件，现行有效87件。"]);
    expect(rules(findings)).toEqual([RULE, RULE, RULE]);
  });
});

describe("no contradiction is reported twice", () => {
  test("收到申请 N 件 where the table holds 0: requests-contradict only", () => {
    expect(rules(check("national-2021", {}, ["2023年，我局共收到政府信息公开申请5件。"]))).toEqual(["narrative.requests-contradict"]);
  });

  test("行政诉讼 N 件 where Table C is all zero: appeals-contradict only", () => {
    expect(rules(check("national-2021", {}, ["2023年，我局被提起行政诉讼2件。"]))).toEqual(["narrative.appeals-contradict"]);
  });

  test("where the older patterns read nothing in the sentence, number-mismatch reports the zero cases too", () => {
    const findings = check("national-2021", {}, ["2023年，我局共受理依申请公开事项5件。"]);
    expect(rules(findings)).toEqual([RULE]);
    expect(findings[0].message).toContain("填 0");
    // A comparison of years leaves the sentence's claims alone; its own count is still read.
    expect(rules(check("national-2021", {}, ["2023年，我局共收到政府信息公开申请5件，同比增加2件。"]))).toEqual([RULE]);
  });

  test("收到公民、法人或其他组织申请 N 件 is the total, not the 法人 column", () => {
    expect(rules(check("national-2021", B({ "B1|total": 9 }), ["2023年，我局收到公民、法人或其他组织申请5件。"]))).toEqual([RULE]);
  });

  test("两个非零数不同: number-mismatch only, for each older topic", () => {
    expect(rules(check("national-2021", B({ "B1|total": 9 }), ["2023年，我局共收到政府信息公开申请5件。"]))).toEqual([RULE]);
    expect(rules(check("national-2021", { C: { "C1|direct.total": 3 } }, ["2023年，我局被提起行政诉讼2件。"]))).toEqual([RULE]);
    expect(rules(check("legacy-2014", { L: { "L8|value": 0.2 } }, ["2017年度，我单位依申请公开政府信息收取费用0.15万元。"]))).toEqual([RULE]);
  });
});

describe("the legacy table", () => {
  test("主动公开 N 条 and 政府网站公开 N 条", () => {
    const sentence = "全年主动公开政府信息1250条，其中政府网站公开1180条。";
    expect(check("legacy-2014", { L: { "L1.1|value": 1250, "L1.2.2|value": 1180 } }, [sentence])).toEqual([]);
    const findings = check("legacy-2014", { L: { "L1.1|value": 1205, "L1.2.2|value": 1180 } }, [sentence]);
    expect(rules(findings)).toEqual([RULE]);
    expect(findings[0].message).toContain("称主动公开政府信息 1250 条");
    expect(findings[0].message).toContain("“（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）”填 1205");
    const site = check("legacy-2014", { L: { "L1.1|value": 1250, "L1.2.2|value": 1100 } }, [sentence]);
    expect(site[0].message).toContain("“2.政府网站公开政府信息数”填 1100");
  });

  test("收到申请 / 办结 / 答复 / 同意公开: rows 三（一）（二）（三）", () => {
    const sentence = "2017年度，我单位共收到政府信息公开申请12件；办结12件；答复12件，其中同意公开8件、同意部分公开2件、不同意公开2件。";
    const ok = { "L3.1|value": 12, "L3.2|value": 12, "L3.3|value": 12, "L3.3.2|value": 8, "L3.3.3|value": 2, "L3.3.4|value": 2 };
    expect(check("legacy-2014", { L: ok }, [sentence])).toEqual([]);
    for (const [key, label] of [
      ["L3.1|value", "（一）收到申请数"],
      ["L3.2|value", "（二）申请办结数"],
      ["L3.3|value", "（三）申请答复数"],
      ["L3.3.2|value", "2.同意公开答复数"],
      ["L3.3.3|value", "3.同意部分公开答复数"],
      ["L3.3.4|value", "4.不同意公开答复数"],
    ]) {
      const findings = check("legacy-2014", { L: { ...ok, [key]: 1 } }, [sentence]);
      expect(rules(findings)).toEqual([RULE]);
      expect(findings[0].message).toContain(`“${label}”填 1`);
    }
  });

  test("收取信息处理费 1500 元 against row 八 in 万元", () => {
    const sentence = "2017年度，我单位收取信息处理费 1500 元。";
    expect(check("legacy-2014", { L: { "L8|value": 0.15 } }, [sentence])).toEqual([]);
    const findings = check("legacy-2014", { L: { "L8|value": 0.2 } }, [sentence]);
    expect(rules(findings)).toEqual([RULE]);
    expect(findings[0].message).toContain("称收取费用 1500 元");
    expect(findings[0].message).toContain("“八、依申请公开信息收取的费用”填 0.2 万元");
  });

  test("a row 八 whose 单位 says 元 holds 元", () => {
    const built = buildTables("legacy-2014", 2017, { L: { "L8|value": 1500 } });
    const tables = built.tables.map((t) => ({ ...t, statedUnits: { "L8|value": "元" } }));
    const text = proseSheet("正文", ["2017年度，我单位收取信息处理费1500元。"]);
    expect(mismatches(checkNarrativeText([text, built.sheet], tables))).toEqual([]);
    // The older rule reads the row the same way: 1500 元 is 0.15 万元.
    const none = checkNarrativeText([proseSheet("正文", ["2017年度，我单位无政府信息公开收费及减免情况。"]), built.sheet], tables);
    expect(rules(none)).toEqual(["narrative.fees-contradict"]);
    expect(none[0].message).toContain("填 0.15万元");
  });
});

describe("the 2019 table", () => {
  const sentence = "2020年，本机关新制作规范性文件3件，新公开规范性文件3件，对外公开规范性文件总数量40件。";
  const ok = { "A1.2|made": 3, "A1.2|published": 3, "A1.2|total": 40 };

  test("新制作 / 新公开 / 对外公开总数量", () => {
    expect(check("national-2019", { A: ok }, [sentence])).toEqual([]);
    for (const [key, column] of [
      ["A1.2|made", "本年新制作数量"],
      ["A1.2|published", "本年新公开数量"],
      ["A1.2|total", "对外公开总数量"],
    ]) {
      const findings = check("national-2019", { A: { ...ok, [key]: 2 } }, [sentence]);
      expect(rules(findings)).toEqual([RULE]);
      expect(findings[0].message).toContain(`（${column}）填 2`);
    }
  });

  test("2019+ tables hold no collected fee: 收取信息处理费 N 元 is not compared", () => {
    expect(check("national-2019", {}, ["2020年，本机关收取信息处理费300元。"])).toEqual([]);
    expect(check("national-2021", {}, ["2023年，本机关收取信息处理费300元。"])).toEqual([]);
  });
});

describe("numbers that are never compared", () => {
  // Every cell the sentences could be mistaken for holds a number no sentence states.
  const busy = B({ "B1|total": 77, "B2|total": 77, "B3.1|total": 77, "B3.7|total": 77, "B4|total": 77 });

  test.each([
    ["dates", "2023年1月31日前，我局已在网站公开年度报告。"],
    ["percentages", "依申请公开按时办结率100%，答复满意率98.5%。"],
    ["page views", "政府网站全年浏览量12万次，发布信息300条。"],
    ["hotline calls", "全年通过12345热线受理群众来电咨询300件，办结300件来电工单。"],
    ["another year's figure", "2022年收到政府信息公开申请30件，2023年受理政府信息公开申请77件。"],
    ["a comparison", "2023年共收到政府信息公开申请77件，同比增长 12 件，比上年增加12件，上年结转较上年减少3件。"],
    ["a part: 自然人", "2023年，自然人申请 40 件，收到法人或其他组织申请37件。"],
    ["a part: a channel", "2023年，共收到政府信息公开申请77件，其中网上申请97件。"],
    ["an article", "依据《条例》第三十三条办结。"],
    ["a meeting", "召开专题会议3次，举办培训2次，培训人员50人次。"],
    ["a duration", "办结的申请平均用时8个工作日，均在法定期限内答复，办理5个工作日内完成。"],
    ["other things counted", "本年度办理涉及3个部门的申请，予以公开的信息分布在5个栏目。"],
    ["an approximate figure", "2023年，共受理政府信息公开申请约70余件。"],
  ])("%s", (_what, sentence) => {
    expect(mismatches(check("national-2021", busy, [sentence]))).toEqual([]);
  });

  test("Table B's own 信访举报投诉类申请 row in a sentence is no hotline: the numbers after it are read", () => {
    const sentence = "本年度办结127件，其中不予处理2件（信访举报投诉类申请2件），结转下年度继续办理5件。";
    expect(rules(check("national-2021", B({ "B3.7|total": 127, "B3.5.1|total": 2, "B4|total": 4 }), [sentence]))).toEqual([RULE]);
  });

  test("a running total is not the year's count, except where the cell is one (现行有效)", () => {
    const legacy = { L: { "L1.1|value": 77 } };
    expect(check("legacy-2014", legacy, ["截至2017年底，累计主动公开政府信息12000条。"])).toEqual([]);
    const effective = { A: { "A1.2|effective": 80 } };
    expect(rules(check("national-2021", effective, ["截至2023年底，现行有效行政规范性文件87件。"]))).toEqual([RULE]);
  });

  test("a paragraph about another year: the year named once at its start governs it", () => {
    const findings = check("national-2021", busy, ["2022年，我局共收到政府信息公开申请30件。全年办结30件，结转下年度2件。"]);
    expect(rules(findings)).toEqual(["narrative.stale-year"]);
  });

  test("a section opened by a paragraph about another year", () => {
    const lines = ["三、收到和处理政府信息公开申请情况", "2022年，我局政府信息公开申请办理情况如下：", "共受理政府信息公开申请30件，办结30件。"];
    expect(check("national-2021", busy, lines)).toEqual([]);
    // The next heading ends it: a number there is this year's again.
    const next = [...lines, "四、政府信息公开行政复议、行政诉讼情况", "本年度办结30件。"];
    expect(rules(check("national-2021", busy, next))).toEqual([RULE]);
  });

  test("本年度 after another year's figure in one paragraph is the report year", () => {
    const findings = check("national-2021", busy, ["2022年收到政府信息公开申请30件。本年度办结30件。"]);
    expect(rules(findings)).toEqual(["narrative.stale-year", RULE]);
  });

  test("a blank table cell is not compared", () => {
    expect(check("national-2021", B({ "B2|total": null }), ["2023年，上年结转4件。"])).toEqual([]);
  });
});

describe("hostile text", () => {
  test("a paragraph of 20 000 stated numbers without a full stop: each distinct disagreement once", () => {
    const line = Array.from({ length: 20000 }, (_, i) => `上年结转${i % 3}件`).join("，");
    const findings = check("national-2021", B({ "B2|total": 1 }), [line]);
    expect(rules(findings)).toEqual([RULE, RULE]);
    expect(findings.map((f) => f.reported)).toEqual([0, 2]);
    expect(findings[0].message.length).toBeLessThan(200);
  });
});

describe("a document's text (the readers' sheet 正文)", () => {
  test("paragraphs of several sentences, the year stated once, findings on 正文!An", () => {
    const built = buildTables("national-2021", 2023, B({ "B1|total": 128, "B2|total": 4, "B3.7|total": 127, "B3.1|total": 63, "B4|total": 5 }));
    const grids = bookGrids({
      form: "docx",
      sheets: [{ grid: built.sheet, hidden: false, uncachedFormulas: [] }],
      text: [
        "某市审计局2023年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "2023年，我局共收到政府信息公开申请128件。上年结转4件。本年度办结127件，其中予以公开36件。结转下年度继续办理5件。",
      ],
      notes: [],
    });
    const findings = checkNarrativeText(grids, built.tables);
    expect(rules(findings)).toEqual([RULE]);
    expect(findings[0].sheet).toBe("正文");
    expect(findings[0].cells[0]).toBe("A3");
    expect(findings[0].message).toContain("称予以公开 36 件");
  });
});

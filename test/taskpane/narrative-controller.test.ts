/**
 * 生成正文 in the pane, against the fake host: what is written where, what a second click rewrites
 * and what it leaves alone (and says so), stale text, blank cells, the inputs not in the tables.
 */
import type { FormatId } from "../../src/core/formats/model";
import { PaneController } from "../../src/taskpane/controller";
import { NARRATIVE_SETTING, readRecords } from "../../src/taskpane/narrative-record";
import { cellOf, templateSheet, type CellSetting } from "../helpers/pane-fake-host";
import { WritingFakeHost } from "../helpers/pane-narrative-host";

const SHEET = "2025年度报告正文";
const TABLES = "2025年度统计表";
/** 10 February 2026: people are writing the 2025 report. */
const FEB_2026 = (): Date => new Date(2026, 1, 10, 9, 0);

const REQUESTS_ZERO = "2025年，我局未收到政府信息公开申请。";
const APPEALS_ZERO = "2025年，我局未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。";

async function openPane(format: FormatId = "national-2021", year = 2025, cells: CellSetting[] = [], blank: CellSetting[] = []) {
  const { sheet, plan } = templateSheet(format, year, cells, blank);
  const host = new WritingFakeHost([sheet]);
  const pane = new PaneController(host, { now: FEB_2026 });
  await pane.start();
  return { host, pane, plan };
}

/** Two new requests from natural persons, both disclosed: a consistent Table B. */
function twoRequests(host: WritingFakeHost, plan: ReturnType<typeof templateSheet>["plan"]): void {
  for (const key of ["B1|natural", "B1|total", "B3.1|natural", "B3.1|total", "B3.7|natural", "B3.7|total"]) host.setCell(TABLES, cellOf(plan, "B", key), 2);
}

describe("生成正文 into a new sheet", () => {
  it("inserts 2025年度报告正文 once: title with agency and year, every heading, the paragraphs under theirs", async () => {
    const { host, pane } = await openPane();
    await pane.generateNarrative();

    expect(host.calls.insertPlan).toHaveLength(1);
    expect(host.calls.writeCells).toBe(0);
    const plan = host.calls.insertPlan[0];
    expect(plan.name).toBe(SHEET);
    expect(host.columnA(SHEET)).toEqual([
      ["A1", "某某市审计局2025年度政府信息公开工作年度报告"],
      ["A3", "一、总体情况"],
      ["A5", "二、主动公开政府信息情况"],
      ["A7", "三、收到和处理政府信息公开申请情况"],
      ["A8", REQUESTS_ZERO],
      ["A9", "四、政府信息公开行政复议、行政诉讼情况"],
      ["A10", APPEALS_ZERO],
      ["A11", "五、存在的主要问题及改进情况"],
      ["A13", "六、其他需要报告的事项"],
    ]);
    expect(pane.state.narrative.result?.notice).toContain("已插入工作表“2025年度报告正文”");
    expect(pane.state.narrative.result?.notice).toContain("2 段正文");
  });

  it("keeps each paragraph's stamp and place in the workbook's settings, and reserves the row of the one not generated", async () => {
    const { host, pane } = await openPane();
    await pane.generateNarrative();
    const [record] = readRecords(host);
    expect(record).toMatchObject({ sheet: SHEET, year: 2025, format: "national-2021" });
    expect(record.slots.map((s) => [s.id, s.address, s.stamp === null ? null : s.stamp.split(";").slice(0, 2).join(";")])).toEqual([
      ["requests", "A8", "nianbao-narrative:1;id=requests"],
      ["appeals", "A10", "nianbao-narrative:1;id=appeals"],
      ["fees", "A14", null],
    ]);
    expect(record.slots[0].stamp).toContain("B:B1|total=0,B:B2|total=0");
    // The settings hold it; no cell does.
    expect(host.settings.has(NARRATIVE_SETTING)).toBe(true);
    expect(host.columnA(SHEET).some(([, t]) => t.startsWith("nianbao-narrative"))).toBe(false);
  });

  it("reads once to generate, then checks what it wrote (no text finding on its own text)", async () => {
    const { host, pane } = await openPane();
    expect(host.calls.readSheets).toBe(1);
    await pane.generateNarrative();
    expect(host.calls.readSheets).toBe(3);
    expect(pane.state.report?.tables).toHaveLength(3);
    expect(pane.state.report?.findings).toEqual([]);
    expect(pane.state.narrative.preview?.update).toBe(true);
  });

  it("with a self-reference and a style chosen, and 信息处理费 given as 0, writes that wording", async () => {
    const { host, pane } = await openPane();
    pane.setNarrativeField("subject", "本机关");
    pane.setNarrativeField("style", "detailed");
    pane.setNarrativeField("fees", "０");
    await pane.generateNarrative();
    expect(host.columnA(SHEET).map(([, t]) => t)).toEqual(
      expect.arrayContaining(["2025年度，本机关未收到和处理政府信息公开申请，零报告。", "2025年度，本机关未收取信息处理费，无因申请人逾期未缴纳信息处理费而不再处理的申请。"]),
    );
    expect(host.text(SHEET, "A14")).toBe("2025年度，本机关未收取信息处理费，无因申请人逾期未缴纳信息处理费而不再处理的申请。");
  });

  it("takes the agency's short name typed in place of a self-reference", async () => {
    const { host, pane } = await openPane();
    pane.setNarrativeField("subject", "__short-name__");
    pane.setNarrativeField("subject", "市审计局", false);
    pane.setNarrativeField("subject", "市审计局", true);
    await pane.generateNarrative();
    expect(host.text(SHEET, "A8")).toBe("2025年，市审计局未收到政府信息公开申请。");
  });

  it("refuses a fee it cannot read, next to the field, and writes nothing", async () => {
    const { host, pane } = await openPane();
    pane.setNarrativeField("fees", "三百元");
    expect(pane.state.narrative.form.error).toEqual({ field: "fees", message: expect.stringContaining("信息处理费“三百元”不是金额") });
    await pane.generateNarrative();
    expect(host.calls.insertPlan).toHaveLength(0);
    expect(pane.state.narrative.form.error?.field).toBe("fees");
  });

  it("does not write into a sheet of that name it did not make: a new sheet beside it, and says so", async () => {
    const { sheet } = templateSheet("national-2021", 2025);
    const mine = { name: SHEET, values: [["我自己写的正文"]], originRow: 0, originCol: 0 };
    const host = new WritingFakeHost([sheet, mine]);
    const pane = new PaneController(host, { now: FEB_2026 });
    await pane.start();
    await pane.generateNarrative();
    expect(host.calls.writeCells).toBe(0);
    expect(host.text(SHEET, "A1")).toBe("我自己写的正文");
    expect(host.sheets.map((s) => s.name)).toEqual([TABLES, SHEET, `${SHEET}（2）`]);
    expect(pane.state.narrative.result?.notice).toContain("工作表“2025年度报告正文”已存在且不是本面板生成的，未改动它");
    expect(readRecords(host)[0].sheet).toBe(`${SHEET}（2）`);
  });
});

describe("生成正文 again", () => {
  it("after a number changed, rewrites only our unedited paragraph that it concerns, in one call", async () => {
    const { host, pane, plan } = await openPane();
    await pane.generateNarrative();
    twoRequests(host, plan);
    await pane.check();
    await pane.generateNarrative();

    expect(host.calls.insertPlan).toHaveLength(1);
    expect(host.writeCalls).toEqual([
      {
        sheet: SHEET,
        cells: [{ address: "A8", value: "2025年，我局共收到政府信息公开申请2件，上年结转0件；本年度办理完毕2件，其中予以公开2件；结转下年度继续办理0件。" }],
      },
    ]);
    expect(host.text(SHEET, "A10")).toBe(APPEALS_ZERO);
    expect(pane.state.narrative.result?.notice).toBe("已更新工作表“2025年度报告正文”：改写 1 段，1 段已是最新。");
    expect(readRecords(host)[0].slots[0].stamp).toContain("B:B1|total=2");
  });

  it("with nothing changed, writes nothing and says the text is up to date", async () => {
    const { host, pane } = await openPane();
    await pane.generateNarrative();
    const settingsWrites = host.calls.setSetting.length;
    await pane.generateNarrative();
    expect(host.calls.writeCells).toBe(0);
    expect(host.calls.setSetting).toHaveLength(settingsWrites);
    expect(pane.state.narrative.result?.notice).toBe("工作表“2025年度报告正文”未作改动：2 段已是最新。");
  });

  it("never overwrites a paragraph the user edited, and says which and what it should now say", async () => {
    const { host, pane, plan } = await openPane();
    await pane.generateNarrative();
    const edited = "2025年，我局未收到政府信息公开申请，也未收到相关咨询。";
    host.setCell(SHEET, "A8", edited);
    twoRequests(host, plan);
    host.setCell(TABLES, cellOf(plan, "C", "C1|review.upheld"), 1);
    host.setCell(TABLES, cellOf(plan, "C", "C1|review.total"), 1);
    await pane.generateNarrative();

    expect(host.text(SHEET, "A8")).toBe(edited);
    expect(host.writeCalls).toEqual([
      { sheet: SHEET, cells: [{ address: "A10", value: "2025年，我局因政府信息公开工作被申请行政复议1件，结果维持1件；被提起行政诉讼0件。" }] },
    ]);
    const result = pane.state.narrative.result;
    expect(result?.notice).toBe("已更新工作表“2025年度报告正文”：改写 1 段，1 段未改动（见下）。");
    expect(result?.kept).toEqual([
      {
        heading: "三、收到和处理政府信息公开申请情况",
        message: expect.stringMatching(/^这段正文已被手工修改，且统计数已变化，未自动覆盖；按现在的统计数应为：“2025年，我局共收到政府信息公开申请2件.*（单元格 A8）$/),
      },
    ]);
  });

  it("leaves an edited paragraph alone even when the numbers did not change", async () => {
    const { host, pane } = await openPane();
    await pane.generateNarrative();
    host.setCell(SHEET, "A10", "2025年，我局没有行政复议和行政诉讼。");
    await pane.generateNarrative();
    expect(host.calls.writeCells).toBe(0);
    expect(pane.state.narrative.result?.kept).toEqual([
      { heading: "四、政府信息公开行政复议、行政诉讼情况", message: "这段正文已手工修改，未改动（按现在的统计数生成的文字与原来相同）（单元格 A10）" },
    ]);
  });

  it("does not put back a paragraph the user deleted", async () => {
    const { host, pane, plan } = await openPane();
    await pane.generateNarrative();
    host.setCell(SHEET, "A8", null);
    twoRequests(host, plan);
    await pane.generateNarrative();
    expect(host.calls.writeCells).toBe(0);
    expect(host.text(SHEET, "A8")).toBe("");
    expect(pane.state.narrative.result?.kept[0].message).toContain("这段正文已被删除，未重新写入");
  });

  it("finds a paragraph the user moved down by inserting rows, and rewrites it there", async () => {
    const { host, pane, plan } = await openPane();
    await pane.generateNarrative();
    host.insertRows(SHEET, 3, 2);
    host.setCell(SHEET, "A3", "我局高度重视政府信息公开工作。");
    expect(host.text(SHEET, "A10")).toBe(REQUESTS_ZERO);
    twoRequests(host, plan);
    await pane.generateNarrative();

    expect(host.writeCalls).toHaveLength(1);
    expect(host.writeCalls[0].cells.map((c) => c.address)).toEqual(["A10"]);
    expect(host.text(SHEET, "A3")).toBe("我局高度重视政府信息公开工作。");
    expect(host.text(SHEET, "A10")).toContain("共收到政府信息公开申请2件");
    expect(readRecords(host)[0].slots.map((s) => s.address)).toEqual(["A10", "A12", "A14"]);
  });

  it("writes a paragraph the numbers now allow into the row reserved for it under its heading", async () => {
    const { host, pane } = await openPane();
    await pane.generateNarrative();
    host.insertRows(SHEET, 2, 1);
    pane.setNarrativeField("fees", "0");
    await pane.generateNarrative();
    expect(host.writeCalls).toEqual([{ sheet: SHEET, cells: [{ address: "A15", value: "2025年，我局未收取信息处理费。" }] }]);
    expect(pane.state.narrative.result?.notice).toBe("已更新工作表“2025年度报告正文”：新写入 1 段，2 段已是最新。");
  });

  it("does not write into the reserved row once the user typed there, and offers the text instead", async () => {
    const { host, pane } = await openPane();
    await pane.generateNarrative();
    host.setCell(SHEET, "A14", "本年度无其他需要报告的事项。");
    pane.setNarrativeField("fees", "120");
    await pane.generateNarrative();
    expect(host.calls.writeCells).toBe(0);
    expect(host.text(SHEET, "A14")).toBe("本年度无其他需要报告的事项。");
    expect(pane.state.narrative.result?.kept[0]).toEqual({
      heading: "六、其他需要报告的事项",
      message:
        "预留给这段表述的单元格 A14 已有其他内容，未写入；如需要，请把这段文字粘贴到合适位置：“2025年，我局依据《政府信息公开信息处理费管理办法》收取信息处理费120元。”（单元格 A14）",
    });
  });
});

describe("stale text", () => {
  it("after a check, names the number that changed since the text was generated, until it is regenerated", async () => {
    const { host, pane, plan } = await openPane();
    await pane.generateNarrative();
    expect(pane.state.narrative.stale).toEqual([]);
    host.setCell(TABLES, cellOf(plan, "B", "B1|natural"), 2);
    host.setCell(TABLES, cellOf(plan, "B", "B1|total"), 2);
    await pane.check();
    expect(pane.state.narrative.stale).toEqual([
      "正文生成后，表三“一、本年新收政府信息公开申请数量（总计）”由 0 变为 2：工作表“2025年度报告正文”中“三、收到和处理政府信息公开申请情况”下的正文已过时，请点“生成正文”重新生成",
    ]);
    twoRequests(host, plan);
    await pane.generateNarrative();
    expect(pane.state.narrative.stale).toEqual([]);
  });

  it("counts a paragraph the user edited as stale too: its numbers changed all the same", async () => {
    const { host, pane, plan } = await openPane();
    await pane.generateNarrative();
    host.setCell(SHEET, "A10", "2025年，我局没有行政复议和行政诉讼。");
    host.setCell(TABLES, cellOf(plan, "C", "C1|direct.pending"), 1);
    host.setCell(TABLES, cellOf(plan, "C", "C1|direct.total"), 1);
    await pane.check();
    expect(pane.state.narrative.stale).toHaveLength(1);
    expect(pane.state.narrative.stale[0]).toContain("正文生成后，表四“行政诉讼·未经复议直接起诉·尚未审结”由 0 变为 1；表四“行政诉讼·未经复议直接起诉·总计”由 0 变为 1");
    expect(pane.state.narrative.stale[0]).toContain("“四、政府信息公开行政复议、行政诉讼情况”下的正文已过时");
  });

  it("is a check: reading once and writing nothing", async () => {
    const { host, pane, plan } = await openPane();
    await pane.generateNarrative();
    const before = { reads: host.calls.readSheets, settings: host.calls.setSetting.length, inserts: host.calls.insertPlan.length };
    host.setCell(TABLES, cellOf(plan, "B", "B2|total"), 1);
    await pane.check();
    expect(pane.state.narrative.stale).toHaveLength(1);
    expect(host.calls.readSheets).toBe(before.reads + 1);
    expect(host.calls.setSetting).toHaveLength(before.settings);
    expect(host.calls.insertPlan).toHaveLength(before.inserts);
    expect(host.calls.writeCells).toBe(0);
  });
});

describe("blank cells", () => {
  it("give no boilerplate: the statement is missing from the preview and the sheet, and the notice says why", async () => {
    const { host, pane } = await openPane("national-2021", 2025, [], [["B", "B2|total", null]]);
    const preview = pane.state.narrative.preview;
    expect(preview?.sections.map((s) => s.heading)).toEqual(["四、政府信息公开行政复议、行政诉讼情况"]);
    expect(preview?.notices.map((n) => [n.rule, n.severity])).toEqual([
      ["narrative.blank", "warning"],
      ["narrative.input-needed", "info"],
    ]);
    expect(preview?.notices[0].message).toContain("“三、收到和处理政府信息公开申请情况”未生成表述：统计表中“二、上年结转政府信息公开申请数量”（总计）未填写。空白不等于 0");
    await pane.generateNarrative();
    expect(host.text(SHEET, "A8")).toBe("");
    expect(
      host
        .columnA(SHEET)
        .map(([, t]) => t)
        .join("\n"),
    ).not.toContain("未收到政府信息公开申请");
  });

  it("once filled with 0, the statement goes into the row kept for it", async () => {
    const { host, pane, plan } = await openPane("national-2021", 2025, [], [["B", "B2|total", null]]);
    await pane.generateNarrative();
    host.setCell(TABLES, cellOf(plan, "B", "B2|total"), 0);
    await pane.generateNarrative();
    expect(host.writeCalls).toEqual([{ sheet: SHEET, cells: [{ address: "A8", value: REQUESTS_ZERO }] }]);
  });
});

describe("the legacy format (2017)", () => {
  it("asks for the 人大政协建议提案 count, and writes section 八 when it is given", async () => {
    const { host, pane } = await openPane("legacy-2014", 2017);
    expect(pane.state.narrative.preview?.notices.map((n) => n.rule)).toEqual(["narrative.input-needed"]);
    pane.setNarrativeField("subject", "我单位");
    pane.setNarrativeField("proposals", "0件");
    await pane.generateNarrative();
    const texts = host.columnA("2017年度报告正文").map(([, t]) => t);
    expect(texts).toEqual(
      expect.arrayContaining([
        "三、政府信息公开申请办理情况",
        "2017年度，未有公民、法人或其他组织向我单位申请公开信息情况。",
        "2017年度，我单位无政府信息公开收费及减免情况。",
        "2017年度，我单位没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
        "八、2017年度人大政协建议提案办理总体情况",
        "2017年度，我单位无人大政协建议提案办理事项。",
      ]),
    );
  });
});

describe("the agency and year", () => {
  it("come from the tables' title, else from the choice remembered when the tables were inserted", async () => {
    const { pane } = await openPane();
    expect(pane.state.narrative.defaults).toEqual({ agency: "某某市审计局", year: 2025, format: "national-2021" });

    const { sheet } = templateSheet("national-2021", 2025);
    sheet.values[0][0] = "2025年度政府信息公开工作年度报告";
    const host = new WritingFakeHost([sheet]);
    host.settings.set("nianbao.templateChoice", JSON.stringify({ year: 2025, format: "national-2021", agency: "某县财政局", season: 2025 }));
    const again = new PaneController(host, { now: FEB_2026 });
    await again.start();
    expect(again.state.narrative.defaults.agency).toBe("某县财政局");
    // 局 → 我局, unless the user picks another.
    expect(again.state.narrative.preview?.subject).toBe("我局");
  });

  it("a year typed writes that year's sheet", async () => {
    const { host, pane } = await openPane();
    pane.setNarrativeField("year", "２０２５年");
    pane.setNarrativeField("agency", "某某市审计局（试）", true);
    await pane.generateNarrative();
    expect(host.text(SHEET, "A1")).toBe("某某市审计局（试）2025年度政府信息公开工作年度报告");
    pane.setNarrativeField("year", "25");
    expect(pane.state.narrative.form.error).toEqual({ field: "year", message: "报告年度“25”不是四位数年份，请填写例如 2025" });
  });
});

describe("when the write fails", () => {
  it("says so, and the pane stays usable", async () => {
    const { host, pane } = await openPane();
    host.insertPlan = async () => {
      throw new Error("The workbook is protected");
    };
    await pane.generateNarrative();
    expect(pane.state.narrative.generating).toBe(false);
    expect(pane.state.narrative.result).toEqual({ notice: expect.stringContaining("生成正文失败（The workbook is protected）"), problem: true, kept: [] });
    expect(readRecords(host)).toEqual([]);
  });
});

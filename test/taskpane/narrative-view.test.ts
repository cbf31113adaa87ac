/**
 * The 报告正文 section as the user sees it: the preview of what 生成正文 writes, the notices for what
 * it cannot write, the choices, the buttons, and what a generation did.
 */
import type { FormatId } from "../../src/core/formats/model";
import { PaneController } from "../../src/taskpane/controller";
import { narrativeKeys } from "../../src/taskpane/narrative-view";
import { paneView } from "../../src/taskpane/view";
import { buildView } from "../../src/taskpane/view-model";
import type { VNode } from "../../src/taskpane/vdom";
import { byClass, byKey, findAll, fire, textOf } from "../helpers/pane-fake-dom";
import { FakeHost, cellOf, settle, templateSheet, type CellSetting } from "../helpers/pane-fake-host";
import { WritingFakeHost } from "../helpers/pane-narrative-host";

const FEB_2026 = (): Date => new Date(2026, 1, 10, 9, 0);

async function open(host: FakeHost) {
  const pane = new PaneController(host, { now: FEB_2026 });
  await pane.start();
  const draw = (): VNode[] => paneView(buildView(pane.state, pane.kept.all(), host.capabilities), pane);
  return { pane, draw };
}

function tables(format: FormatId = "national-2021", year = 2025, blank: CellSetting[] = []) {
  return templateSheet(format, year, [], blank);
}

const buttons = (nodes: VNode[], text: string) => findAll(nodes, (e) => e.tag === "button" && textOf(e) === text);

describe("the 报告正文 section", () => {
  it("comes last, open, with one 生成正文 button and 复制正文, after the insert section", async () => {
    const { draw } = await open(new FakeHost([tables().sheet]));
    const nodes = draw();
    const details = findAll(nodes, (e) => e.tag === "details");
    expect(details.map((d) => d.attrs.class)).toEqual(["insert", "narrative"]);
    expect(details[1].attrs.open).toBe(true);
    expect(textOf(findAll([details[1]], (e) => e.tag === "summary")[0])).toBe("报告正文");
    expect(buttons(nodes, "生成正文")).toHaveLength(1);
    expect(buttons(nodes, "复制正文")[0].attrs.disabled).toBe(false);
  });

  it("is not offered when the workbook has no table", async () => {
    const { draw } = await open(new FakeHost([]));
    expect(buttons(draw(), "生成正文")).toHaveLength(0);
    expect(byClass(draw(), "narrative")).toHaveLength(0);
  });

  it("previews the paragraphs under their headings, and says where they will go", async () => {
    const { draw } = await open(new FakeHost([tables().sheet]));
    const [preview] = byClass(draw(), "narrative-preview");
    expect(byClass([preview], "narrative-heading").map((n) => textOf(n))).toEqual(["三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]);
    expect(byClass([preview], "narrative-paragraph").map((n) => textOf(n))).toEqual([
      "2025年，我局未收到政府信息公开申请。",
      "2025年，我局未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。",
    ]);
    expect(textOf(draw())).toContain("将在新工作表“2025年度报告正文”中写入标题、各部分标题和下列段落，不改动已有的工作表。");
  });

  it("shows why a statement is missing: blank cells get no boilerplate", async () => {
    const { draw } = await open(new FakeHost([tables("national-2021", 2025, [["C", "C1|review.total", null]]).sheet]));
    const nodes = draw();
    expect(byClass(nodes, "narrative-paragraph").map((n) => textOf(n))).toEqual(["2025年，我局未收到政府信息公开申请。"]);
    const notices = byClass(nodes, "narrative-notice");
    expect(notices.map((n) => n.attrs["data-rule"])).toEqual(["narrative.input-needed", "narrative.blank"]);
    expect(textOf(notices[1])).toContain("未填写。空白不等于 0");
  });

  it("asks for 信息处理费 in 2019+ reports and for the 建议提案 count in legacy ones", async () => {
    const national = (await open(new FakeHost([tables().sheet]))).draw();
    expect(byKey(national, narrativeKeys.fees).tag).toBe("input");
    expect(() => byKey(national, narrativeKeys.proposals)).toThrow();
    const legacy = (await open(new FakeHost([tables("legacy-2014", 2017).sheet]))).draw();
    expect(byKey(legacy, narrativeKeys.proposals).tag).toBe("input");
    expect(() => byKey(legacy, narrativeKeys.fees)).toThrow();
  });

  it("offers the self-references with the agency's own picked, and a short name typed instead", async () => {
    const { pane, draw } = await open(new FakeHost([tables().sheet]));
    let nodes = draw();
    const picker = byKey(nodes, narrativeKeys.subject);
    const options = findAll([picker], (e) => e.tag === "option");
    expect(options.slice(0, 3).map((o) => o.attrs.value)).toEqual(["我单位", "我局", "本机关"]);
    expect(options.filter((o) => o.attrs.selected).map((o) => o.attrs.value)).toEqual(["我局"]);
    expect(textOf(options[options.length - 1])).toBe("填写本机关简称…");

    fire(picker, "change", { value: options[options.length - 1].attrs.value as string });
    nodes = draw();
    const input = byKey(nodes, narrativeKeys.shortName);
    fire(input, "input", { value: "市审计局" });
    fire(input, "change", { value: "市审计局" });
    expect(textOf(byClass(draw(), "narrative-paragraph")[0])).toBe("2025年，市审计局未收到政府信息公开申请。");
    expect(pane.state.narrative.form.subject).toBe("市审计局");
  });

  it("does not redraw while a field is typed in (an input method may be composing), only on change", async () => {
    const { pane, draw } = await open(new FakeHost([tables().sheet]));
    const version = pane.state.version;
    fire(byKey(draw(), narrativeKeys.agency), "input", { value: "某某市审计局" });
    expect(pane.state.version).toBe(version);
    fire(byKey(draw(), narrativeKeys.fees), "change", { value: "0" });
    expect(pane.state.version).toBeGreaterThan(version);
    expect(byClass(draw(), "narrative-paragraph").map((n) => textOf(n))).toContain("2025年，我局未收取信息处理费。");
  });

  it("shows a field's error beside it", async () => {
    const { draw } = await open(new FakeHost([tables().sheet]));
    fire(byKey(draw(), narrativeKeys.fees), "change", { value: "若干" });
    const nodes = draw();
    expect(byKey(nodes, narrativeKeys.fees).attrs["aria-invalid"]).toBe("true");
    expect(textOf(byClass(nodes, "field-error"))).toContain("信息处理费“若干”不是金额");
  });

  it("writes on the 生成正文 click, then says what it did; the button waits while it runs", async () => {
    const host = new WritingFakeHost([tables().sheet]);
    const { pane, draw } = await open(host);
    const gate = { open: (): void => undefined };
    const realInsert = host.insertPlan.bind(host);
    host.insertPlan = (plan) =>
      new Promise((resolve) => {
        gate.open = () => void realInsert(plan).then(resolve);
      });
    fire(buttons(draw(), "生成正文")[0], "click");
    await settle();
    let nodes = draw();
    expect(byKey(nodes, narrativeKeys.generate).attrs.disabled).toBe(true);
    expect(textOf(byKey(nodes, narrativeKeys.generate))).toBe("正在生成…");
    expect(textOf(nodes)).toContain("正在生成正文…");
    gate.open();
    for (let i = 0; i < 5 && pane.state.narrative.generating; i++) await settle();
    await settle();
    nodes = draw();
    expect(textOf(byKey(nodes, narrativeKeys.generate))).toBe("生成正文");
    expect(textOf(nodes)).toContain("已插入工作表“2025年度报告正文”");
    expect(host.sheets.map((s) => s.name)).toContain("2025年度报告正文");
  });

  it("lists the paragraphs it left alone, and the stale text notice", async () => {
    const { sheet, plan } = tables();
    const host = new WritingFakeHost([sheet]);
    const { pane, draw } = await open(host);
    await pane.generateNarrative();
    host.setCell("2025年度报告正文", "A10", "2025年，我局没有行政复议和行政诉讼。");
    host.setCell("2025年度统计表", cellOf(plan, "C", "C1|review.pending"), 1);
    host.setCell("2025年度统计表", cellOf(plan, "C", "C1|review.total"), 1);
    await pane.check();
    let nodes = draw();
    expect(byClass(nodes, "stale").map((n) => textOf(n))).toEqual([expect.stringContaining("正文生成后，表四“行政复议·尚未审结”由 0 变为 1；表四“行政复议·总计”由 0 变为 1")]);
    await pane.generateNarrative();
    nodes = draw();
    const kept = byClass(nodes, "narrative-kept");
    expect(textOf(kept)).toContain("四、政府信息公开行政复议、行政诉讼情况：这段正文已被手工修改，且统计数已变化，未自动覆盖");
    expect(textOf(nodes)).toContain("将更新工作表“2025年度报告正文”中由本面板写入、且未经手工修改的段落");
  });
});

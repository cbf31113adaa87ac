import { PaneController } from "../../src/taskpane/controller";
import { findingId } from "../../src/taskpane/identity";
import { keys } from "../../src/taskpane/keys";
import { paneView } from "../../src/taskpane/view";
import { buildView, LIVE_UNSUPPORTED } from "../../src/taskpane/view-model";
import type { VNode } from "../../src/taskpane/vdom";
import type { HostCapabilities } from "../../src/host/workbook-host";
import { byClass, byKey, findAll, fire, textOf } from "../helpers/pane-fake-dom";
import { FakeHost, sampleSheet, settle } from "../helpers/pane-fake-host";

const FEB_2025 = (): Date => new Date(2025, 1, 10, 9, 0);

async function openPane(host: FakeHost): Promise<{ pane: PaneController; draw: () => VNode[] }> {
  const pane = new PaneController(host, { now: FEB_2025 });
  await pane.start();
  const draw = (): VNode[] => paneView(buildView(pane.state, pane.kept.all(), host.capabilities), pane);
  return { pane, draw };
}

function findingButton(nodes: VNode[], rule: string): ReturnType<typeof byKey> {
  const [li] = findAll(nodes, (e) => e.tag === "li" && e.attrs["data-rule"] === rule);
  if (!li) throw new Error(`no finding ${rule} shown`);
  const [main] = findAll([li], (e) => e.attrs.class === "finding-main");
  return main;
}

describe("the pane's view", () => {
  it("leads with the summary line, announced to screen readers", async () => {
    const { draw } = await openPane(new FakeHost([sampleSheet().sheet]));
    const [summary] = findAll(draw(), (e) => e.attrs["data-testid"] === "summary");
    expect(textOf(summary)).toBe("错误 1 · 核实 1 · 提示 1 · 未填写 2");
    expect(summary.attrs.role).toBe("status");
  });

  it("lists findings under their severity and table, each with its message, cells and numbers", async () => {
    const { draw } = await openPane(new FakeHost([sampleSheet().sheet]));
    const nodes = draw();
    expect(findAll(nodes, (e) => e.tag === "h2").map((h) => textOf(h))).toEqual(["错误 1 项", "核实 1 项", "未填写 2 个单元格", "提示 1 项", "找到的统计表 3 张"]);
    const [errorSection] = byClass(nodes, "kind-error");
    expect(textOf(findAll([errorSection], (e) => e.tag === "h3")[0])).toBe("表四（政府信息公开行政复议、行政诉讼情况）");
    const main = findingButton(nodes, "C-review-total");
    expect(main.tag).toBe("button"); // reachable by Tab, activated by Enter or Space
    expect(main.attrs.type).toBe("button");
    expect(textOf(byClass([main], "finding-message"))).toContain("行政复议·总计填 0，分项合计为 2");
    expect(textOf(byClass([main], "finding-cells"))).toBe("单元格：H54、D54、E54、F54、G54");
    expect(textOf(byClass([main], "finding-detail"))).toBe("填报 0 · 计算 2 · 相差 2");
  });

  it("selects a finding's cells in the workbook when it is clicked", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    const { draw } = await openPane(host);
    fire(findingButton(draw(), "A-effective-ge-issued"), "click");
    await settle();
    expect(host.calls.select).toEqual([{ sheet: "2024年度统计表", cells: ["D7", "F7"] }]);
  });

  it("lists the tables found: name, sheet, range, year and format", async () => {
    const { draw } = await openPane(new FakeHost([sampleSheet().sheet]));
    const lines = byClass(draw(), "table-line").map((l) => textOf(l));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe("表三（收到和处理政府信息公开申请情况）工作表“2024年度统计表” A21:J48" + "2024 年度 · 2021 版格式（国办公开办函〔2021〕30号）");
  });

  it("offers 保留并说明 on the 核实 finding only, and shows the kept note afterwards", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    const { pane, draw } = await openPane(host);
    const warning = pane.state.report?.findings.find((f) => f.rule === "A-effective-ge-issued");
    if (!warning) throw new Error("no warning");
    const id = findingId(warning);
    let nodes = draw();
    expect(findAll(nodes, (e) => e.tag === "button" && textOf(e) === "保留并说明").map((b) => b.attrs["data-key"])).toEqual([keys.keep(id)]);

    fire(byKey(nodes, keys.keep(id)), "click");
    nodes = draw();
    const textarea = byKey(nodes, keys.note(id));
    expect(textarea.tag).toBe("textarea");
    expect(pane.state.focus).toBe(keys.note(id));
    fire(textarea, "input", { value: "2 件规章年内制发后即废止" });
    const [form] = byClass(nodes, "note-editor");
    fire(form, "submit");
    await settle();

    nodes = draw();
    const [kept] = byClass(nodes, "kind-kept");
    expect(textOf(findAll([kept], (e) => e.tag === "h2")[0])).toBe("已保留 1 项");
    expect(textOf(byClass([kept], "kept-note"))).toContain("已保留（2025-02-10）：2 件规章年内制发后即废止");
    expect(byKey(nodes, keys.release(id)).tag).toBe("button");
    expect(byClass(nodes, "kind-warning")).toHaveLength(0);
  });

  it("shows workbook text as text, whatever it contains", async () => {
    const { sheet } = sampleSheet();
    const evil = "<img src=x onerror=alert(1)>";
    const host = new FakeHost([{ ...sheet, name: evil }]);
    const { draw } = await openPane(host);
    const nodes = draw();
    expect(byClass(nodes, "group-where").map((n) => textOf(n))).toContain(`工作表“${evil}” D51:R54`);
    expect(findAll(nodes, (e) => e.tag === "img")).toHaveLength(0);
  });

  it("puts the insert form first when the workbook has no table", async () => {
    const { draw } = await openPane(new FakeHost([]));
    const nodes = draw();
    const sections = nodes.filter((n) => typeof n !== "string" && n.tag === "section");
    expect(sections).toHaveLength(1);
    expect(textOf(sections[0])).toContain("本工作簿中没有找到政府信息公开工作年度报告统计表");
    expect(byKey(nodes, keys.year).props.value).toBe("2024");
    const options = findAll(nodes, (e) => e.tag === "option");
    expect(options.map((o) => [o.attrs.value, o.attrs.selected])).toEqual([
      ["legacy-2014", false],
      ["national-2019", false],
      ["national-2021", true],
    ]);
    expect(findAll(nodes, (e) => e.tag === "details")).toHaveLength(0);
  });

  it("keeps the insert form in a closed section when tables exist, and opens it on request", async () => {
    const { pane, draw } = await openPane(new FakeHost([sampleSheet().sheet]));
    let [details] = findAll(draw(), (e) => e.tag === "details");
    expect(details.attrs.open).toBe(false);
    fire(details, "toggle", { open: true });
    [details] = findAll(draw(), (e) => e.tag === "details");
    expect(details.attrs.open).toBe(true);
    expect(pane.state.form.open).toBe(true);
  });

  it("inserts from the form and shows the field's error next to it", async () => {
    const host = new FakeHost([]);
    const { draw } = await openPane(host);
    let nodes = draw();
    fire(byKey(nodes, keys.year), "input", { value: "2017" });
    fire(byKey(nodes, keys.format), "change", { value: "national-2021" });
    const [form] = byClass(nodes, "insert-form");
    fire(form, "submit");
    await settle();
    nodes = draw();
    expect(byKey(nodes, keys.format).attrs["aria-invalid"]).toBe("true");
    expect(textOf(byClass(nodes, "field-error"))).toContain("2017 年度的报告应使用2018 年及以前的统计表");
    expect(host.calls.insertPlan).toHaveLength(0);

    fire(byKey(nodes, keys.format), "change", { value: "legacy-2014" });
    fire(byKey(nodes, keys.agency), "input", { value: "某县档案局" });
    fire(byClass(draw(), "insert-form")[0], "submit");
    await settle();
    expect(host.calls.insertPlan.map((p) => `${p.year} ${p.format} ${p.agency}`)).toEqual(["2017 legacy-2014 某县档案局"]);
  });

  it("says what this Excel cannot do instead of failing", async () => {
    const caps: Partial<HostCapabilities> = { changeEvents: false, dataValidation: false, conditionalFormats: false };
    const { draw } = await openPane(new FakeHost([], caps));
    const text = textOf(draw());
    expect(text).toContain(LIVE_UNSUPPORTED);
    expect(text).toContain("此版本 Excel 不支持数据验证");
    expect(text).toContain("此版本 Excel 不支持条件格式");
    expect(text).not.toContain("冻结窗格");
  });

  it("disables 重新校验 and the insert button while inserting", async () => {
    const host = new FakeHost([]);
    const { pane, draw } = await openPane(host);
    pane.state.inserting = true;
    const nodes = draw();
    expect(byKey(nodes, keys.recheck).attrs.disabled).toBe(true);
    expect(byKey(nodes, keys.insert).attrs.disabled).toBe(true);
    expect(textOf(byKey(nodes, keys.insert))).toBe("正在插入…");
  });
});

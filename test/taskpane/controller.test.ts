import type { Finding } from "../../src/core/types";
import { AUTO_SHOW_SETTING, TEMPLATE_CHOICE_SETTING } from "../../src/taskpane/choices";
import { PaneController, parseYear } from "../../src/taskpane/controller";
import { KEPT_SETTING } from "../../src/taskpane/kept";
import { summaryText, countFindings } from "../../src/taskpane/summary";
import { FakeHost, Gate, cellOf, sampleSheet, settle } from "../helpers/pane-fake-host";

/** 10 February 2025: people are writing the 2024 report. */
const FEB_2025 = (): Date => new Date(2025, 1, 10, 9, 0);

function summaryOf(pane: PaneController): string {
  const report = pane.state.report;
  if (!report) throw new Error("not checked yet");
  return summaryText(countFindings(report.findings, pane.kept.all()));
}

function finding(pane: PaneController, rule: string): Finding {
  const f = pane.state.report?.findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`no finding ${rule}`);
  return f;
}

/** Writes a check must never make. */
function writes(host: FakeHost): number {
  return host.calls.insertPlan.length + host.calls.writeCells + host.calls.setSetting.length;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("opening the pane", () => {
  it("finds the tables and their findings with one read and no write", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    expect(host.calls.readSheets).toBe(1);
    expect(host.calls.sheetNames).toBe(0);
    expect(writes(host)).toBe(0);
    expect(host.listeners).toBe(1);
    expect(pane.state.report?.tables.map((t) => t.table)).toEqual(["A", "B", "C"]);
    expect(summaryOf(pane)).toBe("错误 1 · 核实 1 · 提示 1 · 未填写 2");
    expect(pane.state.form.open).toBe(false);
  });

  it("opens the insert form when the workbook has no table", async () => {
    const host = new FakeHost([{ name: "Sheet1", values: [["随便写的"]], originRow: 0, originCol: 0 }]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    expect(pane.state.report?.tables).toEqual([]);
    expect(pane.state.form.open).toBe(true);
  });

  it("without change events (older Excel) checks on the button only, and says so", async () => {
    const host = new FakeHost([sampleSheet().sheet], { changeEvents: false });
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    expect(host.calls.onChanged).toBe(0);
    expect(pane.state.live).toBe("unsupported");
    expect(host.calls.readSheets).toBe(1);
  });

  it("carries on with the button when Excel refuses the change event", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    host.onChangedError = new Error("GeneralException");
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    expect(pane.state.live).toBe("failed");
    expect(pane.state.report).not.toBeNull();
  });
});

describe("live checks", () => {
  it("wait for a burst of edits to end, then read once", async () => {
    const { sheet, plan } = sampleSheet();
    const host = new FakeHost([sheet]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    // The user fixes 行政复议·总计 (a paste fires several events).
    host.setCell(sheet.name, cellOf(plan, "C", "C1|review.total"), 2);
    for (let i = 0; i < 4; i++) {
      host.emitChange(sheet.name);
      await jest.advanceTimersByTimeAsync(100);
    }
    expect(host.calls.readSheets).toBe(1);
    await jest.advanceTimersByTimeAsync(300);
    expect(host.calls.readSheets).toBe(2);
    expect(summaryOf(pane)).toBe("错误 0 · 核实 1 · 提示 1 · 未填写 2");
    expect(writes(host)).toBe(0);
  });

  it("重新校验 reads at once and makes a pending live check redundant", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    host.emitChange();
    await pane.check();
    expect(host.calls.readSheets).toBe(2);
    await jest.advanceTimersByTimeAsync(1000);
    expect(host.calls.readSheets).toBe(2);
  });

  it("asked for during a check, runs once more after it (the workbook may have changed after the read)", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    const gate = new Gate();
    host.readGate = gate;
    const first = pane.check();
    await settle();
    expect(pane.state.checking).toBe(true);
    void pane.check();
    void pane.check();
    host.readGate = null;
    gate.open();
    await first;
    expect(host.calls.readSheets).toBe(3); // start, the held one, one more for both requests
    expect(pane.state.checking).toBe(false);
  });

  it("says what went wrong when the read fails, and recovers on the next check", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    const pane = new PaneController(host, { now: FEB_2025 });
    host.readError = new Error("InvalidOperationInCellEditMode");
    await pane.start();
    expect(pane.state.problem).toContain("读取工作簿失败（InvalidOperationInCellEditMode）");
    expect(pane.state.problem).toContain("重新校验");
    host.readError = null;
    await pane.check();
    expect(pane.state.problem).toBeNull();
    expect(pane.state.report?.tables).toHaveLength(3);
  });

  it("stop listening when the pane is closed while the listener is still being registered", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    const pane = new PaneController(host, { now: FEB_2025 });
    const starting = pane.start();
    pane.dispose();
    await starting;
    expect(host.calls.onChanged).toBe(1);
    expect(host.listeners).toBe(0);
  });

  it("stop listening when the pane is disposed", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    host.emitChange();
    pane.dispose();
    expect(host.listeners).toBe(0);
    await jest.advanceTimersByTimeAsync(1000);
    expect(host.calls.readSheets).toBe(1);
  });
});

describe("inserting the tables", () => {
  it("offers last year in February, its format and an empty agency", () => {
    const pane = new PaneController(new FakeHost(), { now: FEB_2025 });
    expect(pane.state.form).toMatchObject({ yearText: "2024", format: "national-2021", agency: "" });
  });

  it("offers the choice remembered this season", () => {
    const host = new FakeHost();
    host.settings.set(TEMPLATE_CHOICE_SETTING, JSON.stringify({ year: 2020, format: "national-2019", agency: "某县财政局", season: 2024 }));
    const pane = new PaneController(host, { now: FEB_2025 });
    expect(pane.state.form).toMatchObject({ yearText: "2020", format: "national-2019", agency: "某县财政局" });
  });

  it("selects the year's format as the year is typed", () => {
    const pane = new PaneController(new FakeHost(), { now: FEB_2025 });
    pane.setYear("2019");
    expect(pane.state.form.format).toBe("national-2019");
    pane.setYear("201");
    expect(pane.state.form.format).toBe("national-2019");
    pane.setYear("２０１７年");
    expect(pane.state.form.format).toBe("legacy-2014");
  });

  it("inserts a new sheet, remembers the choice, and checks what it inserted", async () => {
    const host = new FakeHost([]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    pane.setAgency("某某市审计局");
    await pane.insert();
    expect(host.calls.insertPlan.map((p) => [p.name, p.format, p.year, p.agency])).toEqual([["2024年度统计表", "national-2021", 2024, "某某市审计局"]]);
    expect(host.getSetting(TEMPLATE_CHOICE_SETTING)).toEqual({ year: 2024, format: "national-2021", agency: "某某市审计局", season: 2024 });
    expect(host.getSetting(AUTO_SHOW_SETTING)).toBe(true);
    expect(host.calls.readSheets).toBe(2);
    expect(pane.state.report?.tables.map((t) => t.sheet)).toEqual(["2024年度统计表", "2024年度统计表", "2024年度统计表"]);
    expect(pane.state.notice).toContain("已插入工作表“2024年度统计表”");
    expect(pane.state.form.open).toBe(false);
  });

  it("ignores changes while its own insertion runs, and checks once afterwards", async () => {
    const host = new FakeHost([]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    const gate = new Gate();
    host.insertGate = gate;
    const inserting = pane.insert();
    await settle();
    expect(pane.state.inserting).toBe(true);
    host.emitChange("2024年度统计表", "A1:R60");
    host.emitChange("2024年度统计表", "D7");
    await jest.advanceTimersByTimeAsync(1000);
    expect(host.calls.readSheets).toBe(1);
    gate.open();
    await inserting;
    expect(host.calls.readSheets).toBe(2);
    await jest.advanceTimersByTimeAsync(1000);
    expect(host.calls.readSheets).toBe(2);
  });

  it("refuses a format the year does not use, saying which to use, without touching the workbook", async () => {
    const host = new FakeHost([]);
    const pane = new PaneController(host, { now: FEB_2025 });
    pane.setFormat("national-2019");
    await pane.insert();
    expect(pane.state.form.error?.field).toBe("format");
    expect(pane.state.form.error?.message).toContain("2024 年度的报告应使用2021 版格式");
    expect(host.calls.insertPlan).toHaveLength(0);
  });

  it("asks for a four-digit year", async () => {
    const host = new FakeHost([]);
    const pane = new PaneController(host, { now: FEB_2025 });
    pane.setYear("24");
    await pane.insert();
    expect(pane.state.form.error).toEqual({ field: "year", message: "报告年度“24”不是四位数年份，请填写例如 2024" });
    pane.setYear("1999");
    await pane.insert();
    expect(pane.state.form.error?.field).toBe("year");
    expect(pane.state.form.error?.message).toContain("2008 年以后");
    expect(host.calls.insertPlan).toHaveLength(0);
  });

  it("reports a failed insertion and stays usable", async () => {
    const host = new FakeHost([]);
    const pane = new PaneController(host, { now: FEB_2025 });
    const gate = new Gate();
    host.insertGate = gate;
    const inserting = pane.insert();
    await settle();
    gate.fail(new Error("The workbook is protected"));
    await inserting;
    expect(pane.state.inserting).toBe(false);
    expect(pane.state.form.error).toEqual({ field: null, message: expect.stringContaining("插入统计表失败（The workbook is protected）") });
    expect(pane.state.form.open).toBe(true);
    expect(host.getSetting(TEMPLATE_CHOICE_SETTING)).toBeUndefined();
  });
});

describe("selecting a finding's cells", () => {
  it("asks the host to activate the sheet and select every cell of the finding", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    await pane.select(finding(pane, "C-review-total"));
    expect(host.calls.select).toEqual([{ sheet: "2024年度统计表", cells: ["H54", "D54", "E54", "F54", "G54"] }]);
    expect(pane.state.notice).toBeNull();
  });

  it("says that only the first cell is selected where Excel cannot select several", async () => {
    const host = new FakeHost([sampleSheet().sheet], { multiSelect: false });
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    await pane.select(finding(pane, "C-review-total"));
    expect(pane.state.notice).toContain("已选中第一个（H54）");
  });

  it("explains a selection that fails (a renamed sheet)", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    host.selectError = new Error("ItemNotFound");
    await pane.select(finding(pane, "C-review-total"));
    expect(pane.state.notice).toContain("无法选中工作表“2024年度统计表”中的单元格（ItemNotFound）");
  });
});

describe("keeping a 核实 finding with a note", () => {
  it("stores the note in the workbook's settings only, and stops counting it as 核实", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    const warning = finding(pane, "A-effective-ge-issued");
    pane.startKeeping(warning);
    pane.setDraft("2 件规章年内制发后即废止");
    await pane.saveNote(warning);
    expect(pane.state.editor).toBeNull();
    expect(host.calls.setSetting.map((c) => c.key)).toEqual([KEPT_SETTING]);
    expect(host.calls.insertPlan.length + host.calls.writeCells).toBe(0);
    expect(host.calls.readSheets).toBe(1);
    expect(summaryOf(pane)).toBe("错误 1 · 核实 0 · 提示 1 · 未填写 2 · 已保留 1");
  });

  it("shows it again as kept, with its note, when the workbook is reopened", async () => {
    const first = new FakeHost([sampleSheet().sheet]);
    const pane = new PaneController(first, { now: FEB_2025 });
    await pane.start();
    const warning = finding(pane, "A-effective-ge-issued");
    pane.startKeeping(warning);
    pane.setDraft("2 件规章年内制发后即废止");
    await pane.saveNote(warning);

    const reopened = new FakeHost(structuredClone(first.sheets), {}, first.settings);
    const again = new PaneController(reopened, { now: () => new Date(2025, 1, 11) });
    await again.start();
    expect(again.kept.get(finding(again, "A-effective-ge-issued"))).toEqual({ note: "2 件规章年内制发后即废止", date: "2025-02-10" });
    expect(summaryOf(again)).toBe("错误 1 · 核实 0 · 提示 1 · 未填写 2 · 已保留 1");
  });

  it("keeps the finding kept when its numbers change, and releases it on request", async () => {
    const { sheet, plan } = sampleSheet();
    const host = new FakeHost([sheet]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    const warning = finding(pane, "A-effective-ge-issued");
    pane.startKeeping(warning);
    pane.setDraft("理由");
    await pane.saveNote(warning);
    host.setCell(sheet.name, cellOf(plan, "A", "A1.1|issued"), 4);
    await pane.check();
    expect(finding(pane, "A-effective-ge-issued").message).toContain("本年制发件数为 4");
    expect(summaryOf(pane)).toContain("核实 0");
    await pane.release(finding(pane, "A-effective-ge-issued"));
    expect(summaryOf(pane)).toBe("错误 1 · 核实 1 · 提示 1 · 未填写 2");
  });

  it("asks for a reason instead of saving an empty note, keeping the editor open", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    const warning = finding(pane, "A-effective-ge-issued");
    pane.startKeeping(warning);
    pane.setDraft("  ");
    await pane.saveNote(warning);
    expect(pane.state.editor?.error).toContain("请写明保留的理由");
    expect(host.calls.setSetting).toHaveLength(0);
  });

  it("keeps the typed note when a live check redraws the pane meanwhile", async () => {
    const host = new FakeHost([sampleSheet().sheet]);
    const pane = new PaneController(host, { now: FEB_2025 });
    await pane.start();
    pane.startKeeping(finding(pane, "A-effective-ge-issued"));
    pane.setDraft("写了一半");
    host.emitChange();
    await jest.advanceTimersByTimeAsync(400);
    expect(host.calls.readSheets).toBe(2);
    expect(pane.state.editor?.draft).toBe("写了一半");
  });
});

describe("reading the year typed", () => {
  it("accepts four digits, full-width digits and a trailing 年; nothing else", () => {
    expect(parseYear(" 2024 ")).toBe(2024);
    expect(parseYear("２０２４年")).toBe(2024);
    expect(parseYear("24")).toBeNull();
    expect(parseYear("2024.5")).toBeNull();
    expect(parseYear("")).toBeNull();
  });
});

/**
 * The live check on a large workbook: an edit re-reads only the sheet it changed, the other
 * sheets' tables stay found, a sheet over the read box is cut and named in the pane, and the
 * reads fall back to the whole workbook whenever the pane cannot know what changed.
 */
import type { CellValue, SheetGrid } from "../../src/core/types";
import { PaneController } from "../../src/taskpane/controller";
import { READ_BOX } from "../../src/taskpane/read-box";
import { buildView } from "../../src/taskpane/view-model";
import { cellOf, FakeHost, templateSheet } from "../helpers/pane-fake-host";

function dataSheet(name: string, rows: number, cols = 10): SheetGrid {
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) values.push(Array.from({ length: cols }, (_, c) => (c === 0 ? `条目${r}` : r + c)));
  return { name, values, originRow: 0, originCol: 0 };
}

const noTimers = { set: (): unknown => null, clear: (): void => undefined };

async function started(host: FakeHost): Promise<PaneController> {
  const pane = new PaneController(host, { timers: noTimers, loadNarrative: () => import("../../src/taskpane/narrative-chunk") });
  await pane.start();
  return pane;
}

const errors = (pane: PaneController): string[] => (pane.state.report?.findings ?? []).filter((f) => f.severity === "error").map((f) => f.rule);

describe("an edit re-reads the changed sheet only", () => {
  test("editing the report sheet reads its cells, finds the wrong total, and keeps the other tables", async () => {
    const a = templateSheet("national-2021", 2024);
    const b = templateSheet("national-2021", 2024);
    b.sheet.name = "下属单位";
    const host = new FakeHost([a.sheet, dataSheet("数据", 300), b.sheet]);
    const pane = await started(host);
    expect(pane.state.report?.tables).toHaveLength(6);
    expect(errors(pane)).toEqual([]);
    const reportCells = a.sheet.values.reduce((n, r) => n + r.length, 0);

    host.setCell(a.sheet.name, cellOf(a.plan, "B", "B1|natural"), 5);
    host.emitChange(a.sheet.name, "D9");
    const before = host.calls.cellsRead;
    await pane.checkEdits();
    expect(host.calls.readSome.at(-1)).toEqual([a.sheet.name]);
    expect(host.calls.cellsRead - before).toBe(reportCells);
    expect(errors(pane).length).toBeGreaterThan(0);
    expect(pane.state.report?.tables.map((t) => t.sheet)).toEqual([...Array(3).fill(a.sheet.name), ...Array(3).fill("下属单位")]);

    host.setCell(a.sheet.name, cellOf(a.plan, "B", "B1|natural"), 0);
    host.emitChange(a.sheet.name, "D9");
    await pane.checkEdits();
    expect(errors(pane)).toEqual([]);
    pane.dispose();
  });

  test("edits on two sheets within one burst read both; 重新校验 reads everything", async () => {
    const host = new FakeHost([templateSheet("national-2021", 2024).sheet, dataSheet("甲", 5), dataSheet("乙", 5)]);
    const pane = await started(host);
    host.emitChange("甲", "A1");
    host.emitChange("乙", "A1");
    await pane.checkEdits();
    expect(host.calls.readSome.at(-1)).toEqual(["甲", "乙"]);
    await pane.check();
    expect(host.calls.readSome.at(-1)).toBeNull();
    pane.dispose();
  });

  test("a deleted sheet's tables go; a sheet added or renamed without an event naming it is read", async () => {
    const t = templateSheet("national-2021", 2024);
    const other = templateSheet("national-2021", 2024);
    other.sheet.name = "旧名";
    const host = new FakeHost([t.sheet, other.sheet]);
    const pane = await started(host);
    expect(pane.state.report?.tables).toHaveLength(6);

    host.sheets = host.sheets.filter((s) => s.name !== "旧名");
    host.emitChange("旧名");
    await pane.checkEdits();
    expect(pane.state.report?.tables).toHaveLength(3);

    host.sheets.push({ ...other.sheet, name: "新名" });
    host.emitChange(t.sheet.name, "A1");
    await pane.checkEdits();
    expect(host.calls.readSome.slice(-2)).toEqual([[t.sheet.name], ["新名"]]);
    expect(pane.state.report?.tables.filter((x) => x.sheet === "新名")).toHaveLength(3);
    pane.dispose();
  });

  test("after a failed read the next check reads everything", async () => {
    const host = new FakeHost([templateSheet("national-2021", 2024).sheet, dataSheet("甲", 5)]);
    const pane = await started(host);
    host.readError = new Error("busy");
    host.emitChange("甲");
    await pane.checkEdits();
    expect(pane.state.problem).toMatch(/读取工作簿失败/);
    host.readError = null;
    host.emitChange("甲");
    await pane.checkEdits();
    expect(host.calls.readSome.at(-1)).toBeNull();
    expect(pane.state.problem).toBeNull();
    pane.dispose();
  });

  test("a host without readSome is read whole on every check", async () => {
    const host = new FakeHost([templateSheet("national-2021", 2024).sheet, dataSheet("甲", 5)]);
    (host as { readSome?: unknown }).readSome = undefined;
    const pane = await started(host);
    host.emitChange("甲");
    await pane.checkEdits();
    expect(host.calls.readSheets).toBe(2);
    expect(host.calls.readSome).toEqual([]);
    expect(pane.state.report?.tables).toHaveLength(3);
    pane.dispose();
  });
});

describe("a sheet far over the read box", () => {
  test("is read in part, its tables at the top still found, and the pane says what was left out", async () => {
    const t = templateSheet("national-2021", 2024);
    const big = { ...t.sheet, name: "报表及明细", values: [...t.sheet.values, ...dataSheet("x", READ_BOX.rows + 500).values] };
    const host = new FakeHost([big]);
    const pane = await started(host);
    expect(pane.state.report?.tables).toHaveLength(3);
    expect(host.calls.cellsRead).toBeLessThanOrEqual(READ_BOX.rows * READ_BOX.cols);
    const view = buildView(pane.state, new Map(), host.capabilities);
    expect(view.limits.join("")).toMatch(/工作表“报表及明细”很大（\d+ 行 × \d+ 列），只检查了其中前 6000 行/);
    pane.dispose();
  });

  test("a wide sheet is cut at column AZ, and a sheet within the box gets no note", async () => {
    const host = new FakeHost([dataSheet("宽表", 10, 80), dataSheet("小表", 10)]);
    const pane = await started(host);
    const view = buildView(pane.state, new Map(), host.capabilities);
    expect(view.limits).toEqual([expect.stringContaining("工作表“宽表”很大（10 行 × 80 列），只检查了其中前 52 列（A 至 AZ 列）")]);
    pane.dispose();
  });
});

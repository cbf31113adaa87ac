import { planTemplate } from "../../src/core/layout";
import { checkWorkbook } from "../../src/core/workbook";
import { ChangeFeed } from "../../src/preview/changes";
import { createPreviewHost } from "../../src/preview/host";
import { Workbook, NoSuchSheetError } from "../../src/preview/workbook";
import type { SheetChange } from "../../src/host/workbook-host";
import { fromA1 } from "../../src/core/address";
import { consistentEntries } from "../helpers/preview-fill";
import { EntryRefused } from "../../src/preview/validation";

const plan = planTemplate("national-2021", 2025, "某市某局");
/** Let the feed deliver what it scheduled. */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 5));

function setup() {
  const workbook = new Workbook();
  const host = createPreviewHost(workbook);
  const changes: SheetChange[] = [];
  return { workbook, host, changes, listen: () => host.onChanged((c) => changes.push(c)) };
}

describe("the preview workbook as the pane's host", () => {
  test("starts with one empty sheet, Sheet1, and every capability", async () => {
    const { host } = setup();
    expect(await host.sheetNames()).toEqual(["Sheet1"]);
    expect(await host.readSheets()).toEqual([{ name: "Sheet1", values: [[""]], originRow: 0, originCol: 0 }]);
    expect(Object.values(host.capabilities).every(Boolean)).toBe(true);
  });

  test("insertPlan adds a new last sheet, activates it, and takes （2） when the name is taken", async () => {
    const { host, workbook } = setup();
    expect(await host.insertPlan(plan)).toBe("2025年度统计表");
    expect(workbook.activeSheet.name).toBe("2025年度统计表");
    expect(await host.insertPlan(plan)).toBe("2025年度统计表（2）");
    expect(await host.sheetNames()).toEqual(["Sheet1", "2025年度统计表", "2025年度统计表（2）"]);
  });

  test("a user edit is reported after the edit, with its sheet and cell; the host's writes are not", async () => {
    const { host, workbook, changes, listen } = setup();
    await listen();
    const name = await host.insertPlan(plan);
    await host.writeCells(name, [{ address: "A40", value: "正文" }]);
    const cell = consistentEntries(plan)[0].address;
    await host.select(name, [cell]);
    await settle();
    expect(changes).toEqual([]);
    const typed = workbook.enter(fromA1(cell), "12");
    expect(typed).toBe(12);
    expect(changes).toEqual([]); // not inside the edit
    await settle();
    expect(changes).toEqual([{ sheet: name, address: cell }]);
  });

  test("an insertion from another runtime (the ribbon command) is reported, covering the new sheet", async () => {
    const { workbook, changes, listen } = setup();
    await listen();
    const name = workbook.insertPlan(plan, true);
    await settle();
    expect(changes).toHaveLength(1);
    expect(changes[0].sheet).toBe(name);
    expect(changes[0].address).toMatch(/^A1:[A-Z]+\d+$/);
  });

  test("typing into a merged cell writes its top-left cell", () => {
    const { workbook } = setup();
    workbook.insertPlan(plan);
    const merge = workbook.activeSheet.merges.all()[0];
    workbook.enter({ row: merge.bottom, col: merge.right }, "x");
    expect(workbook.activeSheet.value({ row: merge.top, col: merge.left })).toBe("x");
  });

  test("Delete empties the selection and reports the rectangle it touched", async () => {
    const { workbook, changes, listen } = setup();
    await listen();
    workbook.enter(fromA1("B2"), "1");
    workbook.enter(fromA1("C4"), "2");
    workbook.clear([fromA1("B2"), fromA1("C4")]);
    await settle();
    expect(changes.at(-1)).toEqual({ sheet: "Sheet1", address: "B2:C4" });
    expect(workbook.activeSheet.usedRange()).toBeNull();
  });

  test("onChanged's returned function stops the reports", async () => {
    const { workbook, changes, listen } = setup();
    const stop = await listen();
    stop();
    workbook.enter(fromA1("A1"), "1");
    await settle();
    expect(changes).toEqual([]);
  });

  test("select activates the sheet and highlights every cell given, the first active", async () => {
    const { host, workbook } = setup();
    const name = workbook.addEmptySheet();
    workbook.activate("Sheet1");
    await host.select(name, ["D10", "D9", "E9:E10"]);
    expect(workbook.activeSheet.name).toBe(name);
    const sel = workbook.selection();
    expect(sel.active).toEqual(fromA1("D10"));
    expect(sel.cells).toEqual(["D10", "D9", "E9", "E10"].map(fromA1));
  });

  test("selecting a cell a merge covers selects the merge's top-left cell", async () => {
    const { host, workbook } = setup();
    const name = await host.insertPlan(plan);
    const m = workbook.activeSheet.merges.all()[0];
    await host.select(name, [`${String.fromCharCode(65 + m.right)}${m.bottom + 1}`]);
    expect(workbook.selection().cells).toEqual([{ row: m.top, col: m.left }]);
  });

  test("writes and selections on a sheet that does not exist fail with a clear message", async () => {
    const { host } = setup();
    await expect(host.writeCells("2030年度报告正文", [{ address: "A1", value: "x" }])).rejects.toThrow(NoSuchSheetError);
    await expect(host.select("无此表", ["A1"])).rejects.toThrow("工作表“无此表”不存在");
  });

  test("host writes read strings as Excel's range.values does: number-like text becomes a number", async () => {
    const { host, workbook } = setup();
    await host.writeCells("Sheet1", [
      { address: "A1", value: "12" },
      { address: "A2", value: "2025年，本机关未收到政府信息公开申请。" },
      { address: "A3", value: 7 },
    ]);
    expect([1, 2, 3].map((r) => workbook.activeSheet.value({ row: r - 1, col: 0 }))).toEqual([12, "2025年，本机关未收到政府信息公开申请。", 7]);
  });

  test("the checker reads what the user typed through readSheets: a wrong total is found", async () => {
    const { host, workbook } = setup();
    await host.insertPlan(plan);
    const entries = consistentEntries(plan);
    for (const e of entries) workbook.enter(fromA1(e.address), String(e.value));
    expect(checkWorkbook(await host.readSheets()).findings.filter((f) => f.severity === "error")).toEqual([]);
    const total = entries.find((e) => e.table === "B" && /总计|total/.test(e.key)) ?? entries[0];
    workbook.enter(fromA1(total.address), String(total.value + 1));
    const errors = checkWorkbook(await host.readSheets()).findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((f) => f.cells.includes(total.address))).toBe(true);
  });

  test("settings are kept as stored copies", async () => {
    const { host } = setup();
    const value = { agency: "某市某局" };
    await host.setSetting("insert", value);
    value.agency = "changed";
    expect(host.getSetting("insert")).toEqual({ agency: "某市某局" });
    await host.setSetting("insert", undefined);
    expect(host.getSetting("insert")).toBeUndefined();
  });
});

describe("the change feed", () => {
  test("a failing listener does not stop the others; the same function twice is called twice", () => {
    const queued: Array<() => void> = [];
    const feed = new ChangeFeed((d) => queued.push(d));
    const seen: string[] = [];
    const log = (c: SheetChange) => seen.push(c.address ?? "");
    feed.subscribe(() => {
      throw new Error("boom");
    });
    feed.subscribe(log);
    feed.subscribe(log);
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    feed.emit({ sheet: "S", address: "A1" });
    expect(seen).toEqual([]);
    queued.forEach((d) => d());
    spy.mockRestore();
    expect(seen).toEqual(["A1", "A1"]);
  });

  test("a listener removed before delivery is not called", () => {
    const queued: Array<() => void> = [];
    const feed = new ChangeFeed((d) => queued.push(d));
    const seen: SheetChange[] = [];
    const stop = feed.subscribe((c) => seen.push(c));
    feed.emit({ sheet: "S" });
    stop();
    queued.forEach((d) => d());
    expect(seen).toEqual([]);
    expect(feed.size).toBe(0);
  });
});

describe("pasting", () => {
  test("rows of text land from the active cell on, each read as if typed, reported as one change", async () => {
    const workbook = new Workbook();
    const changes: SheetChange[] = [];
    workbook.changes.subscribe((c) => changes.push(c));
    workbook.paste(fromA1("B2"), [
      ["12", "/"],
      ["５", "5条", "'7"],
    ]);
    const s = workbook.activeSheet;
    expect(["B2", "C2", "B3", "C3", "D3"].map((a) => s.value(fromA1(a)))).toEqual([12, "/", 5, "5条", "7"]);
    await settle();
    expect(changes).toEqual([{ sheet: "Sheet1", address: "B2:D3" }]);
  });

  test("cells a merge covers take nothing", () => {
    const workbook = new Workbook();
    workbook.insertPlan(plan);
    const m = workbook.activeSheet.merges.all().find((r) => r.right > r.left)!;
    workbook.paste({ row: m.top, col: m.left }, [["a", "b"]]);
    expect(workbook.activeSheet.value({ row: m.top, col: m.left })).toBe("a");
    expect(workbook.activeSheet.value({ row: m.top, col: m.left + 1 })).toBeNull();
  });
});

describe("readSome (the pane's live check after an edit)", () => {
  test("gives every sheet's name and only the sheets asked for", async () => {
    const workbook = new Workbook();
    const host = createPreviewHost(workbook);
    await host.insertPlan(planTemplate("national-2021", 2025, "某市审计局"));
    const read = await host.readSome!(["Sheet1"], { rows: 6000, cols: 52 });
    expect(read.names).toEqual(["Sheet1", "2025年度统计表"]);
    expect(read.grids.map((g) => g.name)).toEqual(["Sheet1"]);
    expect(read.cut).toEqual([]);
    const all = await host.readSome!(null, { rows: 10, cols: 52 });
    expect(all.grids.map((g) => g.name)).toEqual(["Sheet1", "2025年度统计表"]);
    expect(all.cut.map((c) => c.sheet)).toEqual(["2025年度统计表"]);
  });
});

describe("formulas and data validation, as Excel", () => {
  function filled() {
    const workbook = new Workbook();
    const host = createPreviewHost(workbook);
    return { workbook, host };
  }

  test("a total typed as =SUM(…) or =A+B is computed, follows its parts, and is what the check reads", async () => {
    const { workbook, host } = filled();
    workbook.enter(fromA1("A1"), "2");
    workbook.enter(fromA1("A2"), "3");
    expect(workbook.enter(fromA1("A3"), "=SUM(A1:A2)")).toBe(5);
    expect(workbook.enter(fromA1("A4"), "=A1+A2*2")).toBe(8);
    workbook.enter(fromA1("A1"), "10");
    const [grid] = await host.readSheets();
    expect(grid.values.map((r) => r[0])).toEqual([10, 3, 13, 16]);
    expect(workbook.activeSheet.formulaText(fromA1("A3"))).toBe("=SUM(A1:A2)");
  });

  test("a formula it cannot read is refused, the cell kept; a circular one reads 0", () => {
    const { workbook } = filled();
    workbook.enter(fromA1("B1"), "7");
    expect(() => workbook.enter(fromA1("B1"), "=SUM(A1:A2")).toThrow(EntryRefused);
    expect(workbook.activeSheet.value(fromA1("B1"))).toBe(7);
    expect(workbook.enter(fromA1("C1"), "=C1+1")).toBe(0);
  });

  test("the template's validation refuses text, decimals and negatives in a count cell with the rule's message; blanks and pastes pass", async () => {
    const { workbook, host } = filled();
    const plan = planTemplate("national-2021", 2025, "某市审计局");
    await host.insertPlan(plan);
    const group = plan.validations.find((v) => v.type === "whole")!;
    const cell = fromA1(group.ranges[0].split(":")[0]);
    for (const bad of ["5条", "1.5", "-1", "=1/2"]) {
      let refused: unknown = null;
      try {
        workbook.enter(cell, bad);
      } catch (e) {
        refused = e;
      }
      expect(refused).toBeInstanceOf(EntryRefused);
      expect((refused as EntryRefused).title).toBe(group.errorTitle);
      expect((refused as EntryRefused).message).toBe(group.error);
      expect(workbook.activeSheet.value(cell)).toBe(null);
    }
    expect(workbook.enter(cell, "12")).toBe(12);
    expect(workbook.enter(cell, "")).toBe(null);
    workbook.paste(cell, [["5条"]]);
    expect(workbook.activeSheet.value(cell)).toBe("5条");
  });
});

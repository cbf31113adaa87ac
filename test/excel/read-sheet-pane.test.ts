/**
 * The live check through the real Excel adapter, on the requirement-set-true fake: after the first
 * check, a user's edit costs one Excel round trip, reads only the edited sheet, and the pane's
 * findings follow the edit. The fake proves the calls and the trips, not Excel's behaviour.
 */
import { rangeA1 } from "../../src/core/address";
import type { CellValue, SheetGrid } from "../../src/core/types";
import { createExcelHost } from "../../src/excel";
import { PaneController } from "../../src/taskpane/controller";
import { loadNarrativeModule } from "../../src/taskpane/narrative-load";
import { FakeExcel, type SheetSpec } from "../helpers/excel-fake";
import { cellOf, templateSheet } from "../helpers/pane-fake-host";

const LEVELS = ["1.7", "1.9", "1.14", "1.17", "1.18"] as const;

/** Excel's used range of a grid: its values with "" for empty, addressed from A1. */
function specOf(grid: SheetGrid): SheetSpec {
  const width = Math.max(...grid.values.map((r) => r.length));
  const values = grid.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  return { name: grid.name, used: { address: rangeA1({ row: 0, col: 0 }, { row: values.length - 1, col: width - 1 }), values } };
}

function dataSheet(): SheetSpec {
  const values: CellValue[][] = Array.from({ length: 40 }, (_, r) => [`XM-${r}`, "办理中", r]);
  return specOf({ name: "数据", values, originRow: 0, originCol: 0 });
}

/** Timers that never fire: the test runs the debounced check itself. */
const noTimers = { set: (): unknown => null, clear: (): void => undefined };

async function setup(api: string) {
  const { sheet, plan } = templateSheet("national-2021", 2024);
  const fake = new FakeExcel({ api, sheets: [specOf(sheet), dataSheet()] }).install();
  const pane = new PaneController(createExcelHost({ now: () => 1_000_000 }), { timers: noTimers, loadNarrative: loadNarrativeModule, now: () => new Date(2025, 1, 10) });
  await pane.start();
  return { fake, pane, report: sheet.name, plan };
}

/** Put `value` at `a1` of the fake's sheet (its used range starts at A1). */
function type(fake: FakeExcel, sheet: string, a1: string, value: number): void {
  const used = fake.sheet(sheet).used;
  if (!used) throw new Error("no used range");
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(a1);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  used.values[Number(m[2]) - 1][col] = value;
}

describe.each(LEVELS)("the live check through the Excel adapter on ExcelApi %s", (api) => {
  test("an edit: one round trip, only the edited sheet read, the findings follow it", async () => {
    const { fake, pane, report, plan } = await setup(api);
    expect(pane.state.report?.tables.length).toBeGreaterThan(0);
    expect(pane.state.report?.findings).toEqual([]);
    fake.trips();
    const before = fake.sheet("数据").usedRangeRequests.length;

    const b1 = cellOf(plan, "B", "B1|natural");
    type(fake, report, b1, 5);
    await fake.fireChanged(report, b1);
    await pane.checkEdits();
    expect(fake.trips()).toBe(1);
    expect(fake.sheet("数据").usedRangeRequests.length).toBe(before);
    expect(pane.state.report?.findings.length).toBeGreaterThan(0);

    type(fake, report, b1, 0);
    await fake.fireChanged(report, b1);
    await pane.checkEdits();
    expect(fake.trips()).toBe(1);
    expect(pane.state.report?.findings).toEqual([]);

    // An edit on the data sheet reads that sheet alone, in one round trip, and changes no finding.
    const reportReads = fake.sheet(report).usedRangeRequests.length;
    type(fake, "数据", "C3", 7);
    await fake.fireChanged("数据", "C3");
    await pane.checkEdits();
    expect(fake.trips()).toBe(1);
    expect(fake.sheet(report).usedRangeRequests.length).toBe(reportReads);
    expect(pane.state.report?.findings).toEqual([]);
    expect(fake.violations).toEqual([]);
    pane.dispose();
  });
});

/**
 * The live check on a department's real workbook: the pane's JavaScript per edit, measured with
 * the pane's fake host (`test/helpers/pane-fake-host.ts`), without Excel.
 *
 * The workbook: the 2021 report sheet, filled, plus 20 data sheets of 5,000 rows × 20 columns
 * (2,000,000 cells; a quarter of them text, as in a department's records). After the first check,
 * the user edits one value cell of the report's Table B (making a sum wrong, then right again),
 * and, in a second series, one cell of a data sheet. Each edit is timed from the change event to
 * the check's report, the pane's debounce skipped; the text findings (the narrative chunk) are
 * included. Bar: ≤ 100 ms per edit after the first check; cells read per edit = the changed
 * sheet's.
 *
 * Also: a sheet of 60,000 rows is cut to the read box (`read-box.ts`), and what that costs.
 *
 *   npm run bench:edit          (npm run bench runs it too)
 */
import { performance } from "perf_hooks";
import { sheetFacts } from "../src/core/locate/sheet-facts";
import { checkNarrativeText } from "../src/core/narrative";
import type { CellValue, SheetGrid } from "../src/core/types";
import { PaneController } from "../src/taskpane/controller";
import { loadNarrativeModule } from "../src/taskpane/narrative-load";
import { cellOf, FakeHost, templateSheet } from "../test/helpers/pane-fake-host";

const BAR_MS = 100;
const DATA_SHEETS = 20;
const ROWS = 5000;
const COLS = 20;

const KINDS = ["已办结", "办理中", "转办", "不予受理"];

function dataSheet(index: number, rows = ROWS): SheetGrid {
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < COLS; c++) {
      if (c === 0) row.push(`XM-${index}-${r}`);
      else if (c === 1) row.push(`${["市", "区", "县"][r % 3]}第${(r % 40) + 1}办公室`);
      else if (c === 2) row.push(KINDS[(r + c) % KINDS.length]);
      else if (c === 3) row.push(r % 7 === 0 ? `备注：${r}号材料已补正` : null);
      else if (c === 4) row.push(45000 + (r % 365));
      else row.push((r * 31 + c * 17) % 1000);
    }
    values.push(row);
  }
  return { name: `数据${index + 1}`, values, originRow: 0, originCol: 0 };
}

function timed(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const ms = (n: number): string => (n < 10 ? n.toFixed(2) : n.toFixed(1));

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Timers that never fire: the bench calls the check itself, so the debounce is not measured. */
const noTimers = { set: (): unknown => null, clear: (): void => undefined };

async function pane(host: FakeHost): Promise<PaneController> {
  const controller = new PaneController(host, { timers: noTimers, loadNarrative: loadNarrativeModule, now: () => new Date(2025, 1, 10) });
  await controller.start();
  return controller;
}

interface Series {
  label: string;
  times: number[];
  /** CPU time (user + system) of the process per edit, ms: wall time minus waiting on a loaded machine. */
  cpu: number[];
  cells: number[];
  findings: number[];
}

/** `edits` edits of `a1` on `sheet`, alternating two values; each timed from the event to the report. */
async function editSeries(label: string, host: FakeHost, controller: PaneController, sheet: string, a1: string, values: CellValue[], edits: number): Promise<Series> {
  const out: Series = { label, times: [], cpu: [], cells: [], findings: [] };
  for (let i = 0; i < edits; i++) {
    host.setCell(sheet, a1, values[i % values.length]);
    const cellsBefore = host.calls.cellsRead;
    const t = performance.now();
    const c = process.cpuUsage();
    host.emitChange(sheet, a1);
    // What the debounce would call once the burst is over.
    await controller.checkEdits();
    out.times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    out.cpu.push((used.user + used.system) / 1000);
    out.cells.push(host.calls.cellsRead - cellsBefore);
    out.findings.push(controller.state.report?.findings.length ?? -1);
  }
  return out;
}

function print(series: Series, sheetCells: number): void {
  const med = median(series.times);
  const cells = median(series.cells);
  console.log(
    `  ${series.label.padEnd(34)} median ${ms(med).padStart(7)} ms (CPU ${ms(median(series.cpu))})  min ${ms(Math.min(...series.times)).padStart(7)}  max ${ms(Math.max(...series.times)).padStart(7)}` +
      `  cells read ${cells} (sheet: ${sheetCells})  findings ${series.findings.join("/")}` +
      `  ${med <= BAR_MS && cells === sheetCells ? "bar met" : "BAR MISSED"}`,
  );
}

async function main(): Promise<void> {
  const { sheet: report, plan } = templateSheet("national-2021", 2024);
  const data = Array.from({ length: DATA_SHEETS }, (_, i) => dataSheet(i));
  const host = new FakeHost([report, ...data]);
  const total = [report, ...data].reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
  const reportCells = report.values.reduce((m, r) => m + r.length, 0);
  console.log(`Pane live check per edit (fake host; node ${process.version}): ${DATA_SHEETS + 1} sheets, ${total.toLocaleString("en")} cells`);

  let t = performance.now();
  const controller = await pane(host);
  const first = performance.now() - t;
  console.log(`  first check + narrative chunk     ${ms(first)} ms, cells read ${host.calls.cellsRead}`);

  const b1 = cellOf(plan, "B", "B1|natural");
  print(await editSeries("edit on the report sheet (表三)", host, controller, report.name, b1, [5, 0], 21), reportCells);
  print(await editSeries("edit on a data sheet", host, controller, "数据7", "F100", [1, 2], 11), ROWS * COLS);
  // Where a data sheet's edit goes: the sheet located anew, its text checked anew (core work).
  const sample = dataSheet(6);
  const tables = controller.state.report?.tables ?? [];
  const locate = median(Array.from({ length: 5 }, () => timed(() => sheetFacts(structuredClone(sample)))));
  const text = median(Array.from({ length: 5 }, () => timed(() => checkNarrativeText([sample], tables))));
  console.log(`    of which, for one data sheet: locating ${ms(locate)} ms, its text checks ${ms(text)} ms`);

  // The old way, for comparison: every sheet read and located on every edit.
  t = performance.now();
  await controller.check();
  console.log(`  重新校验 (reads everything)         ${ms(performance.now() - t)} ms`);

  // A sheet far over the box: cut, and named in the pane.
  const huge = dataSheet(99, 60000);
  huge.name = "明细";
  const big = new FakeHost([report, huge]);
  t = performance.now();
  const c2 = await pane(big);
  console.log(
    `  workbook with a 60,000-row sheet  first check ${ms(performance.now() - t)} ms, cells read ${big.calls.cellsRead} of ${60000 * COLS + reportCells};` +
      ` pane notes: ${c2.state.cut.map((c) => c.sheet).join("、") || "none"}`,
  );
  controller.dispose();
  c2.dispose();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

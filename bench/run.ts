/**
 * Benchmarks of the command line's hot paths. Prints numbers, asserts nothing (`npm run bench`).
 *
 * 1. Checking one located report of each format (`checkTable` over its located tables).
 * 2. Loading one filled .xlsx and checking it: the share of the time spent checking.
 * 3. `nianbao check` over a folder of 100 filled workbooks, as a child process.
 * 4. The text checks on a workbook with 200,000 text cells, with and without the prefilter
 *    (narrative-text.ts).
 * 5. The batch review (batch.ts): 1000 workbooks against exceljs alone, the hostile files of
 *    issue 8, 100 mixed documents.
 * 6. 100 documents in the proportions a reviewer receives, numbers varied (mixed-folder.ts): the
 *    median read time per form and the run's summary counts.
 *
 * Workbooks are our own templates with every value cell filled, in two fillings: all zeros (a
 * consistent report: no findings) and varied numbers (most sums fail: many findings, the
 * checker's slow path).
 */
import { spawnSync } from "child_process";
import * as ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { readXlsx } from "../src/cli/xlsx-read";
import { addPlanToWorkbook } from "../src/cli/xlsx-write";
import { checkTable } from "../src/core/check";
import { FORMAT_IDS } from "../src/core/formats";
import type { FormatId } from "../src/core/formats/model";
import { planTemplate } from "../src/core/layout";
import { locateTables } from "../src/core/locate";
import { checkWorkbook } from "../src/core/workbook";
import { benchBatch } from "./batch";
import { benchMixedFolder } from "./mixed-folder";
import { benchNarrativeText } from "./narrative-text";
import { benchReadXlsx } from "./read-xlsx";

const YEAR: Readonly<Record<FormatId, number>> = { "legacy-2014": 2017, "national-2019": 2020, "national-2021": 2023 };
const GOALS = { checkMs: 1, checkShare: 0.1, folderSeconds: 10 };

type Filling = "zeros" | "varied";

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median milliseconds of `fn` over `n` runs, after a few unmeasured ones. */
function timeSync(n: number, fn: () => void): number {
  for (let i = 0; i < Math.min(20, n); i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

async function timeAsync(n: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** A filled template of a format, as the bytes of an .xlsx. */
async function filledXlsx(format: FormatId, filling: Filling, agency = "基准测试市审计局"): Promise<Buffer> {
  const plan = planTemplate(format, YEAR[format], agency);
  const workbook = new ExcelJS.Workbook();
  const sheet = addPlanToWorkbook(workbook, plan);
  let i = 0;
  for (const table of plan.tables) {
    for (const a1 of Object.values(table.cells)) {
      sheet.getCell(a1).value = filling === "zeros" ? 0 : ((i++ * 7) % 11) + 1;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const ms = (n: number): string => (n < 10 ? n.toFixed(3) : n.toFixed(1));
const pct = (n: number): string => `${(n * 100).toFixed(1)} %`;

function printTable(title: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c]))));
  const line = (cells: string[]): string => cells.map((cell, c) => cell + " ".repeat(widths[c] - width(cell))).join("  ");
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

async function benchCheck(): Promise<void> {
  const rows: string[][] = [];
  for (const format of FORMAT_IDS) {
    for (const filling of ["zeros", "varied"] as const) {
      const book = await readXlsx(await filledXlsx(format, filling));
      const grids = book.sheets.map((s) => s.grid);
      const tables = locateTables(grids);
      const findings = tables.flatMap((t) => checkTable(t)).length;
      const check = timeSync(3000, () => tables.forEach((t) => checkTable(t)));
      const whole = timeSync(500, () => checkWorkbook(grids));
      rows.push([format, filling, String(tables.length), String(findings), ms(check), ms(whole), check < GOALS.checkMs ? "yes" : "NO"]);
    }
  }
  printTable(
    `1. Checking one located report (median ms; goal < ${GOALS.checkMs} ms for checkTable)`,
    ["format", "filling", "tables", "findings", "checkTable", "locate+check", "goal met"],
    rows,
  );
}

const IGNORE_NOTHING: ExcelJS.XlsxReadOptions = { ignoreNodes: [] };

async function benchLoad(): Promise<void> {
  const rows: string[][] = [];
  for (const format of FORMAT_IDS) {
    const data = await filledXlsx(format, "varied");
    const plain = await timeAsync(30, async () => new ExcelJS.Workbook().xlsx.load(data as unknown as ExcelJS.Buffer, IGNORE_NOTHING));
    const load = await timeAsync(30, () => readXlsx(data));
    const book = await readXlsx(data);
    const grids = book.sheets.map((s) => s.grid);
    const check = timeSync(200, () => checkWorkbook(grids));
    const share = check / load;
    rows.push([format, `${(data.length / 1024).toFixed(0)} KB`, ms(plain), ms(load), ms(check), pct(share), share < GOALS.checkShare ? "yes" : "NO"]);
  }
  printTable(
    `2. Loading and checking one .xlsx (median ms; goal: checking < ${pct(GOALS.checkShare)} of loading)`,
    ["format", "size", "exceljs load (all parts)", "read (as check does)", "checkWorkbook", "check/read", "goal met"],
    rows,
  );
}

async function benchFolder(): Promise<void> {
  const files = 100;
  const dir = mkdtempSync(join(tmpdir(), "nianbao-bench-"));
  // build/bench/run.js → the repository's bin/nianbao.js, which runs build/src/cli/main.js.
  const bin = join(__dirname, "..", "..", "bin", "nianbao.js");
  try {
    const made: Buffer[] = [];
    for (const format of FORMAT_IDS) made.push(await filledXlsx(format, "zeros"), await filledXlsx(format, "varied"));
    for (let i = 0; i < files; i++) writeFileSync(join(dir, `单位${String(i).padStart(3, "0")}.xlsx`), made[i % made.length]);
    const rows: string[][] = [];
    for (const mode of [["--json"], []]) {
      const samples: number[] = [];
      let code: number | null = null;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        const r = spawnSync(process.execPath, [bin, "check", ...mode, dir], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
        samples.push((performance.now() - t) / 1000);
        code = r.status;
      }
      const s = median(samples);
      const perFile = ((s * 1000) / files).toFixed(0);
      rows.push([mode.length ? "--json" : "text", String(files), s.toFixed(2), perFile, String(code), s < GOALS.folderSeconds ? "yes" : "NO"]);
    }
    const start = timeSync(5, () => spawnSync(process.execPath, [bin, "--help"]));
    printTable(
      `3. nianbao check over a folder of ${files} workbooks, as a child process (median of 3; goal < ${GOALS.folderSeconds} s)`,
      ["output", "files", "seconds", "ms/file", "exit", "goal met"],
      rows,
    );
    console.log(`   (starting node and printing --help alone: ${ms(start)} ms)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`nianbao benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  await benchCheck();
  await benchLoad();
  await benchFolder();
  benchNarrativeText();
  await benchBatch();
  await benchMixedFolder();
  await benchReadXlsx();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

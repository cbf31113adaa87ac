/**
 * The PDF reader: how many cells of the real published report (淮安市人民政府 2024) it gets right
 * against the hand transcription (goal: all), and the median read time per file of each PDF
 * fixture, then the whole check (read + `checkWorkbook`) of the real report.
 * Prints numbers, asserts nothing: `npm run build:node && node build/bench/read-pdf.js`.
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import { performance } from "perf_hooks";
import { checkWorkbook } from "../src/core/workbook";
import { bookGrids } from "../src/readers/book";
import { DEFAULT_LIMITS } from "../src/readers/limits";
import { read } from "../src/readers/pdf";
import { findCell, findSheet, type TranscribedCell } from "../test/readers/pdf/transcription";

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median wall and CPU time (ms): on a loaded machine the wall time says little, the CPU time more. */
async function medianMs(n: number, fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  for (let i = 0; i < 2; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const both = (t: { wall: number; cpu: number }): string => `${t.wall.toFixed(0).padStart(5)} ms wall, ${t.cpu.toFixed(0).padStart(5)} ms CPU`;

async function main(): Promise<void> {
  const dir = join(repoRoot(), "test/fixtures/pdf");
  const real = new Uint8Array(readFileSync(join(dir, "real/huaian-szf-2024.pdf")));
  const transcription = JSON.parse(readFileSync(join(dir, "real/huaian-szf-2024.json"), "utf8")) as { cells: TranscribedCell[] };

  const first = performance.now();
  const book = await read(real, DEFAULT_LIMITS);
  const firstMs = performance.now() - first;
  let right = 0;
  const wrong: string[] = [];
  for (const cell of transcription.cells) {
    const got = findCell(findSheet(book, cell.table), cell);
    if (got === cell.value) right++;
    else wrong.push(`${cell.table} ${cell.group}/${cell.row}/${cell.col}: ${cell.value} → ${String(got)}`);
  }
  console.log(`real PDF huaian-szf-2024.pdf: ${right} of ${transcription.cells.length} transcribed cells right`);
  for (const w of wrong.slice(0, 10)) console.log(`  wrong: ${w}`);
  console.log(`first read in a fresh process (pdf.js loaded, cold JIT): ${firstMs.toFixed(0)} ms`);

  const files = ["real/huaian-szf-2024.pdf", "template-national-2021.pdf", "template-legacy-2014.pdf", "report-word.pdf", "scanned.pdf"];
  console.log("median read time per file (7 reads after 2 warm-up reads):");
  for (const file of files) {
    const data = new Uint8Array(readFileSync(join(dir, file)));
    const kb = (data.length / 1024).toFixed(0);
    const t = await medianMs(7, () => read(data, DEFAULT_LIMITS).catch(() => null));
    console.log(`  ${file.padEnd(30)} ${kb.padStart(4)} KB  ${both(t)}`);
  }
  const check = await medianMs(7, async () => checkWorkbook(bookGrids(await read(real, DEFAULT_LIMITS))));
  console.log(`read + check of the real report (median of 7): ${both(check)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

/**
 * How long the Word reader takes per file: median of many reads of each .docx fixture (the seed,
 * a 2021 report, the 2019 template as one table) and of a long synthetic report (40 pages of
 * text and 30 tables), then the whole check (read + `checkWorkbook`) of the 2021 report.
 * Prints numbers, asserts nothing: `npm run build:node && node build/bench/read-docx.js`.
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import { performance } from "perf_hooks";
import { strToU8, zipSync } from "fflate";
import { checkWorkbook } from "../src/core/workbook";
import { bookGrids } from "../src/readers/book";
import { read } from "../src/readers/docx";
import { DEFAULT_LIMITS } from "../src/readers/limits";

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

/**
 * Median wall-clock and CPU milliseconds of `fn`. CPU time is printed too because this machine is
 * often shared: wall time then measures the queue for a core as much as the reader.
 */
async function medianMs(n: number, fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  for (let i = 0; i < 5; i++) await fn();
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

const fmt = (t: { wall: number; cpu: number }): string => `${t.wall.toFixed(2).padStart(8)} ms  (CPU ${t.cpu.toFixed(2).padStart(7)} ms)`;

/** A long report: 600 paragraphs and 30 tables of 30 rows × 10 cells, one cell of each row merged. */
function longReport(): Uint8Array {
  const p = (t: string): string => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
  const tc = (t: string, props = ""): string => `<w:tc><w:tcPr>${props}</w:tcPr>${p(t)}</w:tc>`;
  const parts: string[] = [];
  for (let t = 0; t < 30; t++) {
    for (let i = 0; i < 20; i++) parts.push(p(`2023年，我局第${t}部分第${i}段，共收到政府信息公开申请${i}件，均已按时答复。`));
    const rows = Array.from({ length: 30 }, (_, r) => {
      const label = tc(r % 5 === 0 ? "三、本年度办理结果" : "", r % 5 === 0 ? '<w:vMerge w:val="restart"/>' : "<w:vMerge/>");
      const cells = Array.from({ length: 8 }, (_, c) => tc(String(r * c)));
      return `<w:tr>${label}${tc("（三）不予公开", '<w:gridSpan w:val="2"/>')}${cells.join("")}</w:tr>`;
    });
    parts.push(`<w:tbl>${rows.join("")}</w:tbl>`);
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${parts.join("")}</w:body></w:document>`;
  return zipSync({ "word/document.xml": strToU8(xml) });
}

async function main(): Promise<void> {
  const dir = join(repoRoot(), "test/fixtures/docx");
  const files: Array<[string, Uint8Array]> = ["seed-2017.docx", "report-2021.docx", "template-2019.docx"].map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]);
  files.push(["synthetic long report (30 tables)", longReport()]);
  console.log("Word (.docx) reader, median of 50 reads per file");
  for (const [name, bytes] of files) {
    const ms = await medianMs(50, () => read(bytes, DEFAULT_LIMITS));
    console.log(`  ${name.padEnd(36)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB  ${fmt(ms)}`);
  }
  const report = files[1][1];
  const whole = await medianMs(50, async () => checkWorkbook(bookGrids(await read(report, DEFAULT_LIMITS))));
  console.log(`  ${"read + check of report-2021.docx".padEnd(47)}  ${fmt(whole)}`);
}

void main();

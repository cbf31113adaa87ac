/**
 * The batch review as the reviewing office runs it (`nianbao check` over a folder, as a child
 * process of the built command line). Prints numbers, asserts nothing.
 *
 * a. 1000 filled report workbooks: the run's wall time ÷ loading the same files with exceljs
 *    alone (in this process, one after the other), with one and with two workers.
 * b. Each hostile file of issue 8 beside a good report: wall time, peak RSS, what the file got,
 *    and whether the good report was still checked.
 * c. A folder of 100 mixed documents (.xlsx, .xls, .docx, .html, .pdf from the test fixtures).
 */
import { spawnSync } from "child_process";
import * as ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { strToU8, Zip, ZipDeflate, zipSync, type Zippable } from "fflate";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import * as zlib from "zlib";
import { addPlanToWorkbook } from "../src/cli/xlsx-write";
import type { JsonReport } from "../src/cli/report-json";
import { FORMAT_IDS } from "../src/core/formats";
import type { FormatId } from "../src/core/formats/model";
import { planTemplate } from "../src/core/layout";

const ROOT = join(__dirname, "..", "..");
// build/bench/batch.js → the repository's bin/nianbao.js, which runs build/src/cli/main.js.
const BIN = join(ROOT, "bin", "nianbao.js");
const YEAR: Readonly<Record<FormatId, number>> = { "legacy-2014": 2017, "national-2019": 2020, "national-2021": 2023 };
const GOALS = { ratio: 0.5, hostileSeconds: 5, hostileRssMb: 500 };
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

interface Run {
  seconds: number;
  /** Peak resident set of the command (its worker threads included), when /usr/bin/time exists. */
  rssMb: number | null;
  code: number | null;
  report: JsonReport | null;
}

/** `nianbao check --json ARGS` as a child process: wall time, peak RSS, exit code and the report. */
function nianbao(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const argv = [BIN, "check", "--json", ...args];
  const t = performance.now();
  const r = TIME
    ? spawnSync(TIME, ["-f", "%M", process.execPath, ...argv], { encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, ...env } })
    : spawnSync(process.execPath, argv, { encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const seconds = (performance.now() - t) / 1000;
  const rssLine = TIME ? r.stderr.trim().split("\n").pop() : undefined;
  let report: JsonReport | null = null;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    report = null;
  }
  return { seconds, rssMb: rssLine && /^\d+$/.test(rssLine) ? Number(rssLine) / 1024 : null, code: r.status, report };
}

async function filledXlsx(format: FormatId, varied: boolean, agency: string): Promise<Buffer> {
  const plan = planTemplate(format, YEAR[format], agency);
  const workbook = new ExcelJS.Workbook();
  const sheet = addPlanToWorkbook(workbook, plan);
  let i = 0;
  for (const table of plan.tables) for (const a1 of Object.values(table.cells)) sheet.getCell(a1).value = varied ? ((i++ * 7) % 11) + 1 : 0;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const mb = (n: number | null): string => (n === null ? "n/a" : n.toFixed(0));
const clip = (s: string | null | undefined, n = 38): string => (!s ? "" : s.length > n ? `${s.slice(0, n)}…` : s);

function printTable(title: string, head: string[], rows: string[][]): void {
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = head.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c]))));
  const line = (cells: string[]): string => cells.map((cell, c) => cell + " ".repeat(widths[c] - width(cell))).join("  ");
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

/** Seconds exceljs takes to load every workbook of `folder` (bench/exceljs-load.ts, a fresh process). */
function exceljsLoad(folder: string): number {
  const r = spawnSync(process.execPath, [join(__dirname, "exceljs-load.js"), folder], { encoding: "utf8" });
  const seconds = Number(r.stdout.trim());
  if (r.status !== 0 || !Number.isFinite(seconds)) throw new Error(`exceljs-load failed: ${r.stderr}`);
  return seconds;
}

/** a. 1000 workbooks: nianbao check ÷ exceljs alone, side by side in one run. */
async function benchThousand(dir: string): Promise<void> {
  const files = 1000;
  const made: Buffer[] = [];
  for (const format of FORMAT_IDS) for (const varied of [false, true]) made.push(await filledXlsx(format, varied, "基准测试市审计局"));
  const folder = join(dir, "thousand");
  mkdirSync(folder);
  for (let i = 0; i < files; i++) writeFileSync(join(folder, `单位${String(i).padStart(4, "0")}.xlsx`), made[i % made.length]);
  // exceljs alone (every file read from disk and loaded, as the old read path did) in a fresh
  // process, interleaved with the nianbao runs: this machine's speed drifts by half from minute
  // to minute, and a yardstick measured once, before everything else, drifts with it.
  const exceljsRuns: number[] = [];
  const rows: string[][] = [];
  const runs: Record<string, Run[]> = { "1": [], "2": [], default: [] };
  // Five rounds: one slow minute moves a median of five less than a median of three.
  for (let i = 0; i < 5; i++) {
    exceljsRuns.push(exceljsLoad(folder));
    for (const workers of Object.keys(runs)) runs[workers].push(nianbao([folder], workers === "default" ? {} : { NIANBAO_WORKERS: workers }));
  }
  const exceljs = median(exceljsRuns);
  rows.push(["exceljs load only", "-", `${exceljs.toFixed(2)} (${exceljsRuns.map((s) => s.toFixed(1)).join(" ")})`, "1.00", "-", "-"]);
  for (const [workers, list] of Object.entries(runs)) {
    const seconds = median(list.map((r) => r.seconds));
    const ratio = seconds / exceljs;
    const peak = Math.max(...list.map((r) => r.rssMb ?? 0));
    const label = workers === "default" ? "nianbao check, default" : `nianbao check, ${workers} worker${workers === "1" ? "" : "s"}`;
    rows.push([
      label,
      String(list[0].report?.summary.files ?? "?"),
      `${seconds.toFixed(2)} (${list.map((r) => r.seconds.toFixed(1)).join(" ")})`,
      ratio.toFixed(2),
      peak ? peak.toFixed(0) : "n/a",
      ratio <= GOALS.ratio ? "yes" : "NO",
    ]);
  }
  printTable(
    `a. ${files} filled report workbooks (seconds; goal: nianbao ÷ exceljs ≤ ${GOALS.ratio})`,
    ["run", "files", "seconds, median (runs)", "÷ exceljs", "peak MB", "goal met"],
    rows,
  );
}

/** A minimal workbook package around the given sheets' XML. */
function rawBook(sheets: { name: string; xml: string }[]): Uint8Array {
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const files: Zippable = {
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${s.xml}</worksheet>`)));
  return zipSync(files);
}

/** 1,048,576 rows × 10 numbers (about 33 MB zipped), streamed into the zip a block of rows at a time. */
function millionRows(file: string): void {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const base = rawBook([{ name: "Sheet1", xml: "<sheetData/>" }]);
  // Reuse every part of the small package except the sheet, which is streamed.
  const parts = unzipNames(base);
  for (const [name, data] of parts) {
    if (name === "xl/worksheets/sheet1.xml") continue;
    const entry = new ZipDeflate(name, { level: 1 });
    zip.add(entry);
    entry.push(data, true);
  }
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 1 });
  zip.add(sheet);
  sheet.push(strToU8('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
  const letters = "ABCDEFGHIJ";
  for (let start = 1; start <= 1_048_576; start += 4096) {
    let xml = "";
    for (let r = start; r < start + 4096 && r <= 1_048_576; r++) {
      xml += `<row r="${r}">`;
      for (let c = 0; c < 10; c++) xml += `<c r="${letters[c]}${r}"><v>${(r * 31 + c * 7) % 100000}</v></c>`;
      xml += "</row>";
    }
    sheet.push(strToU8(xml));
  }
  sheet.push(strToU8("</sheetData></worksheet>"), true);
  zip.end();
  writeFileSync(file, Buffer.concat(chunks));
}

function unzipNames(data: Uint8Array): [string, Uint8Array][] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unzipSync } = require("fflate") as typeof import("fflate");
  return Object.entries(unzipSync(data));
}

/** A zip whose one sheet inflates to `megabytes` MB of zeros (about 1000:1), headers telling the truth. */
function zeroBomb(file: string, megabytes: number): void {
  const block = zlib.deflateRawSync(new Uint8Array(1 << 20), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const deflated = Buffer.concat([...Array.from({ length: megabytes }, () => block), zlib.deflateRawSync(new Uint8Array(0))]);
  const size = megabytes * (1 << 20);
  // A well-formed package (workbook, relationships) whose one sheet is the bomb.
  const entries = unzipNames(rawBook([{ name: "Sheet1", xml: "<sheetData/>" }]))
    .filter(([name]) => name !== "xl/worksheets/sheet1.xml")
    .map(([name, data]) => ({ name, data: zlib.deflateRawSync(data), size: data.length }));
  entries.push({ name: "xl/worksheets/sheet1.xml", data: deflated, size });
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(file, Buffer.concat([...locals, dir, end]));
}

/** b. Each hostile file of issue 8 beside a good report. */
async function benchHostile(dir: string, only?: string): Promise<void> {
  const good = await filledXlsx("national-2021", true, "基准测试市审计局");
  const cases: { name: string; file: string; make: (file: string) => void }[] = [
    {
      name: "merge A1:XFD1048576 on a spare sheet",
      file: "合并.xlsx",
      make: (f) =>
        writeFileSync(
          f,
          rawBook([
            { name: "Sheet1", xml: "<sheetData/>" },
            { name: "备用", xml: '<sheetData/><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' },
          ]),
        ),
    },
    { name: "4 MB zip inflating to 4 GB", file: "炸弹.xlsx", make: (f) => zeroBomb(f, 4096) },
    { name: "1,048,576 rows × 10 numbers", file: "百万行.xlsx", make: millionRows },
    {
      name: "200,000 merged ranges",
      file: "合并多.xlsx",
      make: (f) => {
        const merges: string[] = [];
        for (let i = 0; i < 200_000; i++) merges.push(`<mergeCell ref="A${2 * i + 1}:B${2 * i + 2}"/>`);
        writeFileSync(f, rawBook([{ name: "Sheet1", xml: `<sheetData/><mergeCells count="200000">${merges.join("")}</mergeCells>` }]));
      },
    },
    { name: "FIFO named x.xlsx", file: "管道.xlsx", make: (f) => spawnSync("mkfifo", [f]) },
    { name: "link to /dev/zero", file: "零.xlsx", make: (f) => symlinkSync("/dev/zero", f) },
  ];
  const rows: string[][] = [];
  for (const c of cases) {
    if (only && !c.file.includes(only)) continue;
    const folder = join(dir, `hostile-${rows.length}`);
    mkdirSync(folder);
    writeFileSync(join(folder, "正常.xlsx"), good);
    c.make(join(folder, c.file));
    const run = nianbao([folder]);
    const mine = run.report?.files.find((f) => f.file.endsWith(c.file));
    const other = run.report?.files.find((f) => f.file.endsWith("正常.xlsx"));
    const got = mine?.error ?? mine?.findings.map((f) => f.message).find((m) => /过大|上限|跳过|超过/.test(m)) ?? (mine ? "checked" : "no result");
    const ok = run.seconds < GOALS.hostileSeconds && (run.rssMb === null || run.rssMb < GOALS.hostileRssMb) && other?.error === null;
    rows.push([
      c.name,
      run.seconds.toFixed(2),
      mb(run.rssMb),
      String(run.code),
      other?.error === null ? "yes" : `NO: ${clip(other?.error ?? "no result", 30)}`,
      clip(got),
      ok ? "yes" : "NO",
    ]);
    rmSync(folder, { recursive: true, force: true });
  }
  printTable(
    `b. Hostile files, each beside a good report (goal: < ${GOALS.hostileSeconds} s, peak < ${GOALS.hostileRssMb} MB, the good one checked)`,
    ["file", "seconds", "peak MB", "exit", "good checked", "what the file got", "goal met"],
    rows,
  );
}

/** c. 100 documents of every form the readers take, from the test fixtures. */
async function benchMixed(dir: string): Promise<void> {
  const fixtures = join(ROOT, "test", "fixtures");
  const sources: string[] = [];
  for (const sub of ["docx", "html", "pdf", "xls"]) {
    const d = join(fixtures, sub);
    if (!existsSync(d)) continue;
    for (const name of readdirSync(d))
      if (/\.(docx|html|pdf|xls|xlsx)$/.test(name) && !/encrypted|garbage|truncated|restricted|scanned/.test(name)) sources.push(join(d, name));
  }
  for (const format of FORMAT_IDS) {
    const file = join(dir, `${format}.xlsx`);
    writeFileSync(file, await filledXlsx(format, true, "基准测试市审计局"));
    sources.push(file);
  }
  const folder = join(dir, "mixed");
  mkdirSync(folder);
  for (let i = 0; i < 100; i++) {
    const src = sources[i % sources.length];
    writeFileSync(join(folder, `${String(i).padStart(3, "0")}-${src.split("/").pop()}`), readFileSync(src));
  }
  const run = nianbao([folder]);
  const forms = new Map<string, { n: number; tables: number; unreadable: number }>();
  for (const f of run.report?.files ?? []) {
    const ext = f.file.slice(f.file.lastIndexOf("."));
    const e = forms.get(ext) ?? { n: 0, tables: 0, unreadable: 0 };
    e.n++;
    e.tables += f.tables.length;
    if (f.error !== null) e.unreadable++;
    forms.set(ext, e);
  }
  printTable(
    `c. nianbao check over 100 mixed documents: ${run.seconds.toFixed(2)} s, peak ${mb(run.rssMb)} MB, exit ${run.code}`,
    ["form", "files", "tables found", "unreadable"],
    [...forms].map(([ext, e]) => [ext, String(e.n), String(e.tables), String(e.unreadable)]),
  );
}

export async function benchBatch(): Promise<void> {
  if (!existsSync(join(ROOT, "build", "src", "cli", "main.js"))) {
    console.log("\n(batch benchmarks skipped: build/ is missing; run npm run build:node)");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "nianbao-batch-"));
  try {
    await benchThousand(dir);
    await benchHostile(dir);
    await benchMixed(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  // `node build/bench/batch.js hostile [合并]`: one part only.
  const [part, only] = process.argv.slice(2);
  const dir = mkdtempSync(join(tmpdir(), "nianbao-batch-"));
  const run = part === "hostile" ? benchHostile(dir, only) : part === "mixed" ? benchMixed(dir) : part === "thousand" ? benchThousand(dir) : benchBatch();
  run
    .finally(() => rmSync(dir, { recursive: true, force: true }))
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    });
}

/**
 * `nianbao check` over a folder of 100 documents in the forms a reviewing office receives: mostly
 * Word files, then workbooks (.xlsx, old .xls and WPS .et), PDFs and saved web pages. Made from
 * the test fixtures (the project's own templates converted by LibreOffice, hand-made pages), each
 * copy's table numbers scaled by 1-4 so the folder is not 100 identical files (scaling keeps
 * every sum true, so a report's planted slips stay its only findings; the PDFs are copied as they
 * are). Prints the run's wall time, the median read time per form (in this process, as the
 * command line reads: readDocumentFile), and the run's summary counts. Asserts nothing.
 * Run: npm run build:node && node build/bench/mixed-folder.js
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { read as readSheetJs, write as writeSheetJs } from "@e965/xlsx";
import { unzipSync, zipSync } from "fflate";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import type { JsonReport } from "../src/cli/report-json";

const ROOT = join(__dirname, "..", "..");
// build/bench/mixed-folder.js → the repository's bin/nianbao.js, which runs build/src/cli/main.js.
const BIN = join(ROOT, "bin", "nianbao.js");
const FIXTURES = join(ROOT, "test", "fixtures");

/** How many of the 100 files come in each form, and the fixtures each form's copies start from. */
const MIX: readonly { ext: string; count: number; sources: string[] }[] = [
  { ext: "docx", count: 35, sources: ["cross-form/report.docx", "docx/report-2021.docx", "docx/report-2021-framed.docx", "docx/seed-2017.docx", "docx/template-2019.docx"] },
  { ext: "xlsx", count: 20, sources: ["cross-form/report.xlsx", "xls/template-2019.xlsx", "xls/template-legacy.xlsx"] },
  {
    ext: "pdf",
    count: 15,
    sources: ["cross-form/report.pdf", "pdf/template-national-2021.pdf", "pdf/template-legacy-2014.pdf", "pdf/report-word.pdf", "pdf/real/huaian-szf-2024.pdf"],
  },
  { ext: "xls", count: 12, sources: ["cross-form/report.xls", "xls/template-2019.xls", "xls/template-legacy.xls"] },
  { ext: "html", count: 15, sources: ["cross-form/report.html", "html/template-2019.html", "html/template-legacy.html", "html/gov-2021.html", "html/word-report-2021.html"] },
  { ext: "et", count: 3, sources: ["cross-form/report.et"] },
];

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A table number scaled; years (a title split into runs leaves `2023` alone in a cell) are kept. */
const scaled = (text: string, k: number): string => {
  const n = Number(text);
  return n >= 1990 && n <= 2100 ? text : String(Math.round(n * k * 100) / 100);
};

/**
 * Every number standing alone between tags scaled by k: `<v>` of a workbook cell that is not a
 * shared-string index, `<w:t>` of a Word run, the text of an HTML cell. The bytes are read as
 * latin1 so UTF-8 and GBK text passes through untouched (their bytes are never ASCII digits).
 */
function scaleMarkup(bytes: Uint8Array, k: number, pattern: RegExp): Uint8Array {
  const text = Buffer.from(bytes).toString("latin1");
  return Buffer.from(
    text.replace(pattern, (whole: string, open: string, n: string, close: string) => `${open}${scaled(n, k)}${close}`),
    "latin1",
  );
}

// A formula cell's cached value too (a SUM total), so the sums stay true in the copy.
const XLSX_VALUE = /(<c (?:(?!t=)[^>])*>(?:<f>[^<]*<\/f>)?<v>)(\d+(?:\.\d+)?)(<\/v>)/g;
const DOCX_TEXT = /(<w:t(?: [^>]*)?>)(\d+)(<\/w:t>)/g;
const HTML_TEXT = /(>)(\d+)(<\/)/g;

function scaleZip(data: Uint8Array, k: number, part: RegExp, pattern: RegExp): Uint8Array {
  const files = unzipSync(data);
  for (const name of Object.keys(files)) if (part.test(name)) files[name] = scaleMarkup(files[name], k, pattern);
  return zipSync(files);
}

function scaleBiff(data: Uint8Array, k: number): Uint8Array {
  const book = readSheetJs(data, { type: "array", cellStyles: false });
  for (const sheet of Object.values(book.Sheets)) {
    for (const [ref, cell] of Object.entries(sheet)) {
      if (ref.startsWith("!") || cell === null || typeof cell !== "object" || !("t" in cell)) continue;
      if (cell.t === "n" && typeof cell.v === "number") cell.v = Number(scaled(String(cell.v), k));
    }
  }
  return new Uint8Array(writeSheetJs(book, { type: "array", bookType: "biff8" }) as ArrayBuffer);
}

/** A copy of a fixture with its numbers scaled by k (k = 1: the fixture as it is). */
function variant(ext: string, data: Uint8Array, k: number): Uint8Array {
  if (k === 1) return data;
  switch (ext) {
    case "xlsx":
      return scaleZip(data, k, /^xl\/worksheets\/.+\.xml$/, XLSX_VALUE);
    case "docx":
      return scaleZip(data, k, /^word\/document\.xml$/, DOCX_TEXT);
    case "html":
      return scaleMarkup(data, k, HTML_TEXT);
    case "xls":
    case "et":
      return scaleBiff(data, k);
    default:
      return data;
  }
}

interface Made {
  file: string;
  ext: string;
}

export function makeFolder(folder: string): Made[] {
  mkdirSync(folder, { recursive: true });
  const made: Made[] = [];
  let n = 0;
  for (const { ext, count, sources } of MIX) {
    for (let i = 0; i < count; i++) {
      const src = sources[i % sources.length];
      // Successive copies of one fixture get k = 1, 2, 3, 4, 1, …
      const k = 1 + (Math.floor(i / sources.length) % 4);
      const file = join(folder, `单位${String(++n).padStart(3, "0")}.${ext}`);
      writeFileSync(file, variant(ext, new Uint8Array(readFileSync(join(FIXTURES, src))), k));
      made.push({ file, ext });
    }
  }
  return made;
}

const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

interface Run {
  seconds: number;
  /** User + system seconds of the run and its worker threads, and its peak RSS, when /usr/bin/time exists. */
  cpuSeconds: number | null;
  rssMb: number | null;
  code: number | null;
  report: JsonReport | null;
}

function check(folder: string): Run {
  const argv = [BIN, "check", "--json", folder];
  const t = performance.now();
  const r = TIME
    ? spawnSync(TIME, ["-f", "%U %S %M", process.execPath, ...argv], { encoding: "utf8", maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, argv, { encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t) / 1000;
  const usage = TIME ? /^([\d.]+) ([\d.]+) (\d+)$/m.exec(r.stderr.trim().split("\n").pop() ?? "") : null;
  let report: JsonReport | null = null;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    report = null;
  }
  return {
    seconds,
    cpuSeconds: usage ? Number(usage[1]) + Number(usage[2]) : null,
    rssMb: usage ? Number(usage[3]) / 1024 : null,
    code: r.status,
    report,
  };
}

/** Per form: wall and CPU milliseconds of each read (a loaded machine's wall time says little). */
type Times = Record<string, { ms: number[]; cpu: number[]; failed: number }>;

/**
 * Each file read once as the command line reads it (readDocumentFile: zip parts by Node's zlib,
 * pdfjs-dist's CMaps), after one unmeasured read per form. Runs in a child process
 * (`--read-times`): loading the command line's reading module switches the readers' inflate to
 * zlib, which must not change the other benchmarks of `npm run bench`.
 */
async function readTimes(made: Made[]): Promise<Times> {
  const { readDocumentFile } = await import("../src/cli/read-file");
  const times: Times = {};
  for (const { file, ext } of made) {
    if (!times[ext]) {
      times[ext] = { ms: [], cpu: [], failed: 0 };
      await readDocumentFile(file, file);
    }
    const t = performance.now();
    const c = process.cpuUsage();
    const outcome = await readDocumentFile(file, file);
    const used = process.cpuUsage(c);
    times[ext].ms.push(performance.now() - t);
    times[ext].cpu.push((used.user + used.system) / 1000);
    if (!outcome.ok) times[ext].failed++;
  }
  return times;
}

function readTimesInChild(made: Made[]): Times {
  const r = spawnSync(process.execPath, [__filename, "--read-times", JSON.stringify(made)], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`read times: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout) as Times;
}

export async function benchMixedFolder(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-mixed-"));
  try {
    const made = makeFolder(join(dir, "各单位年报"));
    const times = readTimesInChild(made);
    console.log(`\nnianbao check over ${made.length} mixed documents (numbers of each copy scaled 1-4)`);
    console.log("form   files  median read ms (CPU ms)  slowest ms  unreadable  tables found  errors  warnings");
    const built = existsSync(join(ROOT, "build", "src", "cli", "main.js"));
    const runs = built ? [check(join(dir, "各单位年报")), check(join(dir, "各单位年报")), check(join(dir, "各单位年报"))] : [];
    const report = runs[0]?.report ?? null;
    for (const { ext } of MIX) {
      const t = times[ext];
      if (!t) continue;
      const files = (report?.files ?? []).filter((f) => f.file.endsWith(`.${ext}`));
      const tables = files.reduce((s, f) => s + f.tables.length, 0);
      const findings = files.flatMap((f) => f.findings);
      const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
      console.log(
        [
          ext.padEnd(5),
          String(t.ms.length).padStart(5),
          `${median(t.ms).toFixed(1)} (${median(t.cpu).toFixed(1)})`.padStart(23),
          Math.max(...t.ms)
            .toFixed(1)
            .padStart(10),
          String(t.failed).padStart(10),
          (report ? String(tables) : "-").padStart(12),
          (report ? String(count("error")) : "-").padStart(6),
          (report ? String(count("warning")) : "-").padStart(8),
        ].join("  "),
      );
    }
    if (!built || !report) {
      console.log(built ? "(the command line printed no JSON)" : "(the command line run skipped: build/ is missing; run npm run build:node)");
      return;
    }
    const seconds = runs.map((r) => r.seconds);
    const cpu = runs.map((r) => r.cpuSeconds).filter((x): x is number => x !== null);
    const rss = runs.map((r) => r.rssMb).filter((x): x is number => x !== null);
    const s = report.summary;
    console.log(
      `wall time of nianbao check --json (3 runs): median ${median(seconds).toFixed(2)} s (${seconds.map((x) => x.toFixed(2)).join(" ")}), ` +
        `${((median(seconds) * 1000) / made.length).toFixed(0)} ms/file, exit ${runs[0].code}`,
    );
    if (cpu.length) console.log(`CPU time (user + system, workers included): median ${median(cpu).toFixed(2)} s; peak RSS ${Math.max(...rss).toFixed(0)} MB`);
    console.log(`summary: ${s.files} files, ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos, ${s.unreadable} unreadable`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [flag, list] = process.argv.slice(2);
  const run = flag === "--read-times" ? readTimes(JSON.parse(list) as Made[]).then((times) => process.stdout.write(JSON.stringify(times))) : benchMixedFolder();
  run.catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}

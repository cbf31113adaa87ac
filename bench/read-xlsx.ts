/**
 * The values-only .xlsx reader against the exceljs path it replaced, side by side in one run,
 * each measured in a fresh child process (time inside the child, and its peak RSS):
 *
 * (a) 1000 filled report workbooks (the three formats, zeros and varied numbers), read one after
 *     the other; and `nianbao check --json` over the same folder when the build has the CLI;
 * (b) a department workbook: the report sheet among 20 data sheets of 5,000 rows × 20 columns
 *     (2 M cells), the kind of file a reviewing office gets when a department sends everything;
 * (c) the hostile files of issue 8 (a whole-sheet merge, a zip bomb, 1,048,576 × 10 numbers,
 *     200,000 merges), values-only reader only (exceljs dies or takes an hour on them).
 *
 * Prints numbers, asserts nothing: `npm run bench`, or `npm run build:node && node build/bench/read-xlsx.js`.
 * Goals from issue 8: the department workbook in ≤ 2 s and ≤ 400 MB peak RSS.
 */
import { spawnSync } from "child_process";
import * as ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { performance } from "perf_hooks";
import { nodeInflateRaw } from "../src/cli/read-file";
import { readXlsx } from "../src/cli/xlsx-read";
import { addPlanToWorkbook } from "../src/cli/xlsx-write";
import { FORMAT_IDS } from "../src/core/formats";
import type { FormatId } from "../src/core/formats/model";
import { planTemplate } from "../src/core/layout";
import { DEFAULT_LIMITS } from "../src/readers/limits";
import { readDocument, type ReadSheet } from "../src/readers";
import { useRawInflate } from "../src/readers/zip";
import { rawBook, sheetData } from "../test/readers/xlsx/raw-book";
import { makeZip, zeroBomb } from "../test/readers/xlsx/zip-writer";
import { deflateRawSync } from "zlib";

const YEAR: Readonly<Record<FormatId, number>> = { "legacy-2014": 2017, "national-2019": 2020, "national-2021": 2023 };
const GOALS = { departmentSeconds: 2, departmentMb: 400 };

type Reader = "exceljs" | "values";

/** What a child reports. */
interface Measured {
  ms: number;
  /** CPU time of the child (user + system): what the wall time would be on an idle machine. */
  cpuMs: number;
  rssMb: number;
  cells: number;
  /** The reader's error or notes, shortened: what the user is told. */
  outcome: string;
}

export async function filledXlsx(format: FormatId, varied: boolean, agency: string): Promise<Buffer> {
  const plan = planTemplate(format, YEAR[format], agency);
  const workbook = new ExcelJS.Workbook();
  const sheet = addPlanToWorkbook(workbook, plan);
  let i = 0;
  for (const table of plan.tables) for (const a1 of Object.values(table.cells)) sheet.getCell(a1).value = varied ? ((i++ * 7) % 11) + 1 : 0;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A data sheet: a header row of text, then `rows` rows of `cols` numbers with two decimals. */
function dataSheetXml(rows: number, cols: number, seed: number): string {
  let x = seed;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  const header: string[] = [];
  for (let c = 0; c < cols; c++) header.push(`<c r="${colName(c)}1" t="inlineStr"><is><t>指标${c + 1}</t></is></c>`);
  parts.push(`<row r="1">${header.join("")}</row>`);
  for (let r = 2; r <= rows + 1; r++) {
    const cells: string[] = [];
    for (let c = 0; c < cols; c++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      cells.push(`<c r="${colName(c)}${r}"><v>${(x % 1000000) / 100}</v></c>`);
    }
    parts.push(`<row r="${r}">${cells.join("")}</row>`);
  }
  parts.push("</sheetData></worksheet>");
  return parts.join("");
}

/** The report workbook with `sheets` data sheets added to its package. */
export function departmentWorkbook(report: Buffer, sheets: number, rows: number, cols: number): Uint8Array {
  const files: Zippable = unzipSync(new Uint8Array(report));
  let workbook = strFromU8(files["xl/workbook.xml"] as Uint8Array);
  let rels = strFromU8(files["xl/_rels/workbook.xml.rels"] as Uint8Array);
  let types = strFromU8(files["[Content_Types].xml"] as Uint8Array);
  const entries: string[] = [];
  for (let i = 0; i < sheets; i++) {
    const n = 100 + i;
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(dataSheetXml(rows, cols, i + 1));
    entries.push(`<sheet name="明细${i + 1}" sheetId="${n}" r:id="rIdData${n}"/>`);
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdData${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`,
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    );
  }
  workbook = workbook.replace("</sheets>", `${entries.join("")}</sheets>`);
  files["xl/workbook.xml"] = strToU8(workbook);
  files["xl/_rels/workbook.xml.rels"] = strToU8(rels);
  files["[Content_Types].xml"] = strToU8(types);
  return zipSync(files, { level: 6 });
}

/** Child role: read every file given with one reader, report time and peak RSS. */
async function child(reader: Reader, paths: string[]): Promise<void> {
  // As the command line reads: zip parts inflated by Node's zlib.
  useRawInflate(nodeInflateRaw);
  const files = paths.flatMap((p) => (p.endsWith(".xlsx") ? [p] : readdirSync(p).map((f) => join(p, f))));
  const t = performance.now();
  const cpu = process.cpuUsage();
  let cells = 0;
  let outcome = "";
  for (const file of files) {
    const data = readFileSync(file);
    let sheets: ReadSheet[] = [];
    if (reader === "exceljs") sheets = (await readXlsx(data)).sheets;
    else {
      const result = await readDocument(file, new Uint8Array(data), DEFAULT_LIMITS);
      if (result.ok) {
        sheets = result.book.sheets;
        if (result.book.notes.length > 0) outcome = `note: ${result.book.notes[0].message}`;
      } else outcome = `error: ${result.error}`;
    }
    for (const s of sheets) cells += s.grid.values.reduce((n, row) => n + row.length, 0);
  }
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const measured: Measured = { ms, cpuMs: (used.user + used.system) / 1000, rssMb: peakRssMb(), cells, outcome };
  process.stdout.write(JSON.stringify(measured));
}

/**
 * This process's peak RSS. Linux keeps `ru_maxrss` across exec, so a child spawned by a large
 * parent would report the parent's size; VmHWM belongs to the child's own memory.
 */
function peakRssMb(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}

function measure(reader: Reader, target: string): Measured | string {
  const r = spawnSync(process.execPath, ["--max-old-space-size=4096", __filename, "--child", reader, target], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) return `failed (${r.status ?? r.signal}): ${r.stderr.split("\n").slice(0, 3).join(" ")}`;
  return JSON.parse(r.stdout) as Measured;
}

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
}

const s = (ms: number): string => (ms / 1000).toFixed(2);
const line = (label: string, m: Measured | string): string =>
  typeof m === "string"
    ? `  ${label.padEnd(30)} ${m}`
    : `  ${label.padEnd(30)} ${s(m.ms).padStart(7)} s (CPU ${s(m.cpuMs).padStart(6)} s)   peak RSS ${m.rssMb.toFixed(0).padStart(5)} MB   (${m.cells} grid cells)`;

const WORKBOOK_XML =
  '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="统计表" sheetId="1" r:id="rId1"/><sheet name="明细" sheetId="2" r:id="rId2"/></sheets></workbook>';
const RELS_XML =
  '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>';
const REPORT_SHEET = `<worksheet>${sheetData([
  ["项目", "数量"],
  ["本年新收", 5],
])}</worksheet>`;

/** The hostile files of issue 8, each beside a small report sheet. */
function hostileFiles(): { name: string; data: Uint8Array }[] {
  // 1,048,576 rows × 10 numbers: about 300 MB of sheet XML, deflated to some 30 MB.
  const rows: Buffer[] = [];
  for (let r = 1; r <= 1_048_576; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < 10; c++) row += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${(r * 7 + c) % 1000}</v></c>`;
    rows.push(Buffer.from(row + "</row>"));
  }
  const huge = Buffer.concat([Buffer.from("<worksheet><sheetData>"), ...rows, Buffer.from("</sheetData></worksheet>")]);
  rows.length = 0;
  const hugeSheet = makeZip([
    { name: "xl/workbook.xml", content: WORKBOOK_XML },
    { name: "xl/_rels/workbook.xml.rels", content: RELS_XML },
    { name: "xl/worksheets/sheet1.xml", content: REPORT_SHEET },
    { name: "xl/worksheets/sheet2.xml", deflated: deflateRawSync(huge, { level: 1 }), size: huge.length },
  ]);
  const merges = Array.from({ length: 200_000 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join("");
  const cells = Array.from({ length: 200_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
  return [
    {
      name: "a whole-sheet merge A1:XFD1048576 on a spare sheet",
      data: rawBook([
        {
          name: "统计表",
          xml: sheetData([
            ["项目", "数量"],
            ["本年新收", 5],
          ]),
        },
        { name: "备用", xml: `${sheetData([["备注"]])}<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>` },
      ]),
    },
    {
      name: "a 4 MB zip whose sheet inflates to 4 GB (size lied)",
      data: makeZip([
        { name: "xl/workbook.xml", content: WORKBOOK_XML },
        { name: "xl/_rels/workbook.xml.rels", content: RELS_XML },
        { name: "xl/worksheets/sheet1.xml", content: REPORT_SHEET },
        { name: "xl/worksheets/sheet2.xml", deflated: zeroBomb(4000), size: 20_000 },
      ]),
    },
    { name: "a sheet of 1,048,576 rows × 10 numbers", data: hugeSheet },
    {
      name: "200,000 small merged ranges",
      data: rawBook([{ name: "合并", xml: `<sheetData>${cells}</sheetData><mergeCells>${merges}</mergeCells>` }]),
    },
  ];
}

/** `parts`: which of (a), (b), (c) to run (`node build/bench/read-xlsx.js --only bc`). */
export async function benchReadXlsx(parts = "abc"): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-read-xlsx-"));
  try {
    console.log("\nRead .xlsx: the values-only reader against exceljs (each in a fresh child process)");
    if (parts.includes("a")) await benchReports(dir);
    if (parts.includes("b")) await benchDepartment(dir);
    if (parts.includes("c")) benchHostile(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchReports(dir: string): Promise<void> {
  const folder = join(dir, "reports");
  mkdirSync(folder);
  const made: Buffer[] = [];
  for (const format of FORMAT_IDS) for (const varied of [false, true]) made.push(await filledXlsx(format, varied, "基准测试市审计局"));
  for (let i = 0; i < 1000; i++) writeFileSync(join(folder, `单位${String(i).padStart(4, "0")}.xlsx`), made[i % made.length]);
  console.log("(a) 1000 filled report workbooks");
  const a1 = measure("exceljs", folder);
  const a2 = measure("values", folder);
  console.log(line("exceljs (the old path)", a1));
  console.log(line("values-only reader", a2));
  if (typeof a1 !== "string" && typeof a2 !== "string") console.log(`  values ÷ exceljs: ${(a2.ms / a1.ms).toFixed(2)} (CPU ${(a2.cpuMs / a1.cpuMs).toFixed(2)})`);
  const bin = join(repoRoot(), "bin", "nianbao.js");
  if (existsSync(join(repoRoot(), "build", "src", "cli", "main.js")) && typeof a1 !== "string") {
    const t = performance.now();
    const r = spawnSync(process.execPath, [bin, "check", "--json", folder], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
    const checkMs = performance.now() - t;
    console.log(
      `  nianbao check --json (whole run, exit ${r.status}): ${s(checkMs)} s = ${(checkMs / a1.ms).toFixed(2)} × exceljs loading alone (issue 8: today 1.45, bar ≤ 0.5)`,
    );
  }
}

async function benchDepartment(dir: string): Promise<void> {
  const report = await filledXlsx("national-2021", true, "某市审计局");
  const department = departmentWorkbook(report, 20, 5000, 20);
  const file = join(dir, "部门全部数据.xlsx");
  writeFileSync(file, department);
  console.log(`(b) a department workbook: the report sheet among 20 sheets of 5,000 × 20 numbers (${(department.length / 1024 / 1024).toFixed(1)} MB)`);
  const b1 = measure("exceljs", file);
  const b2 = measure("values", file);
  console.log(line("exceljs (the old path)", b1));
  console.log(line("values-only reader", b2));
  if (typeof b1 !== "string" && typeof b2 !== "string") console.log(`  values ÷ exceljs: ${(b2.ms / b1.ms).toFixed(2)} (CPU ${(b2.cpuMs / b1.cpuMs).toFixed(2)})`);
  if (typeof b2 !== "string") {
    const met = (t: number): string => (t <= GOALS.departmentSeconds * 1000 && b2.rssMb <= GOALS.departmentMb ? "met" : "NOT met");
    console.log(`  goal ≤ ${GOALS.departmentSeconds} s and ≤ ${GOALS.departmentMb} MB: ${met(b2.ms)} by wall time, ${met(b2.cpuMs)} by CPU time`);
  }
  checkEndToEnd(file);
}

/**
 * `nianbao check` on the department workbook as a reviewer runs it: the process, its worker,
 * reading and checking. Three runs (this machine's speed drifts), the median time and the
 * largest peak RSS (of the process with its worker, from /usr/bin/time).
 */
function checkEndToEnd(file: string): void {
  const bin = join(repoRoot(), "bin", "nianbao.js");
  if (!existsSync(join(repoRoot(), "build", "src", "cli", "main.js"))) return;
  const time = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
  const runs: { ms: number; rssMb: number | null }[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = time
      ? spawnSync(time, ["-f", "%M", process.execPath, bin, "check", file], { encoding: "utf8" })
      : spawnSync(process.execPath, [bin, "check", file], { encoding: "utf8" });
    const ms = performance.now() - t;
    const rss = time ? r.stderr.trim().split("\n").pop() : undefined;
    runs.push({ ms, rssMb: rss && /^\d+$/.test(rss) ? Number(rss) / 1024 : null });
  }
  const ms = runs.map((r) => r.ms).sort((x, y) => x - y)[1];
  const peaks = runs.map((r) => r.rssMb).filter((m): m is number => m !== null);
  const peak = peaks.length ? Math.max(...peaks) : null;
  const met = ms <= GOALS.departmentSeconds * 1000 && (peak === null || peak <= GOALS.departmentMb) ? "met" : "NOT met";
  console.log(
    `  nianbao check (whole command)   ${s(ms).padStart(7)} s median (${runs.map((r) => s(r.ms)).join(" ")})   peak RSS ${peak === null ? "n/a" : peak.toFixed(0)} MB   goal: ${met}`,
  );
}

/** Hostile files: each must end as that file's error or a note, in < 5 s and < 500 MB. */
function benchHostile(dir: string): void {
  console.log("(c) hostile files, values-only reader (issue 8: a per-file error in < 5 s, peak RSS < 500 MB)");
  for (const hostile of hostileFiles()) {
    const path = join(dir, "hostile.xlsx");
    writeFileSync(path, hostile.data);
    const m = measure("values", path);
    console.log(line(`${hostile.name} (${(hostile.data.length / 1024 / 1024).toFixed(1)} MB)`, m));
    if (typeof m !== "string") console.log(`      → ${m.outcome ? m.outcome.slice(0, 90) : "read"}`);
  }
}

if (require.main === module) {
  const at = process.argv.indexOf("--child");
  const only = process.argv.indexOf("--only");
  const run = at >= 0 ? child(process.argv[at + 1] as Reader, process.argv.slice(at + 2)) : benchReadXlsx(only >= 0 ? process.argv[only + 1] : "abc");
  run.catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}

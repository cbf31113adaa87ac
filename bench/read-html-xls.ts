/**
 * Median read time per file of the web page and old Excel readers, on the test fixtures (the
 * project's template converted by LibreOffice, hand-made government pages) and on a large page.
 * Prints numbers, asserts nothing. Run: npm run build:node && node build/bench/read-html-xls.js
 */
import { readFileSync } from "fs";
import { join } from "path";
import { performance } from "perf_hooks";
import { utils, write } from "@e965/xlsx";
import { bookGrids, readDocument } from "../src/readers";
import { checkWorkbook } from "../src/core/workbook";

const ROOT = join(__dirname, "..", "..");
const RUNS = 30;

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

async function timeRead(name: string, data: Uint8Array): Promise<{ read: number; check: number }> {
  const once = async (): Promise<ReturnType<typeof bookGrids>> => {
    const result = await readDocument(name, data);
    if (!result.ok) throw new Error(`${name}: ${result.error}`);
    return bookGrids(result.book);
  };
  for (let i = 0; i < 3; i++) await once();
  const reads: number[] = [];
  const checks: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const grids = await once();
    const t1 = performance.now();
    checkWorkbook(grids);
    reads.push(t1 - t0);
    checks.push(performance.now() - t1);
  }
  return { read: median(reads), check: median(checks) };
}

/** A page of `n` copies of the government page's content tables: a report site's archive page. */
function largePage(n: number): Uint8Array {
  const gov = new TextDecoder("gb18030").decode(readFileSync(join(ROOT, "test/fixtures/html/gov-2021.html")));
  const body = gov.slice(gov.indexOf("<body>") + 6, gov.indexOf("</body>"));
  return new TextEncoder().encode(`<html><head><meta charset="utf-8"></head><body>${body.repeat(n)}</body></html>`);
}

/** An .xls with one long data sheet (`rows` × 20 numbers) beside a report: a department's ledger. */
function largeXls(rows: number): Uint8Array {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet(Array.from({ length: rows }, (_, r) => Array.from({ length: 20 }, (_, c) => r * 20 + c))), "台账");
  return new Uint8Array(write(wb, { bookType: "biff8", type: "array" }) as ArrayBuffer);
}

async function main(): Promise<void> {
  const files: Array<[string, string]> = [
    ["xls", "test/fixtures/xls/template-2021.xls"],
    ["xls", "test/fixtures/xls/template-legacy.xls"],
    ["et", "test/fixtures/xls/template-2021.et"],
    ["html", "test/fixtures/html/template-2021.html"],
    ["html", "test/fixtures/html/gov-2021.html"],
    ["html (.xls)", "test/fixtures/html/export-legacy.xls"],
  ];
  console.log(`median of ${RUNS} runs after 3 warm-up runs, per file`);
  console.log("form         file                      KB    read ms  check ms");
  const row = (form: string, file: string, kb: number, t: { read: number; check: number }): void =>
    console.log(`${form.padEnd(12)} ${file.padEnd(24)} ${kb.toFixed(0).padStart(5)} ${t.read.toFixed(2).padStart(9)} ${t.check.toFixed(2).padStart(9)}`);
  for (const [form, path] of files) {
    const data = new Uint8Array(readFileSync(join(ROOT, path)));
    row(form, path.split("/").pop() as string, data.length / 1024, await timeRead(path, data));
  }
  const big = largePage(50);
  row("html", "gov-2021 ×50 (150 tables)", big.length / 1024, await timeRead("big.html", big));
  const ledger = largeXls(20_000);
  row("xls", "ledger 20 000 × 20 cells", ledger.length / 1024, await timeRead("ledger.xls", ledger));
}

void main();

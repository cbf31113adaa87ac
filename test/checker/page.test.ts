/**
 * The checker page as a user meets it: files chosen through 打开文件, the same findings as
 * `nianbao check --json` on the same files, a finding's cells selected by a click, the 汇总
 * workbook exported and read back, the print view, and not one request leaving the machine —
 * over http on 127.0.0.1 and opened straight from disk.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { basename, join } from "path";
import * as ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { filledTemplate, saveWorkbook } from "../cli/helpers/workbooks";
import { selectedCells, typeInto } from "../helpers/preview-browser";
import { ensureCheckerBuilt, fileUrl, launchChromium, listedStatus, openChecker, openFiles, ROOT, serveDist, type CheckerPage, type Served } from "./checker-page";

jest.setTimeout(180_000);

interface JsonFinding {
  rule: string;
  severity: "error" | "warning" | "info";
  sheet: string;
  cells: string[];
  message: string;
}
interface JsonFile {
  file: string;
  error: string | null;
  findings: JsonFinding[];
}

const OUT = join(ROOT, "test-output", "checker");
const XLSX = join(OUT, "审计局2023-总计多填1.xlsx");
const DOCX = join(ROOT, "test/fixtures/docx/report-2021.docx");
const PDF = join(ROOT, "test/fixtures/pdf/template-national-2021.pdf");
const HTML = join(ROOT, "test/fixtures/html/gov-2021.html");
const BROKEN = join(OUT, "损坏.docx");
const FILES = [XLSX, DOCX, PDF, HTML];

let browser: Browser;
let served: Served;
let dist: string;
let cli: Map<string, JsonFile>;

/** What the command line says of each file (the built CLI, as a reviewer runs it). */
function cliResults(files: string[]): Map<string, JsonFile> {
  const bin = join(ROOT, "bin", "nianbao.js");
  if (!existsSync(join(ROOT, "build", "src", "cli", "main.js"))) execFileSync("npm", ["run", "build:node"], { cwd: ROOT, stdio: "ignore" });
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [bin, "check", "--json", ...files], { cwd: ROOT, encoding: "utf8" });
  } catch (e) {
    // Exit code 1 (errors found) is the expected outcome here.
    stdout = (e as { stdout: string }).stdout;
  }
  const report = JSON.parse(stdout) as { files: JsonFile[] };
  return new Map(report.files.map((f) => [basename(f.file), f]));
}

const countLine = (f: JsonFile): string => {
  const n = (s: string): number => f.findings.filter((x) => x.severity === s).length;
  return `错误 ${n("error")} 核实 ${n("warning")} 提示 ${n("info")}`;
};

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const { workbook } = filledTemplate("national-2021", (table, key, value) => (table === "B" && key === "B3.7|natural" ? (value as number) + 1 : value));
  await saveWorkbook(workbook, XLSX);
  writeFileSync(BROKEN, "PK\u0003\u0004 not really a zip");
  [dist, browser] = await Promise.all([ensureCheckerBuilt(), launchChromium()]);
  served = await serveDist(dist);
  cli = cliResults(FILES);
}, 600_000);

afterAll(async () => {
  await served?.close();
  await browser?.close();
});

/** The pane's findings of one severity, as `message` texts. */
async function paneMessages(p: CheckerPage, severity: string): Promise<string[]> {
  return p.page.locator(`#pane .finding.severity-${severity} .finding-message`).allTextContents();
}

describe.each([
  ["over http on 127.0.0.1", (): string => `${served.url}index.html`],
  ["opened from disk (file://)", (): string => fileUrl(dist)],
])("the checker page %s", (_how, url) => {
  let p: CheckerPage;
  beforeAll(async () => {
    p = await openChecker(browser, url());
    await openFiles(p.page, [...FILES, BROKEN]);
  });
  afterAll(async () => p?.context.close());

  it("lists every file with the counts nianbao check --json gives, or why it cannot be read", async () => {
    for (const file of FILES) {
      const expected = cli.get(basename(file));
      expect(expected?.error).toBeNull();
      expect(await listedStatus(p.page, basename(file))).toBe(countLine(expected as JsonFile));
    }
    expect(await listedStatus(p.page, basename(BROKEN))).toMatch(/^无法读取：/);
  });

  it.each(FILES.map((f) => [basename(f)]))("shows %s in the grid, and the pane finds the CLI's errors", async (name) => {
    await p.page.click(`.file-open[data-file="${name}"]`);
    await p.page.waitForFunction(() => document.querySelector("#pane .finding, #pane .summary") !== null && !document.querySelector("#pane [aria-busy=true]"));
    const expected = (cli.get(name) as JsonFile).findings.filter((f) => f.severity === "error" && !f.rule.startsWith("file.")).map((f) => f.message);
    await p.page.waitForFunction((n) => document.querySelectorAll("#pane .finding.severity-error").length >= n, expected.length);
    expect((await paneMessages(p, "error")).sort()).toEqual(expected.sort());
  });

  it("selects a finding's cells in the grid when it is clicked", async () => {
    await p.page.click(`.file-open[data-file="${basename(XLSX)}"]`);
    const finding = (cli.get(basename(XLSX)) as JsonFile).findings.find((f) => f.rule.startsWith("B-") && f.severity === "error") as JsonFinding;
    const item = p.page.locator("#pane .finding.severity-error .finding-main", { hasText: finding.message.slice(0, 20) }).first();
    await item.click();
    await p.page.waitForFunction(() => document.querySelectorAll("#grid td.selected").length > 0);
    expect((await selectedCells(p.page)).sort()).toEqual([...new Set(finding.cells)].sort());
  });

  it("exports the findings of every file as the 汇总 workbook", async () => {
    const [download] = await Promise.all([p.page.waitForEvent("download"), p.page.click("#export")]);
    const saved = join(OUT, `export-${Date.now()}.xlsx`);
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const [files, findings] = wb.worksheets;
    expect([files.name, findings.name]).toEqual(["汇总", "问题清单"]);
    expect(files.getRow(1).values).toEqual([undefined, "文件", "单位", "报告年度", "格式", "错误", "核实", "提示", "无法读取的原因"]);
    // The four fixtures and the damaged file (the drop test adds its file after this one).
    expect(files.rowCount).toBe(1 + FILES.length + 1);
    const xlsxRow = files.getRow(2).values as unknown[];
    const expected = cli.get(basename(XLSX)) as JsonFile;
    expect(xlsxRow[1]).toBe(basename(XLSX));
    expect(xlsxRow[5]).toBe(expected.findings.filter((f) => f.severity === "error").length);
    const total = [...cli.values()].reduce((n, f) => n + f.findings.length, 0);
    expect(findings.rowCount).toBe(1 + total);
    expect(files.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(files.autoFilter).toBeTruthy();
  });

  it("prints the file list and the findings, not the grid", async () => {
    await p.page.emulateMedia({ media: "print" });
    await p.page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await p.page.locator("#grid").isVisible()).toBe(false);
    const text = (await p.page.locator("#print-report").textContent()) ?? "";
    expect(text).toContain(basename(XLSX));
    expect(text).toContain((cli.get(basename(XLSX)) as JsonFile).findings[0].message.slice(0, 30));
    await p.page.emulateMedia({ media: "screen" });
  });

  it("opens files dropped on the page", async () => {
    const bytes = Array.from(readFileSync(XLSX));
    await p.page.evaluate((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], "拖入的报告.xlsx"));
      document.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, bytes);
    await p.page.waitForSelector("body[data-busy=false]");
    expect(await listedStatus(p.page, "拖入的报告.xlsx")).toBe(countLine(cli.get(basename(XLSX)) as JsonFile));
  });

  it("checks again after an edit in the grid, and says the file itself is not changed", async () => {
    await p.page.click(`.file-open[data-file="${basename(XLSX)}"]`);
    await p.page.waitForSelector("#pane .finding.severity-error");
    const before = (await paneMessages(p, "error")).length;
    const wrong = (cli.get(basename(XLSX)) as JsonFile).findings.find((f) => f.rule.startsWith("B-") && f.severity === "error") as JsonFinding & {
      reported: number;
      computed: number;
    };
    await typeInto(p.page, wrong.cells[0], String(wrong.computed));
    await p.page.waitForFunction((n) => document.querySelectorAll("#pane .finding.severity-error").length < n, before);
    expect(await listedStatus(p.page, basename(XLSX))).toBe(countLine(cli.get(basename(XLSX)) as JsonFile));
    expect(await p.page.locator(".privacy").textContent()).toContain("文件本身不会改变");
  });

  it("cannot connect anywhere, not even to the server it came from (the page's CSP)", async () => {
    const before = p.requests.length;
    const outcome = await p.page.evaluate(async (target) => {
      try {
        await fetch(target);
        return "fetched";
      } catch {
        return "refused";
      }
    }, `${served.url}index.html`);
    expect(outcome).toBe("refused");
    expect(p.requests.slice(before)).toEqual([]);
  });

  it("makes no request that leaves the machine and throws no error", () => {
    expect(p.blocked).toEqual([]);
    expect(p.errors).toEqual([]);
    for (const r of p.requests) expect(r).toMatch(/^(file:|data:|blob:|http:\/\/127\.0\.0\.1[:/])/);
  });
});

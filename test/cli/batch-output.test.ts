/**
 * What the reviewing office gets from a batch run: one JSON document on every path out, the
 * 汇总 workbook, progress on a terminal only, readable lengths, and document tables' labels.
 */
import * as ExcelJS from "exceljs";
import { readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { JsonReport } from "../../src/cli/report-json";
import { FILE_COLUMNS, FINDING_COLUMNS } from "../../src/cli/summary-layout";
import { runCli, useTempDir } from "./helpers/run";
import { filledTemplate, saveWorkbook, seedWorkbook } from "./helpers/workbooks";

const dir = useTempDir();
jest.setTimeout(60_000);
const check = (...argv: string[]) => runCli(["check", ...argv], { cwd: dir() });

async function saveWrongTotal(file: string): Promise<void> {
  const { workbook } = filledTemplate("national-2021", (table, key, value) => (table === "B" && key === "B3.7|natural" ? (value as number) + 1 : value));
  await saveWorkbook(workbook, join(dir(), file));
}

describe("--json: exactly one JSON document, whatever happens", () => {
  it.each([
    [["--json"], "请给出要校验的文件或文件夹"],
    [["--json", "--bogus", "a.xlsx"], "不认识的选项“--bogus”"],
    [["--json", "--timeout", "0", "a.xlsx"], "--timeout 应为 1 到 3600 之间的整数"],
    [["a.xlsx", "--json", "--force"], "--force 只与 --summary 一起使用"],
  ])("usage error %j → exit 2 and a JSON document saying why", async (argv, why) => {
    const run = await check(...argv);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.error).toContain(why);
    expect(report.files).toEqual([]);
    expect(run.stderr).toContain(why);
  });

  it("--previous that cannot be read, or holds no table → exit 2 and a JSON document", async () => {
    await saveWrongTotal("2025.xlsx");
    const missing = await check("--json", "--previous", "不存在.xlsx", "2025.xlsx");
    expect(missing.code).toBe(2);
    expect((JSON.parse(missing.stdout) as JsonReport).error).toContain("上年报告 不存在.xlsx：无法读取");

    const memo = new ExcelJS.Workbook();
    memo.addWorksheet("通知").getCell("A1").value = "关于报送年报的通知";
    await saveWorkbook(memo, join(dir(), "通知.xlsx"));
    const noTable = await check("--json", "--previous", "通知.xlsx", "2025.xlsx");
    expect(noTable.code).toBe(2);
    expect((JSON.parse(noTable.stdout) as JsonReport).error).toContain("没有找到统计表，无法与上年比对");
  });
});

describe("what a file's content can make the report say", () => {
  it("cuts a 1 MB cell text quoted in a message to a readable length, in text and JSON", async () => {
    // Varied characters: a repeated phrase would compress like a zip bomb and be refused as one.
    let seed = 1;
    const huge = Array.from({ length: 400_000 }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000))).join("");
    const { workbook } = filledTemplate("national-2021", (table, key, value) => (table === "B" && key === "B1|natural" ? huge : value));
    await saveWorkbook(workbook, join(dir(), "长.xlsx"));
    const text = await check("长.xlsx");
    expect(text.stdout).toContain("不是数字");
    expect(Math.max(...text.stdout.split("\n").map((l) => l.length))).toBeLessThan(400);
    const json = await check("--json", "长.xlsx");
    expect(json.stdout.length).toBeLessThan(20_000);
  });
});

describe("--summary 汇总.xlsx", () => {
  it("writes one row per file and every finding, with frozen headers, filters and A4 landscape", async () => {
    await saveWrongTotal("甲.xlsx");
    writeFileSync(join(dir(), "乙.xlsx"), "not a workbook");
    const run = await check("--summary", "汇总.xlsx", "甲.xlsx", "乙.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("已写入汇总表 汇总.xlsx（2 个文件）");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir(), "汇总.xlsx")) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题清单"]);
    const files = wb.getWorksheet("汇总") as ExcelJS.Worksheet;
    expect((files.getRow(1).values as unknown[]).slice(1)).toEqual(FILE_COLUMNS.map((c) => c.header));
    const first = (files.getRow(2).values as unknown[]).slice(1);
    expect(first.slice(0, 4)).toEqual(["甲.xlsx", "测试市审计局", 2023, "2021 版格式（国办公开办函〔2021〕30号）"]);
    expect(first[4]).toBeGreaterThan(0);
    const second = (files.getRow(3).values as unknown[]).slice(1);
    expect(second[0]).toBe("乙.xlsx");
    expect(String(second[7])).toContain("不是");
    expect(files.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(files.autoFilter).toBeTruthy();
    expect(files.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, printTitlesRow: "1:1" });

    const findings = wb.getWorksheet("问题清单") as ExcelJS.Worksheet;
    expect((findings.getRow(1).values as unknown[]).slice(1)).toEqual(FINDING_COLUMNS.map((c) => c.header));
    const severities = new Set<unknown>();
    findings.eachRow((row, n) => n > 1 && severities.add(row.getCell(5).value));
    expect(severities.has("错误")).toBe(true);
    expect(findings.getColumn(6).width).toBe(80);
  });

  it("refuses to overwrite an existing file before checking anything; --force overwrites", async () => {
    await saveWorkbook(seedWorkbook(), join(dir(), "a.xlsx"));
    writeFileSync(join(dir(), "汇总.xlsx"), "上次的汇总");
    const refused = await check("--summary", "汇总.xlsx", "a.xlsx");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("文件“汇总.xlsx”已经存在，没有覆盖；如需覆盖请加 --force");
    expect(refused.stdout).toBe("");
    expect(readFileSync(join(dir(), "汇总.xlsx"), "utf8")).toBe("上次的汇总");

    const forced = await check("--summary", "汇总.xlsx", "--force", "a.xlsx");
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir(), "汇总.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir()).sort()).toEqual(["a.xlsx", "汇总.xlsx"]);
  });
});

describe("progress", () => {
  it("updates one line on a terminal's stderr, and is silent otherwise", async () => {
    await saveWorkbook(seedWorkbook(), join(dir(), "a.xlsx"));
    await saveWorkbook(seedWorkbook(), join(dir(), "b.xlsx"));
    let tty = "";
    const { main } = await import("../../src/cli/main");
    await main(["check", "a.xlsx", "b.xlsx"], {
      stdout: { write: () => true },
      stderr: { write: (t: string) => (tty += t), isTTY: true },
      cwd: dir(),
      batch: { isolate: false },
    });
    expect(tty).toContain("\r已检查 2/2 个文件…");
    expect(tty.endsWith("\r\u001b[K")).toBe(true);
    const piped = await check("a.xlsx", "b.xlsx");
    expect(piped.stderr).toBe("");
  });
});

describe("findings on a document table", () => {
  it("name the row and column labels of their cells, in the text and the JSON", async () => {
    const { workbook, sheet } = filledTemplate("national-2021", (table, key, value) => (table === "B" && key === "B3.7|natural" ? (value as number) + 1 : value));
    // A Word or web page table is presented under its place in the document.
    sheet.name = "表格2";
    await saveWorkbook(workbook, join(dir(), "报告.xlsx"));
    const text = await check("报告.xlsx");
    expect(text.stdout).toMatch(/\[表格2 D\d+ “（七）总计”（自然人）、D\d+ “[^”]+”（自然人）/);
    expect(text.stdout).toContain("    表格2 A21:J48：表三");
    const json = JSON.parse((await check("--json", "报告.xlsx")).stdout) as JsonReport;
    const total = json.files[0].findings.find((f) => f.rule === "B-R2" && f.sheet === "表格2");
    expect(total?.labels?.[total.cells[0]]).toBe("“（七）总计”（自然人）");
  });

  it("keep a workbook's findings as they were: addresses only", async () => {
    await saveWrongTotal("表.xlsx");
    const json = JSON.parse((await check("--json", "表.xlsx")).stdout) as JsonReport;
    expect(json.files[0].findings.every((f) => f.labels === undefined)).toBe(true);
  });
});

describe("a file whose name is in GBK bytes (unzipped from a Windows zip)", () => {
  it("is checked and shown under its Chinese name, not 找不到这个文件", async () => {
    const { workbook } = filledTemplate("national-2021");
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    // 审计局.xlsx, its name in GBK bytes as a Windows zip stores it.
    const gbk = Buffer.concat([Buffer.from([0xc9, 0xf3, 0xbc, 0xc6, 0xbe, 0xd6]), Buffer.from(".xlsx")]);
    writeFileSync(Buffer.concat([Buffer.from(`${dir()}/`), gbk]), bytes);
    const report = JSON.parse((await check("--json", ".")).stdout) as JsonReport;
    expect(report.files.map((f) => [f.file, f.error, f.tables.length])).toEqual([["审计局.xlsx", null, 3]]);
  });
});

describe("sheet names over Excel's 31 characters (written by other programs)", () => {
  it("are read as they are, never reported as a name that already exists", async () => {
    const { rawBook, sheetData } = await import("../readers/xlsx/raw-book");
    const long = "各部门政府信息公开工作年度报告统计表汇总表（含附表及填报说明）2025";
    expect(long.length).toBeGreaterThan(31);
    writeFileSync(
      join(dir(), "长名.xlsx"),
      rawBook([
        { name: `${long}一`, xml: sheetData([["说明"]]) },
        { name: `${long}二`, xml: sheetData([["说明"]]) },
      ]),
    );
    const run = await check("长名.xlsx");
    expect(run.stdout).not.toContain("already exists");
    expect(run.stdout).not.toContain("已损坏");
    expect(run.stdout).toContain(`没有找到政府信息公开工作年度报告的统计表（已查看工作表 “${long}一”、“${long}二”）`);
  });
});

/**
 * `nianbao check`, run in-process on workbooks made with exceljs: what a person reads, what a
 * script parses, and the exit codes both rely on.
 */
import * as ExcelJS from "exceljs";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { JsonReport } from "../../src/cli/report-json";
import { runCli, useTempDir } from "./helpers/run";
import { filledTemplate, saveWorkbook, seedWorkbook } from "./helpers/workbooks";

const dir = useTempDir();
// The first test loads exceljs and the checker: on a busy 2-core machine that alone can exceed 5 s.
jest.setTimeout(30_000);

async function check(...argv: string[]) {
  return runCli(["check", ...argv], { cwd: dir() });
}

/** A workbook whose only content is text: a real file, but no statistics table. */
async function saveMemo(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("说明").getCell("A1").value = "请各单位于1月31日前报送年度报告";
  await saveWorkbook(wb, join(dir(), file));
}

/** The 2021 template filled consistently, then （七）总计（自然人） made one too many. */
async function saveWrongTotal(file: string): Promise<void> {
  const { workbook } = filledTemplate("national-2021", (table, key, value) => (table === "B" && key === "B3.7|natural" ? (value as number) + 1 : value));
  await saveWorkbook(workbook, join(dir(), file));
}

describe("the seed's 2017 table, typed into a workbook as the report prints it", () => {
  it("has no error and exactly the warning that 4 normative documents were published but 0 issued", async () => {
    await saveWorkbook(seedWorkbook(), join(dir(), "2017年报.xlsx"));
    const run = await check("--json", "2017年报.xlsx");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    const file = report.files[0];
    expect(file.tables).toEqual([{ sheet: "Sheet1", format: "legacy-2014", table: "L", range: "A2:C74", year: 2017 }]);
    expect(file.findings.filter((f) => f.severity === "error")).toEqual([]);
    const warnings = file.findings.filter((f) => f.severity === "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ rule: "L-normative-published-le-issued", cells: ["C5", "C6"], reported: 4, computed: 0 });
    expect(warnings[0].message).toContain("主动公开规范性文件数为 4，制发规范性文件总数为 0");
  });

  it("reads as a short report a person can act on", async () => {
    await saveWorkbook(seedWorkbook(), join(dir(), "2017年报.xlsx"));
    const run = await check("2017年报.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("找到 1 张表（2018 年及以前的统计表（国办发〔2014〕32号），2017 年度）");
    expect(run.stdout).toContain("工作表“Sheet1” A2:C74：统计表");
    expect(run.stdout).toMatch(/核实（1）\n {4}1\. \[C5、C6\] 其中：主动公开规范性文件数为 4/);
    expect(run.stdout).not.toContain("错误（");
    expect(run.stdout.trimEnd().split("\n").pop()).toBe("共检查 1 个文件：错误 0 · 核实 1 · 提示 0");
    expect(run.stderr).toBe("");
  });
});

describe("findings and exit codes", () => {
  it("exits 1 on an error finding and shows the cells and the numbers", async () => {
    await saveWrongTotal("错的.xlsx");
    const run = await check("错的.xlsx");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/错误（\d+）/);
    // The total first, then its parts: the message says reported and computed.
    expect(run.stdout).toMatch(/\[D\d+、D\d+、D\d+[^\]]*\] （七）总计（自然人）/);
    expect(run.stdout).toContain("共检查 1 个文件：错误");
  });

  it("passes warnings and hints with exit 0: they are for the filer to verify", async () => {
    const { workbook } = filledTemplate("national-2021", (table, key, value) =>
      table === "A" && key === "A1.1|issued" ? 1 : table === "A" && key === "A1.1|effective" ? 1 : value,
    );
    await saveWorkbook(workbook, join(dir(), "规章.xlsx"));
    const run = await check("--json", "规章.xlsx");
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.summary.errors).toBe(0);
    expect(report.summary.warnings + report.summary.infos).toBeGreaterThan(0);
    expect(run.code).toBe(0);
  });

  it("checks a folder recursively in path order: one good, one corrupt, one without a table → exit 2, all reported", async () => {
    mkdirSync(join(dir(), "各单位", "乙"), { recursive: true });
    await saveWorkbook(filledTemplate("national-2021").workbook, join(dir(), "各单位", "乙", "好.xlsx"));
    const bytes = readFileSync(join(dir(), "各单位", "乙", "好.xlsx"));
    writeFileSync(join(dir(), "各单位", "坏.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await saveMemo(join("各单位", "通知.xlsx"));
    writeFileSync(join(dir(), "各单位", "~$好.xlsx"), "lock");

    const run = await check("--json", "各单位");
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files.map((f) => f.file)).toEqual([join("各单位", "乙", "好.xlsx"), join("各单位", "坏.xlsx"), join("各单位", "通知.xlsx")]);
    const [ok, corrupt, memo] = report.files;
    expect(ok.error).toBeNull();
    expect(ok.findings).toEqual([]);
    expect(corrupt.error).toMatch(/文件已损坏或不完整/);
    expect(memo.error).toBeNull();
    expect(memo.findings).toEqual([expect.objectContaining({ rule: "file.no-table", severity: "error", sheet: "", cells: [] })]);
    expect(report.summary).toEqual({ files: 3, errors: 1, warnings: 0, infos: 0, unreadable: 1 });
    expect(run.stderr).toContain(`${join("各单位", "坏.xlsx")}：无法读取：文件已损坏或不完整`);
  });

  it("says in the text report which file had no table and which could not be read", async () => {
    await saveMemo("通知.xlsx");
    writeFileSync(join(dir(), "空.xlsx"), "");
    const run = await check("通知.xlsx", "空.xlsx");
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("通知.xlsx\n  错误（1）\n    1. 没有找到政府信息公开工作年度报告的统计表（已查看工作表 “说明”）");
    expect(run.stdout).toContain("空.xlsx\n  无法读取：文件是空的（0 字节）");
    expect(run.stdout).toContain("共检查 2 个文件：错误 1 · 核实 0 · 提示 0；1 个文件无法读取；1 个文件中没有找到统计表");
  });

  it("exits 1, not 0, for a folder whose only workbook has no table", async () => {
    mkdirSync(join(dir(), "d"));
    await saveMemo(join("d", "通知.xlsx"));
    expect((await check("d")).code).toBe(1);
  });

  it("exits 2 for a folder with nothing to check in it", async () => {
    mkdirSync(join(dir(), "空", "子"), { recursive: true });
    writeFileSync(join(dir(), "空", "说明.txt"), "x");
    const run = await check("空");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("文件夹“空”中没有可校验的报告文件");
  });

  it("lists a .doc or .csv beside the reports as a file it cannot read, in the text and the JSON, exit 2", async () => {
    mkdirSync(join(dir(), "d"));
    await saveWorkbook(seedWorkbook(), join(dir(), "d", "a.xlsx"));
    writeFileSync(join(dir(), "d", "b.doc"), "x");
    writeFileSync(join(dir(), "d", "c.csv"), "1,2");
    const text = await check("d");
    expect(text.code).toBe(2);
    expect(text.stdout).toContain(`${join("d", "b.doc")}\n  无法读取：这是旧版 Word 97-2003 文档（.doc）`);
    expect(text.stdout).toContain(`${join("d", "c.csv")}\n  无法读取：不支持 .csv 格式`);
    const json = JSON.parse((await check("--json", "d")).stdout) as JsonReport;
    expect(json.files.map((f) => [f.file, f.error === null ? null : f.error.includes("不支持") || f.error.includes("无法直接读取")])).toEqual([
      [join("d", "a.xlsx"), null],
      [join("d", "b.doc"), true],
      [join("d", "c.csv"), true],
    ]);
    expect(json.summary.unreadable).toBe(2);
  });

  it("keeps checking the other files when one given by name is missing", async () => {
    await saveWorkbook(seedWorkbook(), join(dir(), "seed.xlsx"));
    const run = await check("--json", "没有这个.xlsx", "seed.xlsx");
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files[0]).toEqual({
      file: "没有这个.xlsx",
      error: "找不到这个文件，请检查路径和文件名是否正确",
      tables: [],
      findings: [],
    });
    expect(report.files[1].tables).toHaveLength(1);
  });
});

describe("--json", () => {
  it("prints exactly one JSON document, keys in the documented order", async () => {
    await saveWrongTotal("b.xlsx");
    const run = await check("--json", "b.xlsx");
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(run.stdout.trim().startsWith("{")).toBe(true);
    expect(Object.keys(report)).toEqual(["files", "summary"]);
    expect(Object.keys(report.files[0])).toEqual(["file", "error", "tables", "findings"]);
    expect(Object.keys(report.files[0].tables[0])).toEqual(["sheet", "format", "table", "range", "year"]);
    expect(Object.keys(report.summary)).toEqual(["files", "errors", "warnings", "infos", "unreadable"]);
    const sum = report.files[0].findings.find((f) => f.rule === "B-R2");
    expect(sum).toBeDefined();
    expect(Object.keys(sum as object)).toEqual(["rule", "severity", "sheet", "cells", "message", "reported", "computed"]);
    expect((sum as { reported: number; computed: number }).reported).toBe((sum as { computed: number }).computed + 1);
  });

  it("leaves reported and computed out where nothing was compared", async () => {
    await saveMemo("m.xlsx");
    const report = JSON.parse((await check("--json", "m.xlsx")).stdout) as JsonReport;
    expect(Object.keys(report.files[0].findings[0])).toEqual(["rule", "severity", "sheet", "cells", "message"]);
  });
});

describe("what only the file can tell", () => {
  it("checks a table on a hidden sheet and says it is hidden", async () => {
    const { workbook, sheet } = filledTemplate("legacy-2014");
    sheet.state = "hidden";
    workbook.addWorksheet("封面").getCell("A1").value = "年度报告";
    await saveWorkbook(workbook, join(dir(), "h.xlsx"));
    const run = await check("h.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("工作表“2017年度统计表”（隐藏的工作表）");
    expect(run.stdout).toContain("提示（1）");
    expect(run.stdout).toContain("统计表位于隐藏的工作表“2017年度统计表”，已一并校验");
  });

  it("warns about formulas saved without a result, which it can only read as blank", async () => {
    const { workbook, plan, sheet } = filledTemplate("legacy-2014");
    const total = plan.tables[0].cells["L3.1|value"];
    sheet.getCell(total).value = { formula: "SUM(C1:C2)" } as ExcelJS.CellFormulaValue;
    await saveWorkbook(workbook, join(dir(), "f.xlsx"));
    const report = JSON.parse((await check("--json", "f.xlsx")).stdout) as JsonReport;
    const formula = report.files[0].findings.find((f) => f.rule === "file.formula-no-result");
    expect(formula).toMatchObject({ severity: "warning", cells: [total] });
    expect(formula?.message).toContain("公式单元格没有保存计算结果");
    // Read as blank, the checker then says the cell is empty rather than inventing a number.
    expect(report.files[0].findings.some((f) => f.rule === "value.blank" && f.cells.includes(total))).toBe(true);
  });

  it("uses --year as the report year, over what the workbook says", async () => {
    await saveWorkbook(seedWorkbook(), join(dir(), "seed.xlsx"));
    const report = JSON.parse((await check("--json", "--year", "2016", "seed.xlsx")).stdout) as JsonReport;
    expect(report.files[0].tables[0].year).toBe(2016);
  });
});

describe("wrong arguments", () => {
  it.each([
    [["check"], "请给出要校验的文件或文件夹"],
    [["check", "--year", "23", "a.xlsx"], "--year 应为 2008 年以后的四位数年份"],
    [["check", "--year", "2007", "a.xlsx"], "--year 应为 2008 年以后的四位数年份"],
    [["check", "--jsn", "a.xlsx"], "不认识的选项“--jsn”"],
    [["check", "——json", "a.xlsx"], "选项要用半角短横线：请把“——json”改为“--json”"],
  ])("%j → exit 2: %s", async (argv, message) => {
    const run = await runCli(argv, { cwd: dir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("查看用法：nianbao check --help");
    expect(run.stdout).toBe("");
  });
});

describe("a stray value far from the table", () => {
  it("still checks the table and warns about the ignored cell", async () => {
    const wb = seedWorkbook();
    wb.worksheets[0].getCell("XFD1048576").value = "误输入";
    await saveWorkbook(wb, join(dir(), "远.xlsx"));
    const run = await check("--json", "远.xlsx");
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(run.code).toBe(0);
    expect(report.files[0].tables).toHaveLength(1);
    expect(report.files[0].findings.find((f) => f.rule === "file.far-cells")).toMatchObject({
      severity: "warning",
      sheet: "Sheet1",
      cells: ["XFD1048576"],
    });
  });
});

/**
 * `nianbao template`: the file it writes holds the official tables verbatim, checks clean once
 * filled with consistent numbers, and the command refuses what it should in Chinese.
 */
import * as ExcelJS from "exceljs";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import type { JsonReport } from "../../src/cli/report-json";
import { readXlsx } from "../../src/cli/xlsx-read";
import { FORMAT_IDS, FORMATS } from "../../src/core/formats";
import type { FormatDef, FormatId } from "../../src/core/formats/model";
import { planTemplate } from "../../src/core/layout";
import { consistent } from "../helpers/check-fixtures";
import { runCli, useTempDir } from "./helpers/run";
import { YEAR_OF, saveWorkbook } from "./helpers/workbooks";

const dir = useTempDir();
// The first test loads exceljs and the checker: on a busy 2-core machine that alone can exceed 5 s.
jest.setTimeout(30_000);
const template = (...argv: string[]) => runCli(["template", ...argv], { cwd: dir(), now: new Date(2025, 2, 15) });

/**
 * Every label a format prints, as formats.md has it: headings, captions, headers, rows, units.
 * A column whose unit the official text leaves unstated (2019's 采购总金额) is labelled with the
 * unit the template uses, as formats.md asks: `采购总金额（单位：万元）`.
 */
function verbatimLabels(def: FormatDef): string[] {
  const labels = new Set<string>();
  for (const table of def.tables) {
    if (table.corner) labels.add(table.corner);
    for (const block of table.blocks) {
      for (const text of [block.caption, block.labelHeader, block.unitHeader]) if (text) labels.add(text);
      for (const row of block.rows) {
        if (row.label) labels.add(row.label);
        if (row.unit) labels.add(row.unit);
      }
      for (const column of block.columns) {
        const unitStated = !column.unit || column.label.includes(column.unit);
        labels.add(unitStated ? column.label : `${column.label}（单位：${column.unit}）`);
      }
    }
  }
  return [...labels];
}

/** Every text cell of every sheet of a written file. */
async function textsOf(file: string): Promise<string[]> {
  const book = await readXlsx(readFileSync(file));
  return book.sheets.flatMap((s) => s.grid.values.flat()).filter((v): v is string => typeof v === "string");
}

describe.each(FORMAT_IDS.map((f) => [f]))("%s", (format: FormatId) => {
  const year = YEAR_OF[format];

  it("writes every verbatim label of the format, and each table's title", async () => {
    const run = await template("--format", format, "--year", String(year), "--agency", "测试市审计局", "--out", "t.xlsx");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const texts = await textsOf(join(dir(), "t.xlsx"));
    const cells = new Set(texts);
    const missing = verbatimLabels(FORMATS[format]).filter((label) => !cells.has(label));
    expect(missing).toEqual([]);
    for (const table of FORMATS[format].tables) {
      expect(texts.some((t) => t.includes(table.title))).toBe(true);
    }
    expect(texts.some((t) => t.includes("测试市审计局") && t.includes(String(year)))).toBe(true);
  });

  it("checks clean once every value cell is filled with consistent numbers", async () => {
    await template("--format", format, "--year", String(year), "--agency", "测试市审计局", "--out", "t.xlsx");
    // Fill the written file as a person would: open it, type into every value cell, save.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir(), "t.xlsx"));
    const ws = wb.worksheets[0];
    const check = await runCli(["check", "--json", "t.xlsx"], { cwd: dir() });
    const empty = JSON.parse(check.stdout) as JsonReport;
    const tables = empty.files[0].tables;
    expect(tables.map((t) => t.table)).toEqual(FORMATS[format].tables.map((t) => t.id));

    // Where the value cells are comes from the plan the file was written from.
    const plan = planTemplate(format, year, "测试市审计局");
    let filled = 0;
    for (const table of plan.tables) {
      const values = consistent(format, table.id);
      for (const [key, a1] of Object.entries(table.cells)) {
        ws.getCell(a1).value = values[key];
        filled++;
      }
    }
    expect(filled).toBeGreaterThan(0);
    await saveWorkbook(wb, join(dir(), "filled.xlsx"));

    const run = await runCli(["check", "--json", "filled.xlsx"], { cwd: dir() });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files[0].findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.files[0].tables.every((t) => t.format === format && t.year === year)).toBe(true);
    expect(run.code).toBe(0);
  });
});

describe("defaults", () => {
  it("makes last year's report in the format that year uses when --year and --format are left out", async () => {
    const run = await template("--agency", "测试市审计局", "--out", "t.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("已生成 t.xlsx：测试市审计局 2024 年度统计表，2021 版格式（国办公开办函〔2021〕30号）");
    expect(run.stdout).toContain("填写后可用 nianbao check t.xlsx 校验");
    const report = JSON.parse((await runCli(["check", "--json", "t.xlsx"], { cwd: dir() })).stdout) as JsonReport;
    expect(report.files[0].tables.map((t) => [t.format, t.year])).toEqual([
      ["national-2021", 2024],
      ["national-2021", 2024],
      ["national-2021", 2024],
    ]);
  });

  it.each([
    [2015, "legacy-2014"],
    [2019, "national-2019"],
    [2020, "national-2019"],
    [2021, "national-2021"],
  ])("--year %d alone gives %s", async (year, format) => {
    await template("--year", String(year), "--agency", "测试市审计局", "--out", "t.xlsx");
    const report = JSON.parse((await runCli(["check", "--json", "t.xlsx"], { cwd: dir() })).stdout) as JsonReport;
    expect(new Set(report.files[0].tables.map((t) => t.format))).toEqual(new Set([format]));
  });
});

describe("never overwrites by accident", () => {
  it("refuses an existing file without --force, and leaves it untouched", async () => {
    writeFileSync(join(dir(), "t.xlsx"), "别人的文件");
    const run = await template("--agency", "测试市审计局", "--out", "t.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("文件“t.xlsx”已经存在，没有覆盖；如需覆盖请加 --force，或换一个文件名\n");
    expect(readFileSync(join(dir(), "t.xlsx"), "utf8")).toBe("别人的文件");
  });

  it("overwrites with --force, leaving no temporary file behind", async () => {
    writeFileSync(join(dir(), "t.xlsx"), "旧的");
    const run = await template("--agency", "测试市审计局", "--out", "t.xlsx", "--force");
    expect(run.code).toBe(0);
    expect(statSync(join(dir(), "t.xlsx")).size).toBeGreaterThan(1000);
    expect((await textsOf(join(dir(), "t.xlsx"))).length).toBeGreaterThan(50);
    expect(readdirSync(dir())).toEqual(["t.xlsx"]);
  });

  it("lets only one of two runs at once write a new file, the other says it exists (no check-then-rename race)", async () => {
    const runs = await Promise.all([1, 2].map(() => template("--agency", "测试市审计局", "--out", "t.xlsx")));
    expect(runs.map((r) => r.code).sort()).toEqual([0, 2]);
    expect(runs.find((r) => r.code === 2)?.stderr).toContain("已经存在，没有覆盖");
    expect(readdirSync(dir())).toEqual(["t.xlsx"]);
  });

  it("says a file name is too long, in Chinese and shortened, instead of the system's error", async () => {
    const name = `${"审".repeat(90)}.xlsx`;
    const run = await template("--agency", "测试市审计局", "--out", name);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("太长，请换一个短些的文件名");
    expect(run.stderr).not.toContain("ENAMETOOLONG");
    expect(run.stderr.length).toBeLessThan(150);
    expect(readdirSync(dir())).toEqual([]);
  });

  it("says when the folder does not exist or --out names a folder", async () => {
    const noFolder = await template("--agency", "测试市审计局", "--out", join("没有", "t.xlsx"));
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain("文件夹“没有”不存在，请先创建它，或换一个位置");
    mkdirSync(join(dir(), "表.xlsx"));
    const folder = await template("--agency", "测试市审计局", "--out", "表.xlsx");
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("“表.xlsx”是一个文件夹");
  });
});

describe("wrong arguments → exit 2 with a Chinese message, nothing written", () => {
  it.each([
    [["--format", "national-2022", "--agency", "A", "--out", "t.xlsx"], "不认识的格式“national-2022”；--format 可以是 legacy-2014"],
    [["--year", "24", "--agency", "A", "--out", "t.xlsx"], "--year 应为 2008 年以后的四位数年份，例如 --year 2024（收到的是“24”）"],
    [["--year", "2007", "--agency", "A", "--out", "t.xlsx"], "--year 应为 2008 年以后的四位数年份"],
    [["--year", "二〇二三", "--agency", "A", "--out", "t.xlsx"], "--year 应为 2008 年以后的四位数年份"],
    [["--out", "t.xlsx"], '缺少 --agency：请写上单位全称，例如 --agency "XX市审计局"'],
    [["--agency", "A"], "缺少 --out：请写上要生成的文件名，例如 --out 年报统计表.xlsx"],
    [["--agency", "A", "--out", "t.xls"], "输出文件“t.xls”应以 .xlsx 结尾，例如 --out t.xlsx"],
    [["--agency", "A", "--out"], "选项 --out 后面缺少文件名"],
    [["--agency", "A", "B", "--out", "t.xlsx"], "多余的参数“B”"],
    [["--format", "national-2019", "--year", "2023", "--agency", "A", "--out", "t.xlsx"], "2023 年度的报告应使用2021 版格式"],
  ])("%j", async (argv, message) => {
    const run = await template(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("查看用法：nianbao template --help");
    expect(run.stdout).toBe("");
    expect(existsSync(join(dir(), "t.xlsx"))).toBe(false);
  });

  it("accepts full-width digits in the year, as Chinese input methods type them", async () => {
    const run = await template("--year", "２０２３", "--agency", "测试市审计局", "--out", "t.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2023 年度统计表");
  });
});

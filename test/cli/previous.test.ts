/**
 * `nianbao check --previous LAST.xlsx FILE.xlsx`: the cross-year rules between one agency's
 * reports of two consecutive years, run in-process on workbooks made with exceljs.
 */
import * as ExcelJS from "exceljs";
import { join } from "path";
import { addPlanToWorkbook } from "../../src/cli/xlsx-write";
import type { CellKey } from "../../src/core/formats/model";
import { planTemplate } from "../../src/core/layout";
import type { CellValue } from "../../src/core/types";
import { consistent } from "../helpers/check-fixtures";
import { runCli, useTempDir } from "./helpers/run";
import { saveWorkbook } from "./helpers/workbooks";

const dir = useTempDir();
const check = (...argv: string[]) => runCli(["check", "--json", ...argv], { cwd: dir() });

/** A 2021-format report of `year`: consistent numbers, with `change` applied per table. */
async function report(file: string, year: number, change: (table: string, key: CellKey, v: CellValue) => CellValue = (_t, _k, v) => v): Promise<void> {
  const plan = planTemplate("national-2021", year, "测试市审计局");
  const wb = new ExcelJS.Workbook();
  const sheet = addPlanToWorkbook(wb, plan);
  for (const table of plan.tables) {
    const values = consistent("national-2021", table.id);
    for (const [key, a1] of Object.entries(table.cells)) sheet.getCell(a1).value = change(table.id, key, values[key]);
  }
  await saveWorkbook(wb, join(dir(), file));
}

const rulesOf = (stdout: string): string[] =>
  (JSON.parse(stdout) as { files: Array<{ findings: Array<{ rule: string }> }> }).files.flatMap((f) => f.findings.map((x) => x.rule));

describe("nianbao check --previous", () => {
  it("figures copied unchanged from last year's report are flagged (内容雷同)", async () => {
    await report("2024.xlsx", 2024);
    await report("2025.xlsx", 2025);
    const run = await check("--previous", "2024.xlsx", "2025.xlsx");
    expect(rulesOf(run.stdout)).toContain("report.same-as-last-year");
    expect(run.stderr).toContain("上年报告 2024.xlsx：找到 3 张表（2024 年度）");
  });

  it("this year's 上年结转 differing from last year's 结转下年度 is a warning naming the cells; without --previous nothing is said", async () => {
    await report("2024.xlsx", 2024);
    // Keep 2025 consistent on its own: move one carried-over request into new requests.
    await report("2025.xlsx", 2025, (t, k, v) => {
      if (t !== "B" || typeof v !== "number") return v;
      if (k === "B2|natural" || k === "B2|total") return v - 1;
      if (k === "B1|natural" || k === "B1|total") return v + 1;
      return v;
    });
    const alone = await check("2025.xlsx");
    expect(rulesOf(alone.stdout)).not.toContain("B-carry-over");
    const run = await check("--previous", "2024.xlsx", "2025.xlsx");
    const rules = rulesOf(run.stdout);
    expect(rules.filter((r) => r === "B-carry-over").length).toBeGreaterThanOrEqual(1);
    expect(run.code).toBe(0); // cross-year findings are warnings
  });

  it("is refused with a folder or several files: last year's report belongs to one agency", async () => {
    await report("2024.xlsx", 2024);
    await report("2025.xlsx", 2025);
    const run = await check("--previous", "2024.xlsx", "2024.xlsx", "2025.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--previous 只能与一个文件一起使用");
  });

  it("an unreadable previous report: exit 2 and a message naming it", async () => {
    await report("2025.xlsx", 2025);
    const run = await check("--previous", "不存在.xlsx", "2025.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("上年报告 不存在.xlsx：无法读取");
  });
});

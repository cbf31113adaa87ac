/**
 * The whole engine on a whole report: the seed (a real 2017 report) with its text above its
 * table on one sheet, as staff paste it into a workbook.
 */
import type { CellValue, SheetGrid } from "../../src/core/types";
import { checkWorkbook } from "../../src/core/workbook";
import { readSeed } from "../helpers/locate-seed";

/** The seed as one sheet: each paragraph in column A, then the title, then the table. */
function seedSheet(edit: (prose: string[], table: CellValue[][]) => void = () => {}): SheetGrid {
  const seed = readSeed();
  const prose = [...seed.prose];
  const table = seed.table.map((r) => [...r]);
  edit(prose, table);
  const values: CellValue[][] = [...prose.map((p) => [p]), [seed.title], ...table];
  return { name: "Sheet1", values, originRow: 0, originCol: 0 };
}

describe("checkWorkbook on the seed report", () => {
  test("no error; exactly the warning that 主动公开规范性文件数 exceeds 制发规范性文件总数", () => {
    const report = checkWorkbook([seedSheet()]);
    expect(report.tables.map((t) => [t.format, t.table, t.year])).toEqual([["legacy-2014", "L", 2017]]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    const warnings = report.findings.filter((f) => f.severity === "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0].rule).toBe("L-normative-published-le-issued");
    expect(warnings[0].message).toContain("4");
  });

  test("text that denies requests while the table shows some is an error", () => {
    const report = checkWorkbook([
      seedSheet((_prose, table) => {
        // （一）收到申请数 and 3.网络申请数, consistently: 2 applications received online.
        for (const row of table) {
          if (row[0] === "（一）收到申请数" || row[0] === "3.网络申请数") row[2] = "2";
        }
      }),
    ]);
    const rules = report.findings.filter((f) => f.severity === "error").map((f) => f.rule);
    expect(rules).toContain("narrative.requests-contradict");
  });

  test("last year's text pasted into next year's report: the stale year is an error", () => {
    const report = checkWorkbook([seedSheet()], { year: 2018 });
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toContain("narrative.stale-year");
  });
});

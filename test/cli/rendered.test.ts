/**
 * A file rendered where it was checked (the worker) prints and counts exactly as its full result
 * would: the report a reviewer reads does not depend on where the formatting happened.
 */
import type { FileResult } from "../../src/cli/check-file";
import { filesWithoutTable, renderResult } from "../../src/cli/rendered";
import { formatJsonFile } from "../../src/cli/report-json";
import { fileText, summaryLine, summaryText } from "../../src/cli/report-text";
import { summarize, summarizeCounts } from "../../src/cli/summary";

const checked: FileResult = {
  file: "报告/单位A.xlsx",
  error: null,
  tables: [{ sheet: "统计表", format: "national-2021", table: "B", range: "A1:J30", year: 2023, hidden: false }],
  findings: [
    { rule: "B-R2", severity: "error", sheet: "统计表", cells: ["D27", "D5"], message: "总数为 5，各项之和为 4", reported: 5, computed: 4 },
    { rule: "value.blank", severity: "warning", sheet: "统计表", cells: ["C3"], message: "空白单元格，请填 0" },
    { rule: "text.year", severity: "info", sheet: "统计表", cells: ["A1"], message: "标题年度" },
    { rule: "B-R3", severity: "error", sheet: "统计表", cells: ["E27"], message: "总数不符" },
  ],
};
const unreadable: FileResult = { file: "坏文件.xlsx", error: "文件已损坏或不完整，无法读取", tables: [], findings: [] };
const noTable: FileResult = { file: "空表.xlsx", error: null, tables: [], findings: [] };
const all = [checked, unreadable, noTable];

describe("a file rendered where it was checked", () => {
  it("prints the --json entry and the terminal lines of its full result", () => {
    for (const r of all) {
      expect(renderResult(r, { as: "json", keep: false }).text).toBe(formatJsonFile(r));
      expect(renderResult(r, { as: "text", keep: false }).text).toBe(fileText(r).join("\n"));
    }
  });

  it("counts as the full results do, and says how many files held no table", () => {
    const rendered = all.map((r) => renderResult(r, { as: "text", keep: false }));
    expect(rendered[0]).toMatchObject({ errors: 2, warnings: 1, infos: 1, tables: 1 });
    const summary = summarizeCounts(rendered);
    expect(summary).toEqual(summarize(all));
    const noTables = filesWithoutTable(rendered);
    expect(summaryLine(summary, noTables)).toBe(summaryText(all, summarize(all)));
    expect(summaryLine(summary, noTables)).toBe("共检查 3 个文件：错误 2 · 核实 1 · 提示 1；1 个文件无法读取；1 个文件中没有找到统计表");
  });

  it("keeps the full result only when the 汇总 workbook needs it", () => {
    expect(renderResult(checked, { as: "json", keep: false }).full).toBeUndefined();
    expect(renderResult(checked, { as: "json", keep: true }).full).toBe(checked);
  });
});

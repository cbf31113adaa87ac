/**
 * The --json document printed file by file as results arrive is the very text printed at once
 * from all results: scripts read it, so not a space may differ.
 */
import type { FileResult } from "../../src/cli/check-file";
import { formatJson, formatJsonFile, formatJsonParts, jsonReport } from "../../src/cli/report-json";
import { summarize } from "../../src/cli/summary";

const checked: FileResult = {
  file: "报告/单位A.xlsx",
  error: null,
  tables: [{ sheet: "统计表", format: "national-2021", table: "B", range: "A1:J30", year: 2023, hidden: false }],
  findings: [
    { rule: "B-R2", severity: "error", sheet: "统计表", cells: ["D27", "D5"], message: '总数为 5，\n各项之和为 "4"', reported: 5, computed: 4 },
    { rule: "value.blank", severity: "warning", sheet: "表格2", cells: ["C3"], message: "空白单元格\t请填 0" },
  ],
  labels: { 表格2: { C3: "本年新收政府信息公开申请数量 · 自然人" } },
  agency: "某市审计局",
  year: 2023,
};
const unreadable: FileResult = { file: "坏文件.xlsx", error: "文件已损坏或不完整，无法读取", tables: [], findings: [] };
const empty: FileResult = { file: "空表.xlsx", error: null, tables: [], findings: [] };

describe("--json printed file by file", () => {
  it.each([
    ["several files", [checked, unreadable, empty], undefined],
    ["one file and a run-level error", [checked], "汇总表未写入：磁盘已满"],
    ["no file", [], undefined],
  ])("gives the same text as printing all at once: %s", (_name, results, error) => {
    const summary = summarize(results);
    const whole = formatJson(jsonReport(results, summary, error));
    expect(formatJsonParts(results.map(formatJsonFile), summary, error)).toBe(whole);
    expect(JSON.parse(whole)).toEqual(jsonReport(results, summary, error));
  });
});

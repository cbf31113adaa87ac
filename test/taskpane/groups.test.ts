import type { LocatedTable } from "../../src/core/located";
import type { Finding } from "../../src/core/types";
import { checkWorkbook } from "../../src/core/workbook";
import { cellsText, detailText, groupFindings, tableOf } from "../../src/taskpane/groups";
import { findingId } from "../../src/taskpane/identity";
import { sampleSheet, templateSheet } from "../helpers/pane-fake-host";

const table = (sheet: string, id: LocatedTable["table"], range: string): LocatedTable => ({
  format: "national-2021",
  table: id,
  sheet,
  range,
  year: 2024,
  cells: {},
  values: {},
  findings: [],
});

describe("grouping findings", () => {
  it("orders sections 错误, 核实, 未填写, 提示 and names each table as the report does", () => {
    const { sheet } = sampleSheet();
    const report = checkWorkbook([sheet]);
    const sections = groupFindings(report.findings, report.tables, new Map());
    expect(sections.map((s) => `${s.title} ${s.count} ${s.unit}`)).toEqual(["错误 1 项", "核实 1 项", "未填写 2 个单元格", "提示 1 项"]);
    const [errors, warnings, blanks, hints] = sections;
    expect(errors.groups.map((g) => g.title)).toEqual(["表四（政府信息公开行政复议、行政诉讼情况）"]);
    expect(warnings.groups.map((g) => g.title)).toEqual(["表二（主动公开政府信息情况）"]);
    expect(blanks.groups.map((g) => g.title)).toEqual(["表三（收到和处理政府信息公开申请情况）"]);
    expect(hints.groups[0].items[0].finding.rule).toBe("A-regulation-level");
    expect(errors.groups[0].where).toBe(`工作表“2024年度统计表” ${report.tables.find((t) => t.table === "C")?.range}`);
  });

  it("puts tables in workbook order within a section", () => {
    const { sheet: a } = templateSheet("national-2021", 2024, [["C", "C1|review.upheld", 1]]);
    const { sheet: b } = templateSheet("national-2021", 2024, [["B", "B1|natural", 1]]);
    const first = { ...a, name: "本年" };
    const second = { ...b, name: "附表" };
    const report = checkWorkbook([first, second]);
    // Given in reverse, still listed as the tables stand.
    const errors = groupFindings([...report.findings].reverse(), report.tables, new Map()).find((s) => s.kind === "error");
    expect(errors?.groups.map((g) => g.where.split(" ")[0])).toEqual(["工作表“本年”", "工作表“附表”"]);
  });

  it("moves a kept 核实 finding to 已保留, with its note", () => {
    const { sheet } = sampleSheet();
    const report = checkWorkbook([sheet]);
    const warning = report.findings.find((f) => f.rule === "A-effective-ge-issued") as Finding;
    const kept = new Map([[findingId(warning), { note: "2 件规章年内制发后即废止", date: "2025-01-20" }]]);
    const sections = groupFindings(report.findings, report.tables, kept);
    expect(sections.map((s) => s.kind)).toEqual(["error", "blank", "info", "kept"]);
    const item = sections[3].groups[0].items[0];
    expect(item.kept?.note).toBe("2 件规章年内制发后即废止");
    expect(item.keepable).toBe(true);
  });

  it("tells two tables of the same kind on one sheet apart by where the finding's cells are", () => {
    const tables = [table("S", "C", "D5:R8"), table("S", "C", "D20:R23")];
    const finding: Finding = { rule: "C-review-total", severity: "error", message: "…", sheet: "S", cells: ["H23", "D23"], table: "C" };
    expect(tableOf(finding, tables)).toBe(1);
    expect(tableOf({ ...finding, cells: ["H8"] }, tables)).toBe(0);
    expect(tableOf({ ...finding, sheet: "T" }, tables)).toBe(-1);
  });

  it("groups a finding about no table under its sheet, after the tables", () => {
    const tables = [table("S", "B", "A21:J48")];
    const findings: Finding[] = [
      { rule: "text.zero", severity: "warning", message: "正文说……", sheet: "正文", cells: ["A3"] },
      { rule: "B-R1", severity: "warning", message: "…", sheet: "S", cells: ["J24"], table: "B" },
    ];
    const [warnings] = groupFindings(findings, tables, new Map());
    expect(warnings.groups.map((g) => g.title)).toEqual(["表三（收到和处理政府信息公开申请情况）", "工作表“正文”"]);
  });
});

describe("a finding's lines", () => {
  it("names a few cells, then how many there are", () => {
    expect(cellsText(["D7", "F7"])).toBe("单元格：D7、F7");
    expect(cellsText(["H54", "D54", "E54", "F54", "G54", "I54", "J54", "K54"])).toBe("单元格：H54、D54、E54、F54、G54、I54 等 8 个单元格");
    expect(cellsText([])).toBe("");
  });

  it("shows reported, computed and the difference, without float noise", () => {
    expect(detailText({ reported: 5, computed: 6 })).toBe("填报 5 · 计算 6 · 相差 1");
    expect(detailText({ reported: 0.3, computed: 0.1 + 0.2 + 0.1 })).toBe("填报 0.3 · 计算 0.4 · 相差 0.1");
    expect(detailText({ reported: 3 })).toBe("填报 3");
    expect(detailText({})).toBeNull();
  });
});

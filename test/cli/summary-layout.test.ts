/** The 汇总 layout as data: what the browser checker page will import and write with its own library. */
import { FILE_COLUMNS, FINDING_COLUMNS, planSummary } from "../../src/cli/summary-layout";

describe("planSummary", () => {
  const results = [
    {
      file: "甲/报告.docx",
      error: null,
      agency: "某市审计局",
      year: 2025,
      tables: [{ format: "national-2021" as const, table: "B", sheet: "表格2" }],
      findings: [
        { rule: "B-R2", severity: "error" as const, sheet: "表格2", cells: ["D47", "D26"], message: "（七）总计（自然人）填 4，分项合计为 3" },
        { rule: "value.blank", severity: "warning" as const, sheet: "表格2", cells: [], message: "未填写" },
      ],
      labels: { 表格2: { D47: "“（七）总计”（自然人）" } },
    },
    { file: "乙.doc", error: "这是旧版 Word 97-2003 文档（.doc）", tables: [], findings: [] },
  ];

  it("makes one row per file: agency, year, format, counts, or the reason it could not be read", () => {
    const [files] = planSummary(results).sheets;
    expect(files.name).toBe("汇总");
    expect(files.columns).toEqual(FILE_COLUMNS);
    expect(files.rows).toEqual([
      ["甲/报告.docx", "某市审计局", 2025, "2021 版格式（国办公开办函〔2021〕30号）", 1, 1, 0, null],
      ["乙.doc", null, null, null, null, null, null, "这是旧版 Word 97-2003 文档（.doc）"],
    ]);
  });

  it("lists every finding with its severity in Chinese and a document cell's labels", () => {
    const [, findings] = planSummary(results).sheets;
    expect(findings.name).toBe("问题清单");
    expect(findings.columns).toEqual(FINDING_COLUMNS);
    expect(findings.rows).toEqual([
      ["甲/报告.docx", "表格2", "D47 “（七）总计”（自然人）、D26", "B-R2", "错误", "（七）总计（自然人）填 4，分项合计为 3"],
      ["甲/报告.docx", "表格2", null, "value.blank", "核实", "未填写"],
    ]);
  });
});

/** The text report's layout, on results built by hand. */
import type { FileResult } from "../../src/cli/check-file";
import { fileText, summaryText } from "../../src/cli/report-text";
import { summarize } from "../../src/cli/summary";
import type { Finding } from "../../src/core/types";

const finding = (over: Partial<Finding>): Finding => ({
  rule: "B-R2",
  severity: "error",
  sheet: "表三",
  cells: ["D31"],
  message: "（七）总计（自然人）填 5，分项合计为 6，相差 1",
  ...over,
});

describe("fileText", () => {
  it("groups findings by severity, errors first, numbering each group", () => {
    const r: FileResult = {
      file: "a.xlsx",
      error: null,
      tables: [{ sheet: "表三", format: "national-2021", table: "B", range: "A5:J33", year: 2023, hidden: false }],
      findings: [
        finding({ severity: "info", message: "提示一" }),
        finding({ severity: "error", message: "错误一" }),
        finding({ severity: "warning", message: "核实一" }),
        finding({ severity: "error", message: "错误二" }),
      ],
    };
    expect(fileText(r)).toEqual([
      "a.xlsx",
      "  找到 1 张表（2021 版格式（国办公开办函〔2021〕30号），2023 年度）：",
      "    工作表“表三” A5:J33：表三（收到和处理政府信息公开申请情况）",
      "  错误（2）",
      "    1. [D31] 错误一",
      "    2. [D31] 错误二",
      "  核实（1）",
      "    1. [D31] 核实一",
      "  提示（1）",
      "    1. [D31] 提示一",
    ]);
  });

  it("names the sheet when tables span several, shows each table's own format and year when they differ", () => {
    const r: FileResult = {
      file: "b.xlsx",
      error: null,
      tables: [
        { sheet: "2022", format: "national-2021", table: "C", range: "A1:P4", year: 2022, hidden: false },
        { sheet: "2019", format: "national-2019", table: "C", range: "A1:P4", year: null, hidden: true },
      ],
      findings: [finding({ sheet: "2019", cells: Array.from({ length: 12 }, (_, i) => `D${i + 1}`) })],
    };
    expect(fileText(r)).toEqual([
      "b.xlsx",
      "  找到 2 张表：",
      "    工作表“2022” A1:P4：表四（政府信息公开行政复议、行政诉讼情况），2021 版格式（国办公开办函〔2021〕30号），2022 年度",
      "    工作表“2019”（隐藏的工作表） A1:P4：表四（政府信息公开行政复议、行政诉讼情况），2019 试行格式（国办公开办函〔2019〕60号），未识别出报告年度",
      "  错误（1）",
      "    1. [工作表“2019” D1、D2、D3、D4、D5、D6、D7、D8 等 12 个单元格] （七）总计（自然人）填 5，分项合计为 6，相差 1",
    ]);
  });

  it("says when nothing was found wrong, and when a file could not be read", () => {
    const clean: FileResult = { file: "c.xlsx", error: null, tables: [], findings: [] };
    expect(fileText(clean)).toEqual(["c.xlsx", "  未发现问题"]);
    const bad: FileResult = { file: "d.xlsx", error: "文件是空的", tables: [], findings: [] };
    expect(fileText(bad)).toEqual(["d.xlsx", "  无法读取：文件是空的"]);
  });
});

describe("summaryText", () => {
  it("counts by severity and names unreadable files and files without a table", () => {
    const results: FileResult[] = [
      { file: "a", error: null, tables: [], findings: [finding({ rule: "file.no-table" })] },
      { file: "b", error: "坏了", tables: [], findings: [] },
      {
        file: "c",
        error: null,
        tables: [{ sheet: "表三", format: "national-2021", table: "B", range: "A5:J33", year: 2023, hidden: false }],
        findings: [finding({ severity: "warning" }), finding({ severity: "info" })],
      },
    ];
    expect(summaryText(results, summarize(results))).toBe("共检查 3 个文件：错误 1 · 核实 1 · 提示 1；1 个文件无法读取；1 个文件中没有找到统计表");
  });
});

import { isCityGovernmentIssuer, isGovernmentIssuer, reportIssuer } from "../../src/core/issuer";
import { checkWorkbook } from "../../src/core/workbook";
import type { SheetGrid } from "../../src/core/types";
import { consistentA, type Values } from "../helpers/check-fixtures";
import { sheet, tableA } from "../helpers/locate-grids";

const text = (name: string, lines: string[]): SheetGrid => ({ name, values: lines.map((l) => [l]), originRow: 0, originCol: 0 });

describe("whose report it is, from its title", () => {
  test.each([
    ["淮安市人民政府2024年政府信息公开工作年度报告", "淮安市人民政府", true],
    ["2024年淮安市人民政府政府信息公开工作年度报告", "淮安市人民政府", true],
    ["淮安市人民政府办公室2024年政府信息公开工作年度报告", "淮安市人民政府办公室", false],
    ["淮安市人民政府国有资产监督管理委员会 2024 年度政府信息公开工作年度报告", "淮安市人民政府国有资产监督管理委员会", false],
    ["某市审计局2025年政府信息公开工作年度报告", "某市审计局", false],
  ])("%s", (title, issuer, government) => {
    const found = reportIssuer([text("正文", ["", title, "一、总体情况"])]);
    expect(found).toBe(issuer);
    expect(isGovernmentIssuer(found)).toBe(government);
  });

  test("a title set on two lines (the issuer above the year)", () => {
    const found = reportIssuer([text("正文", ["淮安市人民政府", "2024年政府信息公开工作年度报告", "本报告由淮安市人民政府办公室根据《条例》编制。"])]);
    expect(found).toBe("淮安市人民政府");
    expect(reportIssuer([text("正文", ["现将有关情况报告如下：", "2024年政府信息公开工作年度报告"])])).toBeNull();
  });

  test("prose that mentions a report is no title", () => {
    expect(
      reportIssuer([
        text("正文", [
          "根据《条例》要求，现公布淮安市人民政府2024年政府信息公开工作年度报告，本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止，如对本报告有任何疑问，请联系。",
        ]),
      ]),
    ).toBeNull();
  });
});

describe("the 10000 万元 fee bound is set for one department", () => {
  const withFee = (title: string): SheetGrid[] => {
    const values: Values = { ...consistentA("national-2021"), "A8.1|fee": 96171.6 };
    const table = tableA(2021, { value: (key) => values[key] ?? 0 });
    return [text("正文", [title]), sheet("2024年度统计表", [{ at: [0, 0], table }]).grid];
  };

  test("a department reporting 96171.6 万元 of fees is asked whether it typed 元", () => {
    const report = checkWorkbook(withFee("某市审计局2024年政府信息公开工作年度报告"));
    expect(report.findings.map((f) => f.rule)).toContain("A-fee-in-yuan");
  });

  test("a people's government's own report is not", () => {
    const report = checkWorkbook(withFee("淮安市人民政府2024年政府信息公开工作年度报告"));
    expect(report.findings.map((f) => f.rule)).not.toContain("A-fee-in-yuan");
  });
});

describe("规章 are made by provinces' and cities' governments only", () => {
  test.each([
    ["淮安市人民政府", true],
    ["江苏省人民政府", true],
    ["广西壮族自治区南宁市人民政府", true],
    ["北京市朝阳区人民政府", false],
    ["某县人民政府", false],
    ["淮安市人民政府办公室", false],
    ["某市审计局", false],
  ])("%s", (issuer, city) => expect(isCityGovernmentIssuer(issuer)).toBe(city));

  const withRegulation = (title: string): SheetGrid[] => {
    const values: Values = { ...consistentA("national-2021"), "A1.1|issued": 1, "A1.1|effective": 1 };
    const table = tableA(2021, { value: (key) => values[key] ?? 0 });
    return [text("正文", [title]), sheet("2024年度统计表", [{ at: [0, 0], table }]).grid];
  };

  test("a district government reporting a 规章 is asked to check", () => {
    const report = checkWorkbook(withRegulation("北京市朝阳区人民政府2024年政府信息公开工作年度报告"));
    expect(report.findings.map((f) => f.rule)).toContain("A-regulation-level");
  });

  test("a city government is not", () => {
    const report = checkWorkbook(withRegulation("淮安市人民政府2024年政府信息公开工作年度报告"));
    expect(report.findings.map((f) => f.rule)).not.toContain("A-regulation-level");
  });
});

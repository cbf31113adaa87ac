import { cellName, formatNumber, sideNames, tableName, tableShortName, withoutRemarks } from "../../src/core/describe";
import { dataCells } from "../../src/core/formats/derive";
import { FORMATS, FORMAT_IDS } from "../../src/core/formats";

describe("cellName", () => {
  test.each([
    ["legacy-2014", "L", "L1.1|value", "（一）主动公开政府信息数"],
    ["legacy-2014", "L", "L9.3.1|value", "1.专职人员数"],
    ["legacy-2014", "L", "L1.1a|value", "其中：主动公开规范性文件数"],
    ["national-2021", "B", "B3.7|natural", "（七）总计（自然人）"],
    ["national-2021", "B", "B3.2|business", "（二）部分公开（商业企业）"],
    ["national-2021", "B", "B1|total", "一、本年新收政府信息公开申请数量（总计）"],
    ["national-2021", "B", "B3.3.1|research", "（三）不予公开·1.属于国家秘密（科研机构）"],
    ["national-2021", "B", "B3.6.3|other", "（六）其他处理·3.其他（其他）"],
    ["national-2019", "B", "B3.6|legal", "（六）其他处理（法律服务机构）"],
    ["national-2021", "C", "C1|review.total", "行政复议·总计"],
    ["national-2021", "C", "C1|afterReview.pending", "行政诉讼·复议后起诉·尚未审结"],
    ["national-2021", "C", "C1|direct.upheld", "行政诉讼·未经复议直接起诉·结果维持"],
    ["national-2021", "A", "A1.1|issued", "规章·本年制发件数"],
    ["national-2021", "A", "A8.1|fee", "行政事业性收费·本年收费金额"],
    ["national-2021", "A", "A5.1|decisions", "行政许可·本年处理决定数量"],
    ["national-2019", "A", "A5.2|change", "其他对外管理服务事项·本年增/减"],
  ] as const)("%s %s %s → %s", (format, table, key, want) => {
    expect(cellName(format, table, key)).toBe(want);
  });

  test("every value cell of every format has a distinct name without remarks or raw keys", () => {
    for (const format of FORMAT_IDS) {
      for (const def of FORMATS[format].tables) {
        const names = dataCells(def).map((c) => cellName(format, def.id, c.key));
        expect(new Set(names).size).toBe(names.length);
        for (const n of names) {
          expect(n).not.toContain("|");
          expect(n).not.toMatch(/（(不同渠道|不同方式|区分处理|不包括|单位：)/);
        }
      }
    }
  });
});

describe("table names", () => {
  test("national tables are named by their section, legacy is 统计表", () => {
    expect(tableName("national-2021", "A")).toBe("表二（主动公开政府信息情况）");
    expect(tableName("national-2021", "B")).toBe("表三（收到和处理政府信息公开申请情况）");
    expect(tableName("national-2019", "C")).toBe("表四（政府信息公开行政复议、行政诉讼情况）");
    expect(tableName("legacy-2014", "L")).toBe("统计表");
    expect(tableShortName("B")).toBe("表三");
  });
});

describe("formatNumber", () => {
  test.each([
    [5, "5"],
    [0.35, "0.35"],
    [0.1 + 0.2, "0.3"],
    [-3, "-3"],
    [1234567, "1234567"],
    [-0, "0"],
    [1e-7, "0"],
  ])("%p → %s", (n, want) => {
    expect(formatNumber(n)).toBe(want);
  });
});

describe("withoutRemarks", () => {
  test.each([
    ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开"],
    ["本年收费金额（单位：万元）", "本年收费金额"],
    ["（三）", "（三）"],
    ["3.危及“三安全一稳定”", "3.危及“三安全一稳定”"],
    ["现行有效件数(历史累计)", "现行有效件数"],
  ])("%s → %s", (label, want) => {
    expect(withoutRemarks(label)).toBe(want);
  });
});

describe("sideNames", () => {
  test("Table B's identity is named as the printed note names it, the column said once", () => {
    expect(
      sideNames("national-2021", "B", [
        ["B1|natural", "B2|natural"],
        ["B3.7|natural", "B4|natural"],
      ]),
    ).toEqual({
      prefix: "（自然人）",
      names: ["第一项加第二项之和", "第三项加第四项之和"],
    });
  });
  test("a run of legacy channels is shortened; a shared prefix is said once", () => {
    const channels = ["L1.2.1", "L1.2.2", "L1.2.3", "L1.2.4", "L1.2.5"].map((r) => `${r}|value`);
    expect(sideNames("legacy-2014", "L", [channels]).names[0]).toBe("1.政府公报公开政府信息数至5.其他方式公开政府信息数共 5 项之和");
    expect(sideNames("national-2019", "A", [["A5.1|previous", "A5.1|change"]]).names[0]).toBe("行政许可·上一年项目数量加本年增/减之和");
  });
});

test("a label the legacy table repeats names its section", () => {
  expect(cellName("legacy-2014", "L", "L5.2|value")).toBe("五、行政诉讼数量·（二）被依法纠错数");
  expect(cellName("legacy-2014", "L", "L6.3|value")).toBe("六、被举报投诉数量·（三）其他情形数");
});

/**
 * What the locator says about a table's shape: a row or column of the format that is not there
 * (and the rest still located), a column that is not the format's, a unit other than the
 * format's.
 */
import { toA1 } from "../../../src/core/address";
import { locateTables } from "../../../src/core/locate";
import type { Finding } from "../../../src/core/types";
import { legacyTable, sheet, tableA, tableB, tableC, type Built } from "../../helpers/locate-grids";

function locateOne(built: Built, year = 2023) {
  const s = sheet("表", [{ at: [0, 0], table: built }]);
  const tables = locateTables([s.grid], { year });
  expect(tables).toHaveLength(1);
  return { table: tables[0], expected: s.cells[0] };
}

const without = (cells: Record<string, unknown>, rowOrColumn: (key: string) => boolean) => Object.fromEntries(Object.entries(cells).filter(([k]) => !rowOrColumn(k)));

describe("a row of the format is missing", () => {
  it("Table B without 3.其他: an error naming the row and the table; every other cell located", () => {
    const { table, expected } = locateOne(tableB(2021, { omitRows: ["B3.6.3"] }));
    expect(table.findings).toHaveLength(1);
    const [f] = table.findings;
    expect(f).toMatchObject({ rule: "locate.missing-row", severity: "error", sheet: "表", table: "B" });
    expect(f.message.startsWith("表三（收到和处理政府信息公开申请情况）缺少行“3.其他”")).toBe(true);
    // Points at the row before the gap: 2.申请人逾期未按收费通知… in the third label column.
    expect(f.cells).toEqual(["C25"]);
    expect(table.cells).toEqual(expected);
    expect(Object.keys(table.cells)).toHaveLength(24 * 7);
  });

  it("legacy without （二）被依法纠错数 under 五: names its parent, and the same label under 四 stays found", () => {
    const { table, expected } = locateOne(legacyTable({ omitRows: ["L5.2"] }), 2017);
    expect(table.findings.map((f) => f.message)).toEqual(["统计表缺少行“（二）被依法纠错数”（属于“五、行政诉讼数量”）；请按格式补上这一行并填写数字，没有发生的填 0"]);
    expect(table.cells).toEqual(expected);
    expect(table.cells["L4.2|value"]).toEqual(expected["L4.2|value"]);
    expect(table.cells["L5.2|value"]).toBeUndefined();
  });

  it("legacy without a heading row: reported, the rows under it still found", () => {
    const { table, expected } = locateOne(legacyTable({ omitRows: ["L9"] }), 2017);
    expect(table.findings.map((f) => f.rule)).toEqual(["locate.missing-row"]);
    expect(table.findings[0].message).toContain("“九、机构建设和保障经费情况”");
    expect(table.cells).toEqual(expected);
  });

  it("Table A without 行政强制", () => {
    const { table, expected } = locateOne(tableA(2021, { omitRows: ["A6.2"] }));
    expect(table.findings.map((f) => f.message)).toEqual([
      "表二（主动公开政府信息情况）“第二十条第（六）项”部分缺少行“行政强制”；请按格式补上这一行并填写数字，没有发生的填 0",
    ]);
    expect(table.cells).toEqual(expected);
  });
});

describe("a column of the format is missing", () => {
  it("Table B with the 商业企业 header blank: an error; its cells absent, the others located", () => {
    const { table, expected } = locateOne(tableB(2021, { blankHeaders: ["business"] }));
    expect(table.findings.map((f) => [f.rule, f.severity])).toEqual([["locate.missing-column", "error"]]);
    expect(table.findings[0].message.startsWith("表三（收到和处理政府信息公开申请情况）缺少列“商业企业”")).toBe(true);
    expect(table.cells).toEqual(without(expected, (k) => k.endsWith("|business")));
  });

  it("Table C without 复议后起诉's 结果维持: the other two 结果维持 are not mistaken for it", () => {
    const { table, expected } = locateOne(tableC({ blankHeaders: ["afterReview.upheld"] }));
    expect(table.findings).toHaveLength(1);
    expect(table.findings[0].message).toContain("缺少列“结果维持”（属于“复议后起诉”）");
    expect(table.cells).toEqual(without(expected, (k) => k === "C1|afterReview.upheld"));
  });

  it("Table C without the 行政复议 group header: its five columns are still found in its place", () => {
    const { table, expected } = locateOne(tableC({ blankHeaders: ["review"] }));
    expect(table.findings.map((f) => f.message)).toEqual(["表四（政府信息公开行政复议、行政诉讼情况）缺少列“行政复议”；请按格式补上该列，表头写“行政复议”"]);
    expect(table.cells).toEqual(expected);
  });

  it("Table A 2021 without 本年废止件数", () => {
    const { table, expected } = locateOne(tableA(2021, { omitColumns: ["A1.repealed"] }));
    expect(table.findings.map((f) => f.message)).toEqual(["表二（主动公开政府信息情况）“第二十条第（一）项”部分缺少列“本年废止件数”；请按格式补上该列，表头写“本年废止件数”"]);
    expect(table.cells).toEqual(expected);
  });
});

describe("a column that is not the format's", () => {
  it("法人或其他组织小计: an info finding, not checked; every official cell located", () => {
    const { table, expected } = locateOne(tableB(2021, { subtotal: true }));
    expect(table.findings).toHaveLength(1);
    const f = table.findings[0] as Finding;
    expect(f).toMatchObject({ rule: "locate.extra-column", severity: "info", table: "B" });
    expect(f.message).toContain("“法人或其他组织小计”列不是官方格式的内容，不作校验");
    expect(f.cells).toEqual(["J3"]);
    expect(table.cells).toEqual(expected);
    expect(toA1(table.cells["B1|total"])).toBe("K4");
  });

  it("the same column with merged cells repeated as text", () => {
    const { table, expected } = locateOne(tableB(2021, { subtotal: true, merge: "repeat" }));
    expect(table.findings.map((f) => f.rule)).toEqual(["locate.extra-column"]);
    expect(table.cells).toEqual(expected);
  });

  it("a legacy value column headed 2017年 instead of 统计数 is the value column, not an extra one", () => {
    const { table, expected } = locateOne(legacyTable({ labels: { value: "2017年" } }), 2017);
    expect(table.findings).toEqual([]);
    expect(table.cells).toEqual(expected);
  });

  it("a legacy table with a 备注 column: the remark column is extra", () => {
    const built = legacyTable();
    built.rows[0].push("备注");
    const { table, expected } = locateOne(built, 2017);
    expect(table.findings.map((f) => [f.rule, f.cells])).toEqual([["locate.extra-column", ["D1"]]]);
    expect(table.cells).toEqual(expected);
  });
});

describe("units other than the format's", () => {
  it("legacy 单位 cell 元 where the format says 万元: an error naming both units; values in 元", () => {
    const { table, expected } = locateOne(legacyTable({ units: { L8: "元" } }), 2017);
    expect(table.findings).toHaveLength(1);
    const [f] = table.findings;
    expect(f).toMatchObject({ rule: "unit.mismatch", severity: "error" });
    expect(f.message).toContain("“元”");
    expect(f.message).toContain("“万元”");
    expect(f.message).toContain("按“元”填写");
    // The 单位 cell, then the value cell of row 八.
    const at = expected["L8|value"];
    expect(f.cells).toEqual([toA1({ row: at.row, col: 1 }), toA1(at)]);
    expect(toA1(at)).toBe("C62");
    expect(table.statedUnits).toEqual({ "L8|value": "元" });
  });

  it("legacy 单位 cell 个 where the format says 件: the word only, a warning", () => {
    const { table } = locateOne(legacyTable({ units: { "L3.1": "个" } }), 2017);
    expect(table.findings.map((f) => [f.rule, f.severity])).toEqual([["unit.mismatch", "warning"]]);
    expect(table.findings[0].message).toContain("请将单位改为“件”");
  });

  it("Table A header 本年收费金额（单位：元）: an error; the fee cell still located, its value in 元", () => {
    const { table, expected } = locateOne(tableA(2021, { labels: { "A8.fee": "本年收费金额（单位：元）" } }));
    expect(table.findings.map((f) => [f.rule, f.severity])).toEqual([["unit.mismatch", "error"]]);
    expect(table.findings[0].message).toContain("“本年收费金额（单位：万元）”列的单位是“元”，格式规定为“万元”");
    expect(table.findings[0].cells).toEqual(["B13", "B14"]);
    expect(table.cells).toEqual(expected);
    expect(table.statedUnits).toEqual({ "A8.1|fee": "元" });
  });

  it("the format's own unit written differently is no finding", () => {
    const { table } = locateOne(tableA(2021, { labels: { "A8.fee": "本年收费金额(万元)" } }));
    expect(table.findings).toEqual([]);
    expect(table.statedUnits).toBeUndefined();
  });
});

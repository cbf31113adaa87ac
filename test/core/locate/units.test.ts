/**
 * Units a table states. Where the format fixes the unit (2021 本年收费金额（单位：万元）, legacy
 * 单位 cells), another unit is a slip (`unit.mismatch`) and the values are computed in the format's
 * unit. Where the format fixes none (2019 Table A 采购总金额: the official text states no unit,
 * reports wrote 元 or 万元), the header's unit is the table's own declaration: no finding, and the
 * column's values are read in the unit it declares.
 */
import { checkTable, readStates } from "../../../src/core/check";
import { locateTables } from "../../../src/core/locate";
import { headerUnit, unitOf } from "../../../src/core/locate/units";
import type { CellValue, Finding } from "../../../src/core/types";
import { sheet, tableA, type Built } from "../../helpers/locate-grids";

function locateOne(built: Built, year: number) {
  const s = sheet("表", [{ at: [0, 0], table: built }]);
  const tables = locateTables([s.grid], { year });
  expect(tables).toHaveLength(1);
  return { table: tables[0], grid: s.grid, expected: s.cells[0] };
}

/** Every value 0 (nothing to report) but those given. */
const zeros = (values: Record<string, CellValue>, set: Record<string, CellValue>): Record<string, CellValue> => ({
  ...Object.fromEntries(Object.keys(values).map((k) => [k, 0])),
  ...set,
});

const rules = (findings: readonly Finding[]): string[] => findings.map((f) => f.rule);

/** The located 2019 Table A with its 采购总金额 header written `header`, the amount cell holding `amount`. */
function table2019(header: string, amount: CellValue) {
  const { table, expected } = locateOne(tableA(2019, { labels: { "A9.amount": header } }), 2020);
  return { table: { ...table, values: zeros(table.values, { "A9.1|amount": amount }) }, expected };
}

describe("header units", () => {
  test.each([
    ["采购总金额（元）", "元"],
    ["采购总金额(单位:万元)", "万元"],
    ["本年收费金额（单位：万元）", "万元"],
    ["采购总金额", null],
  ])("%s → %s", (header, unit) => {
    expect(headerUnit(header)).toBe(unit);
  });

  test("a 单位 cell", () => {
    expect(unitOf("(万元)")).toBe("万元");
    expect(unitOf("单位:件")).toBe("件");
    expect(unitOf("合计")).toBeNull();
  });
});

describe("2019 Table A 采购总金额: the table declares its unit", () => {
  test.each(["采购总金额（元）", "采购总金额（单位：元）", "采购总金额（万元）", "采购总金额"])("header %s: no finding, every cell located", (header) => {
    const { table, expected } = locateOne(tableA(2019, { labels: { "A9.amount": header } }), 2020);
    expect(table.findings).toEqual([]);
    expect(table.cells).toEqual(expected);
  });

  test("the declared unit is kept with the table", () => {
    const { table } = locateOne(tableA(2019, { labels: { "A9.amount": "采购总金额（元）" } }), 2020);
    expect(table.statedUnits).toEqual({ "A9.1|amount": "元" });
  });

  test("an amount typed with 元 in a column declared in 元 is no slip", () => {
    const { table } = table2019("采购总金额（元）", "125000元");
    const findings = checkTable(table);
    expect(rules(findings)).not.toContain("value.yuan");
    expect(findings.map((f) => f.message).join("")).not.toContain("本格单位为万元");
  });

  test("cells are read in the declared unit: `1.2万元` in a 元 column is 12000", () => {
    const { table } = table2019("采购总金额（元）", "1.2万元");
    const read = readStates(table);
    expect(read.state("A9.1|amount")).toEqual({ status: "value", value: 12000 });
    const [note] = checkTable(table);
    expect(note.rule).toBe("value.with-unit");
    expect(note.message).toContain("按 12000 计");
  });

  test("元 amounts with cents in a 元 column: no finding", () => {
    const { table } = table2019("采购总金额（元）", 125000.5);
    expect(checkTable(table)).toEqual([]);
  });

  test("in a 万元 column (declared or not) 元 typed in the cell is still a slip", () => {
    for (const header of ["采购总金额（万元）", "采购总金额"]) {
      const { table } = table2019(header, "125000元");
      expect(rules(checkTable(table))).toContain("value.yuan");
    }
  });

  test("a count word in the header of a money column is still reported", () => {
    const { table } = locateOne(tableA(2019, { labels: { "A9.amount": "采购总金额（件）" } }), 2020);
    expect(rules(table.findings)).toEqual(["unit.mismatch"]);
  });
});

describe("2021 Table A 本年收费金额: the format fixes 万元", () => {
  test("a header saying 元 is still an error, and the values are computed in 万元", () => {
    const { table } = locateOne(tableA(2021, { labels: { "A8.fee": "本年收费金额（单位：元）" } }), 2023);
    expect(table.findings.map((f) => [f.rule, f.severity])).toEqual([["unit.mismatch", "error"]]);
    const inYuan = { ...table, values: zeros(table.values, { "A8.1|fee": 50000 }) };
    // 50000 元 = 5 万元: below the bound that suspects 元 (A-fee-in-yuan), so no second finding.
    expect(rules(checkTable(inYuan))).toEqual([]);
  });
});

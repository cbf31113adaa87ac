/**
 * Harder placements: copies of one table where one copy lost a row, tables touching each other,
 * a legacy table without its header, several Table Cs.
 */
import { toA1 } from "../../../src/core/address";
import { locateTables } from "../../../src/core/locate";
import { legacyTable, sheet, tableA, tableB, tableC } from "../../helpers/locate-grids";

describe("copies and neighbours", () => {
  it("two stacked Table Bs, the first missing a row: the gap is not filled from the second copy", () => {
    const first = tableB(2021, { omitRows: ["B3.5.2"] });
    const s = sheet("表", [
      { at: [0, 0], table: first },
      { at: [first.rows.length, 0], table: tableB(2021, { value: (_k, i) => 1000 + i }) },
    ]);
    const tables = locateTables([s.grid]);
    expect(tables).toHaveLength(2);
    expect(tables[0].cells).toEqual(s.cells[0]);
    expect(tables[0].findings.map((f) => f.message)).toEqual([expect.stringContaining("缺少行“2.重复申请”")]);
    expect(tables[1].cells).toEqual(s.cells[1]);
    expect(tables[1].findings).toEqual([]);
  });

  it("two stacked legacy tables (this year and last): a row both have twice is read from its own copy", () => {
    const first = legacyTable({ title: "2017年度政府信息公开工作情况统计表" });
    const s = sheet("表", [
      { at: [0, 0], table: first },
      { at: [first.rows.length + 1, 0], table: legacyTable({ title: "2016年度政府信息公开工作情况统计表", value: () => 9 }) },
    ]);
    const tables = locateTables([s.grid]);
    expect(tables.map((t) => t.year)).toEqual([2017, 2016]);
    expect(tables[0].cells).toEqual(s.cells[0]);
    expect(tables[1].cells).toEqual(s.cells[1]);
  });

  it("Table B directly under Table A, no blank row between, its corner note left out", () => {
    const a = tableA(2021);
    const s = sheet("表", [
      { at: [0, 0], table: a },
      { at: [a.rows.length, 0], table: tableB(2021, { labels: { corner: "" } }) },
    ]);
    const [ta, tb] = locateTables([s.grid]);
    expect(ta.cells).toEqual(s.cells[0]);
    expect(tb.cells).toEqual(s.cells[1]);
    expect(tb.findings).toEqual([]);
    // The header starts at 申请人情况, not three rows above the first row (inside Table A).
    expect(tb.range.split(":")[0]).toBe(`A${a.rows.length + 1}`);
  });

  it("two Table Cs side by side", () => {
    const s = sheet("表", [
      { at: [0, 0], table: tableC() },
      { at: [0, 16], table: tableC({ value: () => 7 }) },
    ]);
    const tables = locateTables([s.grid]);
    expect(tables).toHaveLength(2);
    expect(tables[0].cells).toEqual(s.cells[0]);
    expect(tables[1].cells).toEqual(s.cells[1]);
    expect(tables.flatMap((t) => t.findings)).toEqual([]);
  });

  it("Table C with a blank row between its header and its data row", () => {
    const c = tableC();
    const rows = [...c.rows.slice(0, 3), c.rows[3].map(() => null), c.rows[3]];
    const s = sheet("表", [{ at: [0, 0], table: { ...c, rows } }]);
    const [t] = locateTables([s.grid]);
    expect(toA1(t.cells["C1|review.upheld"])).toBe("A5");
  });
});

describe("a legacy table without its header row", () => {
  it("finds the 单位 column by its unit words and the values right of it", () => {
    const s = sheet("表", [{ at: [3, 1], table: legacyTable({ header: false }) }]);
    const [t] = locateTables([s.grid], { year: 2017 });
    expect(t.findings).toEqual([]);
    expect(t.cells).toEqual(s.cells[0]);
    expect(toA1(t.cells["L1.1|value"])).toBe("D5");
  });

  it("still reports 元 in its 单位 column", () => {
    const s = sheet("表", [{ at: [0, 0], table: legacyTable({ header: false, units: { "L9.4": "元" } }) }]);
    const [t] = locateTables([s.grid], { year: 2017 });
    expect(t.findings.map((f) => f.rule)).toEqual(["unit.mismatch"]);
    expect(t.statedUnits).toEqual({ "L9.4|value": "元" });
  });
});

describe("the versions of a workbook", () => {
  it("a 2019 Table A with a 2021 Table B: each keeps its own version, each is reported against the year", () => {
    const s = sheet("表", [
      { at: [0, 0], table: tableA(2019) },
      { at: [22, 0], table: tableB(2021) },
    ]);
    const tables = locateTables([s.grid], { year: 2023 });
    expect(tables.map((t) => t.format)).toEqual(["national-2019", "national-2021"]);
    expect(tables[0].findings.map((f) => f.rule)).toEqual(["format.year"]);
    expect(tables[1].findings).toEqual([]);
  });
});

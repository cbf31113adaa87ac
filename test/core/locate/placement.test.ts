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

describe("rows and titles around the header", () => {
  it("a legacy table that lost all of section 三 (24 rows) is one table with 24 missing rows", () => {
    const section = ["L3", "L3.1", "L3.1.1", "L3.1.2", "L3.1.3", "L3.1.4", "L3.1.5", "L3.2", "L3.2.1", "L3.2.2", "L3.3"];
    const reasons = ["L3.3.1", "L3.3.2", "L3.3.3", "L3.3.4", "L3.3.4a", "L3.3.4b", "L3.3.4c", "L3.3.4d", "L3.3.4e", "L3.3.4f"];
    const omitRows = [...section, ...reasons, "L3.3.5", "L3.3.6", "L3.3.7", "L3.3.8"];
    const s = sheet("表", [{ at: [0, 0], table: legacyTable({ omitRows }) }]);
    const tables = locateTables([s.grid], { year: 2017 });
    expect(tables).toHaveLength(1);
    expect(tables[0].findings.map((f) => f.rule)).toEqual(omitRows.map(() => "locate.missing-row"));
    expect(tables[0].cells).toEqual(s.cells[0]);
  });

  it("a section title above Table B, unmerged so its text fills every cell, is not an extra column", () => {
    // A hand-typed copy with two header rows: no corner note, no 申请人情况 row.
    const full = tableB(2021, { oneLabelColumn: true, labels: { corner: "" } });
    const shifted = Object.fromEntries(Object.entries(full.cells).map(([k, p]) => [k, { row: p.row - 1, col: p.col }]));
    const b = { rows: full.rows.slice(1), cells: shifted, values: full.values };
    const s = sheet("表", [
      { at: [0, 0], table: { rows: [new Array(9).fill("三、收到和处理政府信息公开申请情况")], cells: {}, values: {} } },
      { at: [1, 0], table: b },
    ]);
    const [t] = locateTables([s.grid]);
    expect(t.findings.map((f) => f.rule)).toEqual(["locate.missing-column"]);
    expect(t.findings[0].message).toContain("缺少列“申请人情况”");
    expect(t.cells).toEqual(s.cells[1]);
    expect(t.range).toBe("A2:H33");
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

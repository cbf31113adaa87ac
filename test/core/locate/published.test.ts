/**
 * The published layouts, as our template and real reports lay them out: every table of every
 * format is found, with every value cell at its address and nothing to report about its shape.
 */
import { dataCells } from "../../../src/core/formats/derive";
import { FORMATS } from "../../../src/core/formats";
import type { FormatId, TableId } from "../../../src/core/formats/model";
import { locateTables } from "../../../src/core/locate";
import { toA1 } from "../../../src/core/address";
import { legacyTable, sheet, tableA, tableB, tableC, text, type Built, type MergeStyle } from "../../helpers/locate-grids";

const allKeys = (format: FormatId, table: TableId): string[] => {
  const def = FORMATS[format].tables.find((t) => t.id === table);
  if (!def) throw new Error("no table");
  return dataCells(def).map((c) => c.key);
};

const MERGES: MergeStyle[] = ["null", "empty", "repeat"];

describe.each(MERGES)("published layouts, merged cells read as %s", (merge) => {
  const cases: Array<[string, FormatId, TableId, Built]> = [
    ["legacy table", "legacy-2014", "L", legacyTable({ merge, title: "2017年度政府信息公开工作情况统计表" })],
    ["2021 Table A", "national-2021", "A", tableA(2021, { merge })],
    ["2019 Table A", "national-2019", "A", tableA(2019, { merge })],
    ["2021 Table B", "national-2021", "B", tableB(2021, { merge })],
    ["2019 Table B", "national-2019", "B", tableB(2019, { merge })],
  ];

  it.each(cases)("finds the %s with every value cell at its address", (_name, format, table, built) => {
    const s = sheet("表", [{ at: [0, 0], table: built }]);
    const [found] = locateTables([s.grid], { year: format === "legacy-2014" ? 2017 : format === "national-2019" ? 2020 : 2023 });
    expect(found).toMatchObject({ format, table, sheet: "表" });
    expect(found.findings).toEqual([]);
    expect(Object.keys(found.cells).sort()).toEqual(allKeys(format, table).sort());
    expect(found.cells).toEqual(s.cells[0]);
    expect(found.values).toEqual(s.values[0]);
  });

  it("finds Table C (with a 2021 Table B beside it deciding the version)", () => {
    const s = sheet("表", [
      { at: [0, 0], table: tableB(2021, { merge }) },
      { at: [35, 0], table: tableC({ merge }) },
    ]);
    const tables = locateTables([s.grid]);
    expect(tables.map((t) => [t.table, t.format])).toEqual([
      ["B", "national-2021"],
      ["C", "national-2021"],
    ]);
    const c = tables[1];
    expect(c.findings).toEqual([]);
    expect(Object.keys(c.cells).sort()).toEqual(allKeys("national-2021", "C").sort());
    expect(c.cells).toEqual(s.cells[1]);
    expect(c.values).toEqual(s.values[1]);
  });
});

describe("addresses and ranges, spelled out", () => {
  it("Table B: the first value under 自然人 is right of the three label columns, below the 3 header rows", () => {
    const s = sheet("三", [{ at: [0, 0], table: tableB(2021) }]);
    const [b] = locateTables([s.grid]);
    expect(toA1(b.cells["B1|natural"])).toBe("D4");
    expect(toA1(b.cells["B1|total"])).toBe("J4");
    expect(toA1(b.cells["B3.6.3|other"])).toBe("I26");
    expect(toA1(b.cells["B4|total"])).toBe("J28");
    expect(b.range).toBe("A1:J28");
  });

  it("Table C: the data row is the row below the header rows and has no label", () => {
    const s = sheet("四", [{ at: [0, 0], table: tableC() }]);
    const [c] = locateTables([s.grid]);
    expect(toA1(c.cells["C1|review.upheld"])).toBe("A4");
    expect(toA1(c.cells["C1|direct.upheld"])).toBe("F4");
    expect(toA1(c.cells["C1|afterReview.total"])).toBe("O4");
    expect(c.range).toBe("A1:O4");
  });

  it("2021 Table A: a value merged across the three value columns is read from its leftmost cell", () => {
    const s = sheet("二", [{ at: [0, 0], table: tableA(2021, { merge: "repeat" }) }]);
    const [a] = locateTables([s.grid]);
    expect(toA1(a.cells["A1.1|issued"])).toBe("B3");
    expect(toA1(a.cells["A1.2|effective"])).toBe("D4");
    expect(toA1(a.cells["A5.1|decisions"])).toBe("B7");
    expect(toA1(a.cells["A8.1|fee"])).toBe("B14");
    expect(a.range).toBe("A1:D14");
  });

  it("legacy: the range covers the header row and the three columns, not the title", () => {
    const s = sheet("统计表", [{ at: [0, 0], table: legacyTable({ title: "2017年度政府信息公开工作情况统计表" }) }]);
    const [l] = locateTables([s.grid]);
    expect(l.range).toBe("A2:C74");
    expect(toA1(l.cells["L1.1|value"])).toBe("C4");
    expect(toA1(l.cells["L10.3|value"])).toBe("C74");
  });

  it("a sheet whose used range starts elsewhere: addresses are sheet addresses", () => {
    const s = sheet("三", [{ at: [0, 0], table: tableB(2021) }], { row: 4, col: 2 });
    const [b] = locateTables([s.grid]);
    expect(toA1(b.cells["B1|natural"])).toBe("F8");
    expect(b.range).toBe("C5:L32");
    expect(b.cells).toEqual(s.cells[0]);
  });
});

describe("where tables sit", () => {
  it("a table starting at another row and column", () => {
    const s = sheet("表", [
      { at: [0, 0], table: text("某某局") },
      { at: [7, 5], table: tableB(2021) },
    ]);
    const [b] = locateTables([s.grid]);
    expect(b.cells).toEqual(s.cells[1]);
    expect(b.range).toBe("F8:O35");
  });

  it("Tables A, B and C stacked on one sheet", () => {
    const s = sheet("统计表", [
      { at: [0, 0], table: text("二、主动公开政府信息情况") },
      { at: [1, 0], table: tableA(2021) },
      { at: [17, 0], table: text("三、收到和处理政府信息公开申请情况") },
      { at: [18, 0], table: tableB(2021) },
      { at: [49, 0], table: text("四、政府信息公开行政复议、行政诉讼情况") },
      { at: [50, 0], table: tableC() },
    ]);
    const tables = locateTables([s.grid], { year: 2023 });
    expect(tables.map((t) => t.table)).toEqual(["A", "B", "C"]);
    expect(tables[0].cells).toEqual(s.cells[1]);
    expect(tables[1].cells).toEqual(s.cells[3]);
    expect(tables[2].cells).toEqual(s.cells[5]);
    for (const t of tables) expect(t.findings).toEqual([]);
  });

  it("two Table Bs on one sheet, stacked without a gap, are two tables", () => {
    const first = tableB(2021);
    const s = sheet("表", [
      { at: [0, 0], table: first },
      { at: [first.rows.length, 0], table: tableB(2021, { value: (_k, i) => 1000 + i }) },
    ]);
    const tables = locateTables([s.grid]);
    expect(tables).toHaveLength(2);
    expect(tables[0].cells).toEqual(s.cells[0]);
    expect(tables[1].cells).toEqual(s.cells[1]);
    expect(tables[1].values["B1|natural"]).toBe(1000);
  });

  it("two Table Bs side by side, one blank column apart", () => {
    const s = sheet("表", [
      { at: [0, 0], table: tableB(2021) },
      { at: [0, 11], table: tableB(2021, { value: (_k, i) => 1000 + i }) },
    ]);
    const tables = locateTables([s.grid]);
    expect(tables).toHaveLength(2);
    expect(tables[0].cells).toEqual(s.cells[0]);
    expect(tables[1].cells).toEqual(s.cells[1]);
    expect(tables.flatMap((t) => t.findings)).toEqual([]);
  });

  it("sections on separate sheets", () => {
    const a = sheet("二、主动公开", [{ at: [0, 0], table: tableA(2021) }]);
    const b = sheet("三、依申请", [{ at: [2, 1], table: tableB(2021) }]);
    const c = sheet("四、复议诉讼", [{ at: [1, 0], table: tableC() }]);
    const tables = locateTables([a.grid, b.grid, c.grid]);
    expect(tables.map((t) => [t.sheet, t.table, t.format])).toEqual([
      ["二、主动公开", "A", "national-2021"],
      ["三、依申请", "B", "national-2021"],
      ["四、复议诉讼", "C", "national-2021"],
    ]);
    expect(tables[1].cells).toEqual(b.cells[0]);
    expect(tables[2].cells).toEqual(c.cells[0]);
  });
});

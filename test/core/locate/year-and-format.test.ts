/**
 * The report year and the format: where the year is read from, which version a national table
 * is, and the finding when the two do not fit (the 2019 table used for a 2023 report).
 */
import { locateTables } from "../../../src/core/locate";
import { legacyTable, sheet, tableA, tableB, tableC, text } from "../../helpers/locate-grids";

const B_AT: [number, number] = [2, 0];

describe("the report year", () => {
  it("from a title above the table", () => {
    const s = sheet("Sheet1", [
      { at: [0, 0], table: text("2023年度政府信息公开工作年度报告") },
      { at: B_AT, table: tableB(2021) },
    ]);
    const [t] = locateTables([s.grid]);
    expect(t.year).toBe(2023);
    expect(t.yearSource).toBe("标题“2023年度政府信息公开工作年度报告”");
  });

  it("from a title naming the agency first: XX局2023年政府信息公开…", () => {
    const s = sheet("Sheet1", [
      { at: [0, 0], table: text("XX局2023年政府信息公开工作年度报告") },
      { at: B_AT, table: tableB(2021) },
    ]);
    expect(locateTables([s.grid])[0].year).toBe(2023);
  });

  it("from a title writing the year in Chinese numerals: 二〇二三年度…", () => {
    const s = sheet("Sheet1", [
      { at: [0, 0], table: text("二〇二三年度政府信息公开工作年度报告") },
      { at: B_AT, table: tableB(2021) },
    ]);
    expect(locateTables([s.grid])[0].year).toBe(2023);
  });

  it("the nearest title above each table wins", () => {
    const first = tableB(2021);
    const s = sheet("两年对照", [
      { at: [0, 0], table: text("2022年度政府信息公开工作年度报告") },
      { at: [1, 0], table: first },
      { at: [first.rows.length + 2, 0], table: text("2023年度政府信息公开工作年度报告") },
      { at: [first.rows.length + 3, 0], table: tableB(2021) },
    ]);
    expect(locateTables([s.grid]).map((t) => t.year)).toEqual([2022, 2023]);
  });

  it("from the sheet name when no title names it", () => {
    const s = sheet("2025年度统计表", [{ at: [0, 0], table: tableB(2021) }]);
    const [t] = locateTables([s.grid]);
    expect(t.year).toBe(2025);
    expect(t.yearSource).toBe("工作表名“2025年度统计表”");
  });

  it("a title beats the sheet name", () => {
    const s = sheet("2025", [
      { at: [0, 0], table: text("2024年度政府信息公开工作年度报告") },
      { at: B_AT, table: tableB(2021) },
    ]);
    expect(locateTables([s.grid])[0].year).toBe(2024);
  });

  it("from a year named once elsewhere in the workbook", () => {
    const report = sheet("正文", [{ at: [0, 0], table: text("2022年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，现将有关情况报告如下。") }]);
    const tables = sheet("表", [{ at: [0, 0], table: tableC() }]);
    const [t] = locateTables([report.grid, tables.grid]);
    expect(t.year).toBe(2022);
    expect(t.yearSource).toContain("工作表“正文”");
  });

  it("not when the workbook names several years", () => {
    const report = sheet("正文", [{ at: [0, 0], table: text("2022年度，本机关……", "2023年，将重点做好以下工作。") }]);
    const tables = sheet("表", [{ at: [0, 0], table: tableC() }]);
    expect(locateTables([report.grid, tables.grid])[0].year).toBeNull();
  });

  it("from the file name, last", () => {
    const s = sheet("Sheet1", [{ at: [0, 0], table: tableB(2021) }]);
    const [t] = locateTables([s.grid], { fileName: "C:\\报告\\某某局2021年报.xlsx" });
    expect(t.year).toBe(2021);
    expect(t.yearSource).toBe("文件名");
  });

  it("the command line overrides every other source", () => {
    const s = sheet("2025年度", [
      { at: [0, 0], table: text("2023年度政府信息公开工作年度报告") },
      { at: B_AT, table: tableB(2021) },
    ]);
    const [t] = locateTables([s.grid], { year: 2022, fileName: "2024.xlsx" });
    expect(t.year).toBe(2022);
    expect(t.yearSource).toBe("命令行参数");
  });

  it("not from a document number, a date, or a value cell", () => {
    const s = sheet("Sheet1", [
      { at: [0, 0], table: text("依据国办公开办函〔2021〕30号", "2024年1月31日") },
      { at: [3, 0], table: tableB(2021, { value: () => 2023 }) },
    ]);
    const [t] = locateTables([s.grid]);
    expect(t.year).toBeNull();
    expect(t.yearSource).toBeUndefined();
    expect(t.findings).toEqual([]);
  });
});

describe("2019 or 2021", () => {
  it.each([
    ["A", 2019, tableA(2019)],
    ["A", 2021, tableA(2021)],
    ["B", 2019, tableB(2019)],
    ["B", 2021, tableB(2021)],
  ] as const)("Table %s of %i is recognised without any year", (_t, version, built) => {
    const s = sheet("表", [{ at: [0, 0], table: built }]);
    const [t] = locateTables([s.grid]);
    expect(t.format).toBe(`national-${version}`);
    expect(t.findings).toEqual([]);
  });

  it("a 2021 Table B that lost its （六） heading is still 2021 by its three sub-rows", () => {
    const s = sheet("表", [{ at: [0, 0], table: tableB(2021, { oneLabelColumn: true, omitRows: ["B3.6"] }) }]);
    const [t] = locateTables([s.grid]);
    expect(t.format).toBe("national-2021");
    expect(t.findings.map((f) => f.rule)).toEqual(["locate.missing-row"]);
  });

  it("Table C takes the version of the workbook's other tables", () => {
    const b = sheet("三", [{ at: [0, 0], table: tableB(2019) }]);
    const c = sheet("四", [{ at: [0, 0], table: tableC() }]);
    const tables = locateTables([b.grid, c.grid]);
    expect(tables.map((t) => t.format)).toEqual(["national-2019", "national-2019"]);
  });

  it("Table C alone takes the year's version, else 2021", () => {
    const c = sheet("四", [{ at: [0, 0], table: tableC() }]);
    expect(locateTables([c.grid], { year: 2020 })[0].format).toBe("national-2019");
    expect(locateTables([c.grid], { year: 2023 })[0].format).toBe("national-2021");
    expect(locateTables([c.grid])[0].format).toBe("national-2021");
  });
});

describe("a format that does not fit the report year", () => {
  const message = "报告年度为 2023 年，应使用 2021 版格式（国办公开办函〔2021〕30号），本表是 2019 试行格式（国办公开办函〔2019〕60号）";

  it("the 2019 Table B in a 2023 report: an error at the table's top-left cell", () => {
    const s = sheet("Sheet1", [
      { at: [0, 0], table: text("2023年度政府信息公开工作年度报告") },
      { at: B_AT, table: tableB(2019) },
    ]);
    const [t] = locateTables([s.grid]);
    expect(t.format).toBe("national-2019");
    const found = t.findings.filter((f) => f.rule === "format.year");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", sheet: "Sheet1", table: "B", cells: ["A3"] });
    expect(found[0].message.startsWith(message)).toBe(true);
    expect(found[0].message).toContain("标题“2023年度政府信息公开工作年度报告”");
  });

  it("once per sheet and format: tables A, B and C of 2019 on one sheet give one finding naming all three", () => {
    const s = sheet("Sheet1", [
      { at: [0, 0], table: text("2023年度政府信息公开工作年度报告") },
      { at: [1, 0], table: tableA(2019) },
      { at: [22, 0], table: tableB(2019) },
      { at: [52, 0], table: tableC() },
    ]);
    const tables = locateTables([s.grid]);
    expect(tables.map((t) => t.format)).toEqual(["national-2019", "national-2019", "national-2019"]);
    const all = tables.flatMap((t) => t.findings);
    expect(all.map((f) => f.rule)).toEqual(["format.year"]);
    expect(all[0].cells).toEqual(["A2", "A23", "A53"]);
  });

  it("one finding per sheet when the tables sit on separate sheets", () => {
    const a = sheet("二", [{ at: [0, 0], table: tableA(2019) }]);
    const b = sheet("三", [{ at: [0, 0], table: tableB(2019) }]);
    const tables = locateTables([a.grid, b.grid], { year: 2023 });
    expect(tables.map((t) => t.findings.map((f) => [f.rule, f.sheet]))).toEqual([[["format.year", "二"]], [["format.year", "三"]]]);
  });

  it("the legacy table in a 2023 report", () => {
    const s = sheet("Sheet1", [{ at: [0, 0], table: legacyTable({ title: "2023年度政府信息公开工作情况统计表" }) }]);
    const [t] = locateTables([s.grid]);
    expect(t.findings.map((f) => f.message)).toEqual([
      expect.stringContaining("应使用 2021 版格式（国办公开办函〔2021〕30号），本表是 2018 年及以前的统计表（国办发〔2014〕32号）"),
    ]);
  });

  it("the 2021 table in a 2020 report", () => {
    const s = sheet("2020年度", [{ at: [0, 0], table: tableB(2021) }]);
    const [t] = locateTables([s.grid]);
    expect(t.findings.map((f) => f.message)).toEqual([expect.stringContaining("报告年度为 2020 年，应使用 2019 试行格式（国办公开办函〔2019〕60号），本表是 2021 版格式")]);
  });

  it.each([
    [2017, legacyTable()],
    [2019, tableB(2019)],
    [2020, tableA(2019)],
    [2021, tableB(2021)],
    [2025, tableA(2021)],
  ] as const)("no finding when the format fits the year (%i)", (year, built) => {
    const s = sheet("Sheet1", [{ at: [0, 0], table: built }]);
    expect(locateTables([s.grid], { year })[0].findings).toEqual([]);
  });
});

/**
 * The seed report (a real 2017 report): its table, as printed, is the legacy table with 65
 * values, report year 2017; its narrative is no table at all.
 */
import { toA1 } from "../../../src/core/address";
import { locateTables } from "../../../src/core/locate";
import type { CellValue, SheetGrid } from "../../../src/core/types";
import { readSeed } from "../../helpers/locate-seed";

const seed = readSeed();

describe("the seed report", () => {
  it("is printed as a title, a header and 72 rows of 3 cells", () => {
    expect(seed.title).toBe("2017年度政府信息公开工作情况统计表");
    expect(seed.table).toHaveLength(73);
    expect(seed.table.every((r) => r.length === 3)).toBe(true);
    expect(seed.table[0]).toEqual(["统　计　指　标", "单位", "统计数"]);
  });

  it("its table sheet holds the legacy table: 65 values, year 2017 from the title", () => {
    const grid: SheetGrid = { name: "Sheet1", values: [[seed.title, null, null], ...seed.table], originRow: 0, originCol: 0 };
    const tables = locateTables([grid]);
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t).toMatchObject({
      format: "legacy-2014",
      table: "L",
      sheet: "Sheet1",
      range: "A2:C74",
      year: 2017,
      yearSource: "标题“2017年度政府信息公开工作情况统计表”",
      findings: [],
    });
    expect(Object.keys(t.values)).toHaveLength(65);
    expect(t.values["L1.1|value"]).toBe("5");
    expect(t.values["L1.1a|value"]).toBe("4");
    expect(t.values["L1.1b|value"]).toBe("0");
    expect(t.values["L9.1|value"]).toBe("1");
    expect(t.values["L10.1|value"]).toBe("2");
    expect(toA1(t.cells["L10.3|value"])).toBe("C74");
    // Every value cell is a value as printed, in the 统计数 column.
    for (const [key, pos] of Object.entries(t.cells)) {
      expect(pos.col).toBe(2);
      expect(t.values[key]).toBe(seed.table[pos.row - 1][2]);
    }
  });

  it("the whole report on one sheet: the table is found below the narrative, the year is the title's", () => {
    const values: CellValue[][] = [...seed.prose.map((p) => [p, null, null]), [seed.title, null, null], ...seed.table];
    const tables = locateTables([{ name: "报告", values, originRow: 0, originCol: 0 }]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ format: "legacy-2014", year: 2017, findings: [] });
    expect(Object.keys(tables[0].values)).toHaveLength(65);
  });

  it("its narrative alone is no table, though it speaks of 行政复议 and 行政诉讼", () => {
    expect(seed.prose.some((p) => p.includes("行政复议"))).toBe(true);
    const tables = locateTables([{ name: "正文", values: seed.prose.map((p) => [p]), originRow: 0, originCol: 0 }]);
    expect(tables).toEqual([]);
  });
});

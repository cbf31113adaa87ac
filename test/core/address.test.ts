import { columnLetters, fromA1, qualifiedRef, rangeA1, splitRef, toA1 } from "../../src/core/address";

describe("A1 references", () => {
  test("columns beyond Z", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });
  test("round trip", () => {
    for (const ref of ["A1", "J33", "AA100", "XFD1048576"]) expect(toA1(fromA1(ref))).toBe(ref);
    expect(fromA1("$B$7")).toEqual({ row: 6, col: 1 });
    expect(() => fromA1("7B")).toThrow();
  });
  test("ranges", () => {
    expect(rangeA1({ row: 4, col: 0 }, { row: 32, col: 9 })).toBe("A5:J33");
    expect(rangeA1({ row: 4, col: 0 }, { row: 4, col: 0 })).toBe("A5");
  });
  test("sheet-qualified references, quotes doubled", () => {
    expect(qualifiedRef("统计表", "H7")).toBe("'统计表'!H7");
    expect(splitRef(qualifiedRef("张三's 表", "H7"), "x")).toEqual({ sheet: "张三's 表", cell: "H7" });
    expect(splitRef("D31", "表三")).toEqual({ sheet: "表三", cell: "D31" });
    expect(splitRef("Sheet2!B2", "Sheet1")).toEqual({ sheet: "Sheet2", cell: "B2" });
  });
});

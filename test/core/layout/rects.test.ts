import { contains, rectA1, rectOfA1 } from "../../../src/core/layout/rects";

describe("rectOfA1: an A1 range as a rectangle", () => {
  test("a cell, a range, and a range named from its other corner", () => {
    expect(rectOfA1("D9")).toEqual({ top: 8, left: 3, bottom: 8, right: 3 });
    expect(rectOfA1("$B$5:C7")).toEqual({ top: 4, left: 1, bottom: 6, right: 2 });
    expect(rectOfA1("C3:A1")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
  });
  test("the inverse of rectA1", () => {
    for (const range of ["A1", "A5:J33", "D51:R54"]) expect(rectA1(rectOfA1(range))).toBe(range);
  });
  test("whole rows or columns and nonsense throw", () => {
    for (const bad of ["3:3", "A:C", "表三", ""]) expect(() => rectOfA1(bad)).toThrow();
  });
  test("contains, edges included", () => {
    const r = rectOfA1("B2:C3");
    expect([contains(r, { row: 1, col: 1 }), contains(r, { row: 2, col: 2 }), contains(r, { row: 3, col: 2 })]).toEqual([true, true, false]);
  });
});

import { MergeIndex, rectOf } from "../../src/preview/merges";
import { step, keyDirection } from "../../src/preview/navigate";

describe("merged areas", () => {
  const merges = new MergeIndex();
  merges.add(rectOf("B2:C3"));
  merges.add(rectOf("A5:E5"));

  test("any covered cell finds its area and its top-left cell", () => {
    expect(merges.anchor({ row: 2, col: 2 })).toEqual({ row: 1, col: 1 });
    expect(merges.anchor({ row: 4, col: 4 })).toEqual({ row: 4, col: 0 });
    expect(merges.anchor({ row: 0, col: 0 })).toEqual({ row: 0, col: 0 });
    expect(merges.isCovered({ row: 1, col: 1 })).toBe(false);
    expect(merges.isCovered({ row: 1, col: 2 })).toBe(true);
    expect(merges.at({ row: 3, col: 3 })).toBeUndefined();
  });

  test("an overlapping merge is refused; a one-cell merge is no merge", () => {
    expect(() => merges.add(rectOf("C3:D4"))).toThrow(/overlaps/);
    merges.add(rectOf("G7"));
    expect(merges.at({ row: 6, col: 6 })).toBeUndefined();
    expect(merges.all()).toHaveLength(2);
  });

  test("rectOf reads cells and rectangles in either corner order", () => {
    expect(rectOf("D9")).toEqual({ top: 8, left: 3, bottom: 8, right: 3 });
    expect(rectOf("C3:A1")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
  });
});

describe("moving the active cell", () => {
  const merges = new MergeIndex();
  merges.add(rectOf("B2:C3"));
  const limits = { maxRow: 20, maxCol: 10 };

  test("Enter goes down, Tab right, Shift reverses, arrows go their way", () => {
    expect(keyDirection("Enter", false)).toBe("down");
    expect(keyDirection("Enter", true)).toBe("up");
    expect(keyDirection("Tab", false)).toBe("right");
    expect(keyDirection("Tab", true)).toBe("left");
    expect(keyDirection("ArrowLeft", false)).toBe("left");
    expect(keyDirection("a", false)).toBeNull();
  });

  test("a merge is one cell: entering lands on its top-left, leaving starts from its far edge", () => {
    expect(step({ row: 1, col: 0 }, "right", merges, limits)).toEqual({ row: 1, col: 1 });
    expect(step({ row: 2, col: 0 }, "right", merges, limits)).toEqual({ row: 1, col: 1 });
    expect(step({ row: 1, col: 1 }, "right", merges, limits)).toEqual({ row: 1, col: 3 });
    expect(step({ row: 1, col: 1 }, "down", merges, limits)).toEqual({ row: 3, col: 1 });
    expect(step({ row: 3, col: 2 }, "up", merges, limits)).toEqual({ row: 1, col: 1 });
  });

  test("the edges of the grid stop the move", () => {
    expect(step({ row: 0, col: 0 }, "up", merges, limits)).toEqual({ row: 0, col: 0 });
    expect(step({ row: 0, col: 0 }, "left", merges, limits)).toEqual({ row: 0, col: 0 });
    expect(step({ row: 20, col: 10 }, "down", merges, limits)).toEqual({ row: 20, col: 10 });
  });
});

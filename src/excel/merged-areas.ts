/**
 * Excel applies data validation and number formats to a merged cell as a whole: a range that
 * takes in only part of a merge (the plan's value cell D11 of the merged D11:F11) is refused or
 * lands on one column of it. So a range the plan gives is widened to the merges it touches.
 */
import { rectA1, rectOfA1, coverCells, type Rect } from "../core/layout/rects";

const overlaps = (a: Rect, b: Rect): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const inside = (a: Rect, outer: Rect): boolean => a.top >= outer.top && a.bottom <= outer.bottom && a.left >= outer.left && a.right <= outer.right;

/**
 * `address` as areas that each hold whole merges: itself when no merge sticks out of it, else
 * every merge it touches in full plus its other cells in as few rectangles as possible.
 */
export function mergeAwareAreas(address: string, merges: readonly string[]): string[] {
  const range = rectOfA1(address);
  const touched = merges.map(rectOfA1).filter((m) => overlaps(m, range));
  if (touched.every((m) => inside(m, range))) return [address];
  const inMerge = (row: number, col: number): boolean => touched.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  const rest: Array<{ row: number; col: number }> = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) if (!inMerge(row, col)) rest.push({ row, col });
  }
  return [...touched, ...coverCells(rest)].sort((a, b) => a.top - b.top || a.left - b.left).map(rectA1);
}

/**
 * Rectangles of cells, and turning a set of cells into few rectangles: hosts then apply a look,
 * a number format or a validation once per rectangle instead of once per cell.
 */
import { fromA1, rangeA1 } from "../address";
import type { CellPos } from "../types";
import type { A1Range } from "./plan";

/** A rectangle of cells, 0-based, edges included. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rect(top: number, left: number, bottom = top, right = left): Rect {
  return { top, left, bottom, right };
}

export function rectA1(r: Rect): A1Range {
  return rangeA1({ row: r.top, col: r.left }, { row: r.bottom, col: r.right });
}

/**
 * `B5:C7`, `D9`, `$D$9` → its rectangle, whichever corner comes first; the inverse of `rectA1`.
 * Throws, like `fromA1`, on anything else (whole rows or columns such as `3:3` included).
 */
export function rectOfA1(range: string): Rect {
  const [from, to = from] = range.split(":");
  const a = fromA1(from);
  const b = fromA1(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function contains(r: Rect, p: CellPos): boolean {
  return p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right;
}

export function isSingleCell(r: Rect): boolean {
  return r.top === r.bottom && r.left === r.right;
}

const posKey = (row: number, col: number): string => `${row},${col}`;

/**
 * Cover exactly the given cells with rectangles, greedily: from each uncovered cell in reading
 * order, grow right along the row, then down while the whole row segment is present. Not always
 * minimal, but a table's value cells come out as a handful of blocks.
 */
export function coverCells(cells: readonly CellPos[]): Rect[] {
  const present = new Set(cells.map((c) => posKey(c.row, c.col)));
  const used = new Set<string>();
  const free = (row: number, col: number): boolean => present.has(posKey(row, col)) && !used.has(posKey(row, col));
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: Rect[] = [];
  for (const start of sorted) {
    if (!free(start.row, start.col)) continue;
    let right = start.col;
    while (free(start.row, right + 1)) right += 1;
    let bottom = start.row;
    const rowFree = (row: number): boolean => {
      for (let col = start.col; col <= right; col++) if (!free(row, col)) return false;
      return true;
    };
    while (rowFree(bottom + 1)) bottom += 1;
    for (let row = start.row; row <= bottom; row++) {
      for (let col = start.col; col <= right; col++) used.add(posKey(row, col));
    }
    out.push(rect(start.row, start.col, bottom, right));
  }
  return out;
}

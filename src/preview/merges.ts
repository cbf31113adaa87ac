/**
 * Merged areas of a sheet, found by any cell they cover. A merge shows its top-left cell's value
 * over the whole area; selecting, editing or moving onto any covered cell means the top-left one.
 */
import { rectOfA1, type Rect } from "../core/layout/rects";
import type { CellPos } from "../core/types";

/** An A1 rectangle (`B5:C7`, `D9`) as a 0-based rectangle. */
export const rectOf = rectOfA1;

const key = (row: number, col: number): string => `${row},${col}`;

export class MergeIndex {
  private readonly byCell = new Map<string, Rect>();
  private readonly list: Rect[] = [];

  /** Add a merged area. Overlapping an existing merge is refused, as Excel refuses it. */
  add(area: Rect): void {
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) {
        if (this.byCell.has(key(row, col))) throw new Error(`merge overlaps another merge at ${key(row, col)}`);
      }
    }
    if (area.top === area.bottom && area.left === area.right) return;
    this.list.push(area);
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) this.byCell.set(key(row, col), area);
    }
  }

  /** The merged area covering the cell, if any. */
  at(pos: CellPos): Rect | undefined {
    return this.byCell.get(key(pos.row, pos.col));
  }

  /** The cell that holds the value shown at `pos`: the merge's top-left, or `pos` itself. */
  anchor(pos: CellPos): CellPos {
    const m = this.at(pos);
    return m ? { row: m.top, col: m.left } : pos;
  }

  /** True for a cell a merge covers but does not start (it is not drawn on its own). */
  isCovered(pos: CellPos): boolean {
    const m = this.at(pos);
    return m !== undefined && (m.top !== pos.row || m.left !== pos.col);
  }

  /** Every merged area, in the order added. */
  all(): readonly Rect[] {
    return this.list;
  }
}

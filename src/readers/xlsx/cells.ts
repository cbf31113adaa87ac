/**
 * A worksheet as read from its XML, before it becomes a grid: the cells that count (parallel
 * arrays, row-major order not assumed) and the merged areas as rectangles.
 */
import type { CellValue } from "../../core/types";

export interface SheetCells {
  rows: number[];
  cols: number[];
  /** null: a cell that belongs to the used range without a value (see `sheet.ts`). */
  vals: CellValue[];
  /** Merged areas, four numbers each: top row, left column, bottom row, right column (0-based). */
  merges: number[];
  uncachedFormulas: string[];
  /** The sheet's own `<dimension ref>`, if it has one (to say how large a skipped sheet is). */
  dimension: string | null;
}

/** A1 → 0-based row and column; null for anything that is not a cell reference. */
export function parseA1(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  const n = ref.length;
  while (i < n && ref.charCodeAt(i) === 36) i++; // $
  const colStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower-case letters
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === colStart || i - colStart > 3) return null;
  if (i < n && ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (i === rowStart || i - rowStart > 7 || row < 1 || row > 1048576 || col > 16384) return null;
  return { row: row - 1, col: col - 1 };
}

/** "A1:C3" → [top, left, bottom, right], corners in any order; null when not a two-cell range. */
export function parseRange(ref: string): [number, number, number, number] | null {
  const colon = ref.indexOf(":");
  if (colon < 0) return null;
  const a = parseA1(ref.slice(0, colon).trim());
  const b = parseA1(ref.slice(colon + 1).trim());
  if (!a || !b) return null;
  return [Math.min(a.row, b.row), Math.min(a.col, b.col), Math.max(a.row, b.row), Math.max(a.col, b.col)];
}

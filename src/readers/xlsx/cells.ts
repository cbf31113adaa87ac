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
  const packed = parseA1At(ref, 0, ref.length);
  return packed < 0 ? null : { row: Math.floor(packed / 16384), col: packed % 16384 };
}

/**
 * The A1 reference in `text` from `start` to `end`, as row × 16384 + col (0-based), or -1. Read
 * in place: the hot path reads millions of these and makes no string for them.
 */
export function parseA1At(text: string, start: number, end: number): number {
  let col = 0;
  let i = start;
  if (text.charCodeAt(i) === 36) i++; // $
  const colStart = i;
  for (; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20; // lower-case letters
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === colStart || i - colStart > 3) return -1;
  if (text.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + (c - 48);
  }
  if (i === rowStart || i - rowStart > 7 || row < 1 || row > 1048576 || col > 16384) return -1;
  return (row - 1) * 16384 + (col - 1);
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

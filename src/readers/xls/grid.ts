/**
 * Cells picked from a sheet, in any order, made into the rectangle Excel's `range.values` gives
 * for the used range. A sheet with one cell typed far away (IV65536) would make that rectangle
 * huge: then only the main block of cells is kept and the rest is reported, as the .xlsx reader does.
 */
import { toA1 } from "../../core/address";
import type { CellValue, SheetGrid } from "../../core/types";

/** Parallel arrays: row, column and value of each cell (null for a covered merged cell). */
export interface Cells {
  rows: number[];
  cols: number[];
  vals: CellValue[];
}

/** Empty rows (or columns) that separate two blocks of a sheet. */
const BLOCK_GAP = 100;

interface Bounds {
  minRow: number;
  maxRow: number;
  minCol: number;
  maxCol: number;
}

function boundsOf(c: Cells): Bounds {
  const b: Bounds = { minRow: Infinity, maxRow: -1, minCol: Infinity, maxCol: -1 };
  for (let i = 0; i < c.vals.length; i++) {
    b.minRow = Math.min(b.minRow, c.rows[i]);
    b.maxRow = Math.max(b.maxRow, c.rows[i]);
    b.minCol = Math.min(b.minCol, c.cols[i]);
    b.maxCol = Math.max(b.maxCol, c.cols[i]);
  }
  return b;
}

/** The run of positions, separated from the others by more than `BLOCK_GAP`, holding the most cells. */
function mainRun(sorted: readonly number[]): [number, number] {
  let best: [number, number] = [sorted[0], sorted[0]];
  let bestCount = 0;
  let from = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] - sorted[i - 1] <= BLOCK_GAP) continue;
    if (i - from > bestCount) {
      bestCount = i - from;
      best = [sorted[from], sorted[i - 1]];
    }
    from = i;
  }
  return best;
}

function keep(c: Cells, test: (i: number) => boolean): Cells {
  const out: Cells = { rows: [], cols: [], vals: [] };
  for (let i = 0; i < c.vals.length; i++) {
    if (!test(i)) continue;
    out.rows.push(c.rows[i]);
    out.cols.push(c.cols[i]);
    out.vals.push(c.vals[i]);
  }
  return out;
}

export interface BuiltGrid {
  grid: SheetGrid;
  farCells?: { count: number; first: string };
}

/** The grid of `cells`; when its rectangle exceeds `maxArea`, only the main block. */
export function buildGrid(name: string, cells: Cells, maxArea: number): BuiltGrid {
  if (cells.vals.length === 0) return { grid: { name, values: [], originRow: 0, originCol: 0 } };
  let b = boundsOf(cells);
  let farCells: BuiltGrid["farCells"];
  if ((b.maxRow - b.minRow + 1) * (b.maxCol - b.minCol + 1) > maxArea) {
    const [r0, r1] = mainRun([...cells.rows].sort((x, y) => x - y));
    const inRows = keep(cells, (i) => cells.rows[i] >= r0 && cells.rows[i] <= r1);
    const [c0, c1] = mainRun([...inRows.cols].sort((x, y) => x - y));
    const inBlock = (i: number): boolean => cells.rows[i] >= r0 && cells.rows[i] <= r1 && cells.cols[i] >= c0 && cells.cols[i] <= c1;
    let first = -1;
    for (let i = 0; i < cells.vals.length && first < 0; i++) if (!inBlock(i)) first = i;
    const kept = keep(cells, inBlock);
    farCells = { count: cells.vals.length - kept.vals.length, first: toA1({ row: cells.rows[first], col: cells.cols[first] }) };
    cells = kept;
    b = boundsOf(cells);
  }
  const width = b.maxCol - b.minCol + 1;
  const values: CellValue[][] = [];
  for (let r = b.minRow; r <= b.maxRow; r++) values.push(new Array<CellValue>(width).fill(null));
  for (let i = 0; i < cells.vals.length; i++) {
    if (cells.vals[i] !== null) values[cells.rows[i] - b.minRow][cells.cols[i] - b.minCol] = cells.vals[i];
  }
  const grid: SheetGrid = { name, values, originRow: b.minRow, originCol: b.minCol };
  return farCells ? { grid, farCells } : { grid };
}

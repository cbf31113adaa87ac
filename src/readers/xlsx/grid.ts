/**
 * A worksheet's cells and merged areas → the grid the core reads: the used range as Excel's
 * `range.values` gives it, the top-left cell of a merged area keeping its value and the others
 * null (they belong to the used range, as in Excel).
 *
 * A merged area is a rectangle throughout, never a cell at a time, so `A1:XFD1048576` costs what
 * `A1:B2` costs. A used range too large for a rectangle in memory (a stray entry in `XFD1048576`)
 * keeps its main block and reports the rest as far cells, weighing merged areas by their size.
 */
import { toA1 } from "../../core/address";
import type { CellValue, SheetGrid } from "../../core/types";
import type { SheetCells } from "./cells";

/**
 * A used range larger than this is not a statistics table: someone typed into a far corner, and
 * the rectangle from A1 to there would not fit in memory.
 */
export const MAX_GRID_CELLS = 2_000_000;
/** Empty rows (or columns) that separate two blocks of a sheet. */
export const BLOCK_GAP = 100;

/** A rectangle: top, left, bottom, right (inclusive, 0-based). */
type Rect = [number, number, number, number];

const areaOf = (r: Rect): number => (r[2] - r[0] + 1) * (r[3] - r[1] + 1);

function intersect(a: Rect, b: Rect): Rect | null {
  const r: Rect = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return r[0] <= r[2] && r[1] <= r[3] ? r : null;
}

/** The cells of a merged area other than its top-left: up to two disjoint rectangles. */
function slaveRects(m: Rect): Rect[] {
  const out: Rect[] = [];
  if (m[3] > m[1]) out.push([m[0], m[1] + 1, m[0], m[3]]);
  if (m[2] > m[0]) out.push([m[0] + 1, m[1], m[2], m[3]]);
  return out;
}

class Bounds {
  top = Infinity;
  left = Infinity;
  bottom = -1;
  right = -1;
  add(r: Rect): void {
    if (r[0] < this.top) this.top = r[0];
    if (r[1] < this.left) this.left = r[1];
    if (r[2] > this.bottom) this.bottom = r[2];
    if (r[3] > this.right) this.right = r[3];
  }
  addCell(row: number, col: number): void {
    if (row < this.top) this.top = row;
    if (col < this.left) this.left = col;
    if (row > this.bottom) this.bottom = row;
    if (col > this.right) this.right = col;
  }
  get empty(): boolean {
    return this.bottom < 0;
  }
  rect(): Rect {
    return [this.top, this.left, this.bottom, this.right];
  }
}

export type GridResult =
  | { ok: true; grid: SheetGrid; farCells?: { count: number; first: string } }
  /** Even its main block is larger than any table: `cells` is the block's area. */
  | { ok: false; cells: number };

export function buildGrid(name: string, cells: SheetCells): GridResult {
  const { rows, cols, vals } = cells;
  const merges: Rect[] = [];
  for (let i = 0; i < cells.merges.length; i += 4) merges.push([cells.merges[i], cells.merges[i + 1], cells.merges[i + 2], cells.merges[i + 3]]);

  const valueBounds = new Bounds();
  for (let i = 0; i < vals.length; i++) valueBounds.addCell(rows[i], cols[i]);
  const used = new Bounds();
  if (!valueBounds.empty) used.add(valueBounds.rect());
  for (const m of merges) for (const s of slaveRects(m)) used.add(s);
  if (used.empty) return { ok: true, grid: { name, values: [], originRow: 0, originCol: 0 } };
  if (areaOf(used.rect()) <= MAX_GRID_CELLS) return { ok: true, grid: fill(name, used.rect(), cells, merges) };

  // Too large: merged areas are first cut to where the values are (a merge over the whole sheet
  // says nothing about where the table is), then the main block is found by weight.
  if (valueBounds.empty) return { ok: true, grid: { name, values: [], originRow: 0, originCol: 0 } };
  const clipped: { merge: Rect; slaves: Rect[] }[] = [];
  for (const m of merges) {
    const c = intersect(m, valueBounds.rect());
    if (!c) continue;
    const slaves = slaveRects(m)
      .map((s) => intersect(s, c))
      .filter((s): s is Rect => s !== null);
    if (slaves.length > 0) clipped.push({ merge: c, slaves });
  }
  const slaves = clipped.flatMap((c) => c.slaves);
  const block = mainBlock(valueBounds.rect(), rows, cols, slaves);

  const kept = new Bounds();
  let keptCount = 0;
  let total = vals.length;
  let first: [number, number] | null = null;
  const consider = (r: number, c: number): void => {
    if (!first || r < first[0] || (r === first[0] && c < first[1])) first = [r, c];
  };
  for (let i = 0; i < vals.length; i++) {
    const r = rows[i];
    const c = cols[i];
    if (r >= block[0] && r <= block[2] && c >= block[1] && c <= block[3]) (kept.addCell(r, c), keptCount++);
    else consider(r, c);
  }
  for (const s of slaves) {
    total += areaOf(s);
    const inside = intersect(s, block);
    if (inside) (kept.add(inside), (keptCount += areaOf(inside)));
    const out = firstOutside(s, block);
    if (out) consider(out[0], out[1]);
  }
  const keptRect = kept.rect();
  if (areaOf(keptRect) > MAX_GRID_CELLS) return { ok: false, cells: areaOf(keptRect) };
  const grid = fill(name, keptRect, cells, merges);
  const dropped = total - keptCount;
  const firstCell = first as [number, number] | null;
  return dropped > 0 && firstCell ? { ok: true, grid, farCells: { count: dropped, first: toA1({ row: firstCell[0], col: firstCell[1] }) } } : { ok: true, grid };
}

/** The first cell of `r` outside `block`, in row-major order (rows are alike inside the block's rows). */
function firstOutside(r: Rect, block: Rect): [number, number] | null {
  const rowInside = (row: number): boolean => row >= block[0] && row <= block[2];
  if (!rowInside(r[0])) return [r[0], r[1]];
  if (r[1] < block[1]) return [r[0], r[1]];
  if (r[3] > block[3]) return [r[0], Math.max(r[1], block[3] + 1)];
  return block[2] + 1 <= r[2] ? [block[2] + 1, r[1]] : null;
}

/**
 * The run of positions holding the most weight, runs being separated by more than `BLOCK_GAP`
 * empty positions. `weight[i]` is position `from + i`. Ties go to the first run.
 */
function mainRun(weight: Float64Array, from: number): [number, number] {
  let best: [number, number] = [from, from];
  let bestWeight = 0;
  let runStart = -1;
  let runEnd = -1;
  let runWeight = 0;
  for (let i = 0; i <= weight.length; i++) {
    const w = i < weight.length ? weight[i] : 0;
    if (w <= 0 && i < weight.length) continue;
    if (runStart >= 0 && (i === weight.length || i - runEnd > BLOCK_GAP)) {
      if (runWeight > bestWeight) ((bestWeight = runWeight), (best = [from + runStart, from + runEnd]));
      runStart = -1;
      runWeight = 0;
    }
    if (i === weight.length) break;
    if (runStart < 0) runStart = i;
    runEnd = i;
    runWeight += w;
  }
  return best;
}

/** The main block: the heaviest run of rows, then within those rows the heaviest run of columns. */
function mainBlock(extent: Rect, rows: number[], cols: number[], slaves: Rect[]): Rect {
  const [top, left, bottom, right] = extent;
  const rowWeight = new Float64Array(bottom - top + 2);
  for (const r of rows) rowWeight[r - top] += 1;
  const rowDiff = new Float64Array(bottom - top + 2);
  for (const s of slaves) {
    const width = s[3] - s[1] + 1;
    rowDiff[s[0] - top] += width;
    rowDiff[s[2] - top + 1] -= width;
  }
  let running = 0;
  for (let i = 0; i < rowWeight.length; i++) ((running += rowDiff[i]), (rowWeight[i] += running));
  const [r0, r1] = mainRun(rowWeight.subarray(0, bottom - top + 1), top);

  const colWeight = new Float64Array(right - left + 2);
  for (let i = 0; i < rows.length; i++) if (rows[i] >= r0 && rows[i] <= r1) colWeight[cols[i] - left] += 1;
  const colDiff = new Float64Array(right - left + 2);
  for (const s of slaves) {
    const height = Math.min(s[2], r1) - Math.max(s[0], r0) + 1;
    if (height <= 0) continue;
    colDiff[s[1] - left] += height;
    colDiff[s[3] - left + 1] -= height;
  }
  running = 0;
  for (let i = 0; i < colWeight.length; i++) ((running += colDiff[i]), (colWeight[i] += running));
  const [c0, c1] = mainRun(colWeight.subarray(0, right - left + 1), left);
  return [r0, c0, r1, c1];
}

/** The grid over `area`: values placed, then every merged area's non-top-left cells set to null. */
function fill(name: string, area: Rect, cells: SheetCells, merges: Rect[]): SheetGrid {
  const [top, left, bottom, right] = area;
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = [];
  for (let r = 0; r < height; r++) values.push(new Array<CellValue>(width).fill(null));
  const { rows, cols, vals } = cells;
  for (let i = 0; i < vals.length; i++) {
    const r = rows[i] - top;
    const c = cols[i] - left;
    if (r >= 0 && r < height && c >= 0 && c < width && vals[i] !== null) values[r][c] = vals[i];
  }
  if (merges.length === 0) return { name, values, originRow: top, originCol: left };

  // Which cells lie under a merged area other than at its top-left: a 2-D difference array, so
  // the cost is the grid's size plus the number of merges, whatever their areas or overlaps.
  const stride = width + 1;
  const cover = new Int32Array((height + 1) * stride);
  const mark = (r: Rect, delta: number): void => {
    cover[(r[0] - top) * stride + (r[1] - left)] += delta;
    cover[(r[0] - top) * stride + (r[3] - left + 1)] -= delta;
    cover[(r[2] - top + 1) * stride + (r[1] - left)] -= delta;
    cover[(r[2] - top + 1) * stride + (r[3] - left + 1)] += delta;
  };
  let any = false;
  for (const m of merges) {
    for (const s of slaveRects(m)) {
      const c = intersect(s, area);
      if (c) (mark(c, 1), (any = true));
    }
  }
  if (!any) return { name, values, originRow: top, originCol: left };
  for (let r = 0; r < height; r++) {
    const row = values[r];
    const base = r * stride;
    const above = base - stride;
    for (let c = 0; c < width; c++) {
      let v = cover[base + c];
      if (r > 0) v += cover[above + c];
      if (c > 0) v += cover[base + c - 1];
      if (r > 0 && c > 0) v -= cover[above + c - 1];
      cover[base + c] = v;
      if (v > 0) row[c] = null;
    }
  }
  return { name, values, originRow: top, originCol: left };
}

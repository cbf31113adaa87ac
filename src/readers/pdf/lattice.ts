/**
 * Tables from ruling lines ("lattice", as Tabula and Camelot do it): merge collinear segments,
 * group the lines that touch into tables, take the distinct line positions as the grid, and find
 * each cell as the grid slots no inner line separates: a slot whose right (or lower) border is
 * missing belongs to the same cell as its neighbour, which is how merged cells look on paper.
 */
import type { Rule } from "./geometry";

/** A horizontal line at `at` from `from` to `to`, or a vertical one (then `at` is x). */
export interface Line {
  at: number;
  from: number;
  to: number;
}

/** Lines closer than this are one line (double borders, a border drawn by both neighbours). */
export const SNAP = 2;
/** Collinear pieces with a gap up to this are one line (borders drawn cell by cell). */
const JOIN_GAP = 3;
/** A border counts for a slot when it covers at least this share of the slot's side. */
const COVERAGE = 0.5;
/**
 * Grid slots one table may have. A report's largest table has a few hundred; a page drawn as a
 * dense mesh (a chart, a hostile file) would cost time and memory for no table.
 */
export const MAX_SLOTS = 20_000;

export interface Lattice {
  /** Column and row boundaries, ascending (display space: y grows downwards). */
  xs: number[];
  ys: number[];
  /** The cell each grid slot belongs to, `cell[row][col]`: slots of a merged cell share an id. */
  cell: number[][];
  horizontal: Line[];
  vertical: Line[];
}

/** Merge collinear overlapping or nearly touching pieces into lines. */
export function mergeLines(pieces: Line[]): Line[] {
  const sorted = [...pieces].sort((a, b) => a.at - b.at);
  const bands: Line[][] = [];
  for (const p of sorted) {
    const band = bands[bands.length - 1];
    if (band && p.at - band[band.length - 1].at <= SNAP / 2) band.push(p);
    else bands.push([p]);
  }
  const out: Line[] = [];
  for (const band of bands) {
    const at = band.reduce((s, p) => s + p.at, 0) / band.length;
    const spans = band.map((p) => [p.from, p.to]).sort((a, b) => a[0] - b[0]);
    let [from, to] = spans[0];
    for (const [f, t] of spans.slice(1)) {
      if (f <= to + JOIN_GAP) to = Math.max(to, t);
      else {
        out.push({ at, from, to });
        [from, to] = [f, t];
      }
    }
    out.push({ at, from, to });
  }
  return out;
}

export function splitRules(rules: Rule[]): { horizontal: Line[]; vertical: Line[] } {
  const horizontal: Line[] = [];
  const vertical: Line[] = [];
  for (const r of rules) {
    if (r.y1 === r.y2) horizontal.push({ at: r.y1, from: r.x1, to: r.x2 });
    else vertical.push({ at: r.x1, from: r.y1, to: r.y2 });
  }
  return { horizontal: mergeLines(horizontal), vertical: mergeLines(vertical) };
}

const touches = (h: Line, v: Line): boolean => v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;

/** Groups of lines that touch one another: each group is one table's ruling. */
export function lineGroups(horizontal: Line[], vertical: Line[]): { horizontal: Line[]; vertical: Line[] }[] {
  const parent = [...horizontal, ...vertical].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  horizontal.forEach((h, i) =>
    vertical.forEach((v, j) => {
      if (touches(h, v)) parent[find(i)] = find(horizontal.length + j);
    }),
  );
  const groups = new Map<number, { horizontal: Line[]; vertical: Line[] }>();
  const group = (i: number): { horizontal: Line[]; vertical: Line[] } => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { horizontal: [], vertical: [] }));
    return g;
  };
  horizontal.forEach((h, i) => group(i).horizontal.push(h));
  vertical.forEach((v, j) => group(horizontal.length + j).vertical.push(v));
  return [...groups.values()];
}

/** Distinct positions, nearby ones merged. */
function positions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

const overlap = (a1: number, a2: number, b1: number, b2: number): number => Math.max(0, Math.min(a2, b2) - Math.max(a1, b1));

/** Is there a border at `at` over [from, to]? */
function bordered(lines: Line[], at: number, from: number, to: number): boolean {
  let covered = 0;
  for (const l of lines) if (Math.abs(l.at - at) <= SNAP) covered += overlap(l.from, l.to, from, to);
  return covered >= COVERAGE * (to - from);
}

/**
 * The grid and cells of one group of lines, or null when it is no table: a lone box (a framed
 * paragraph) or a rule under a heading has fewer than two cells.
 */
export function buildLattice(horizontal: Line[], vertical: Line[]): Lattice | null {
  if (horizontal.length === 0 || vertical.length === 0) return null;
  // Tables open at the sides (no outer verticals) still have columns up to their rules' ends.
  const xs = positions([...vertical.map((v) => v.at), ...horizontal.flatMap((h) => [h.from, h.to])]);
  const ys = positions([...horizontal.map((h) => h.at), ...vertical.flatMap((v) => [v.from, v.to])]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1 || rows * cols < 2 || rows * cols > MAX_SLOTS) return null;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const join = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    // The smaller id (top-left) stays the root, so a cell's id is its top-left slot.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !bordered(vertical, xs[c + 1], ys[r], ys[r + 1])) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !bordered(horizontal, ys[r + 1], xs[c], xs[c + 1])) join(r * cols + c, (r + 1) * cols + c);
    }
  }
  const cell = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => find(r * cols + c)));
  if (new Set(cell.flat()).size < 2) return null;
  return { xs, ys, cell, horizontal, vertical };
}

/**
 * Column headers, resolved through their groups. A group's label sits in the leftmost cell of
 * its merged area (the rest `""`/null, or the same text repeated where someone unmerged it), so
 * its span runs right over blank or repeated cells; its children are looked for only below it
 * and within that span. That is how the three `结果维持` of Table C, or Table B's `其他` column
 * and its row `3.其他`, are told apart.
 */
import type { ColumnDef } from "../formats/model";
import { align } from "./align";
import { columnLabels, type Hit, type SheetView } from "./sheet-view";

/** A rectangle of the sheet, inclusive, local coordinates. */
export interface Region {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface FoundColumn {
  def: ColumnDef;
  row: number;
  col: number;
  /** Last column of its merged (or repeated) header area. */
  end: number;
  score: number;
}

/** A header cell in the table's columns that belongs to no column of the format. */
export interface ExtraColumn {
  row: number;
  col: number;
  text: string;
}

export interface HeaderResult {
  found: Map<string, FoundColumn>;
  /** Columns (groups included) whose header was not found, in the format's order. */
  missing: ColumnDef[];
  extras: ExtraColumn[];
}

/** The header cell's area: right over blank cells and cells repeating its text, up to `bound`. */
export function spanEnd(view: SheetView, row: number, col: number, bound: number): number {
  const own = view.norm(row, col);
  let end = col;
  while (end + 1 <= bound && (view.isBlank(row, end + 1) || view.norm(row, end + 1) === own)) end++;
  return end;
}

/** Hits in the area, one per header: a repeated run keeps its leftmost cell, a column its topmost. */
function headerHits(view: SheetView, def: ColumnDef, rows: [number, number], cols: [number, number]): Hit[] {
  const inside = view.find(columnLabels(def)).filter((h) => h.row >= rows[0] && h.row <= rows[1] && h.col >= cols[0] && h.col <= cols[1]);
  const out: Hit[] = [];
  const seenCols = new Set<number>();
  for (const h of inside) {
    const runStart = h.col > cols[0] && view.norm(h.row, h.col - 1) === view.norm(h.row, h.col);
    if (runStart || seenCols.has(h.col)) continue;
    seenCols.add(h.col);
    out.push(h);
  }
  return out;
}

/** Answers by sheet, columns and region: the result depends on nothing else, and is only read. */
const answers = new WeakMap<SheetView, Map<readonly ColumnDef[], Map<string, HeaderResult>>>();

/** The columns' headers in `region`; both versions of Table B ask this for one header. */
export function resolveHeaders(view: SheetView, columns: readonly ColumnDef[], region: Region): HeaderResult {
  let byColumns = answers.get(view);
  if (!byColumns) answers.set(view, (byColumns = new Map()));
  let byRegion = byColumns.get(columns);
  if (!byRegion) byColumns.set(columns, (byRegion = new Map()));
  const key = `${region.top},${region.bottom},${region.left},${region.right}`;
  let result = byRegion.get(key);
  if (!result) byRegion.set(key, (result = headersIn(view, columns, region)));
  return result;
}

/** Children of each group (top-level columns under `undefined`), in order, per column list. */
const childrenCache = new WeakMap<readonly ColumnDef[], Map<string | undefined, ColumnDef[]>>();
function childrenOf(columns: readonly ColumnDef[], parent: string | undefined): ColumnDef[] {
  let byParent = childrenCache.get(columns);
  if (!byParent) childrenCache.set(columns, (byParent = new Map()));
  let list = byParent.get(parent);
  if (!list) byParent.set(parent, (list = columns.filter((c) => c.parent === parent)));
  return list;
}

function headersIn(view: SheetView, columns: readonly ColumnDef[], region: Region): HeaderResult {
  const found = new Map<string, FoundColumn>();
  const missing = new Set<string>();

  const level = (parent: string | undefined, c0: number, c1: number, rowFrom: number): void => {
    const siblings = childrenOf(columns, parent);
    const candidates = siblings.map((s) => headerHits(view, s, [rowFrom, region.bottom], [c0, c1]));
    const chosen = align(candidates, {
      window: siblings.length,
      follows: (_i, prev, _j, next) => next.col > prev.col,
      // Among equals prefer the upper cell: a tall header's text is in its top row.
      weight: (_j, hit) => 1 + hit.score / 16 - hit.row * 1e-6,
      cost: () => 0,
    });
    siblings.forEach((s, i) => {
      const hit = chosen[i];
      let nextCol = c1 + 1;
      for (let k = i + 1; k < siblings.length; k++) {
        const h = chosen[k];
        if (h) {
          nextCol = h.col;
          break;
        }
      }
      if (hit) {
        const end = spanEnd(view, hit.row, hit.col, Math.min(c1, nextCol - 1));
        found.set(s.key, { def: s, row: hit.row, col: hit.col, end, score: hit.score });
        if (s.group) level(s.key, hit.col, end, hit.row + 1);
        return;
      }
      missing.add(s.key);
      if (!s.group) return;
      // A group without its header: look for its children where it should have been.
      let prevEnd = c0 - 1;
      for (let k = i - 1; k >= 0; k--) {
        const f = found.get(siblings[k].key);
        if (f) {
          prevEnd = f.end;
          break;
        }
      }
      level(s.key, prevEnd + 1, nextCol - 1, rowFrom);
    });
  };
  level(undefined, region.left, region.right, region.top);

  return {
    found,
    missing: columns.filter((c) => missing.has(c.key)),
    extras: extraColumns(view, [...found.values()], region),
  };
}

/** Columns with header text that no column of the format accounts for (`法人或其他组织小计`). */
function extraColumns(view: SheetView, found: readonly FoundColumn[], region: Region): ExtraColumn[] {
  const covered = new Set<number>();
  for (const f of found) if (!f.def.group) for (let c = f.col; c <= f.end; c++) covered.add(c);
  const groups = found.filter((f) => f.def.group);
  // Below the lowest header found are values; above the highest, a title or another table.
  const rows = found.map((f) => f.row);
  const bottom = found.length ? Math.min(region.bottom, Math.max(...rows)) : region.bottom;
  const top = found.length ? Math.max(region.top, Math.min(...rows)) : region.top;
  const extras: ExtraColumn[] = [];
  for (let c = region.left; c <= region.right; c++) {
    if (covered.has(c)) continue;
    for (let r = bottom; r >= top; r--) {
      const n = view.norm(r, c);
      if (n === "") continue;
      // A group's own text repeated across its span (an unmerged header) is no column.
      if (groups.some((g) => g.row === r && c >= g.col && c <= g.end && view.norm(g.row, g.col) === n)) continue;
      extras.push({ row: r, col: c, text: view.text(r, c) });
      break;
    }
  }
  return extras;
}

/**
 * The last column of a table whose columns start at `left`: columns count while any cell in
 * `rows` holds something; the first wholly empty column ends the table (a blank column is what
 * separates two tables side by side).
 */
export function extentRight(view: SheetView, rows: readonly number[], left: number, limit: number): number {
  let right = left - 1;
  for (let c = left; c <= Math.min(limit, view.width - 1); c++) {
    if (rows.every((r) => view.isBlank(r, c))) break;
    right = c;
  }
  return right;
}

/**
 * Which cells a click on a finding selects. A finding names its sheet and lists A1 refs, the total
 * first; a finding that spans sheets also lists `'表名'!H7` refs for cells elsewhere. Excel selects
 * on one sheet only: the finding's own when it has cells there, else the sheet the first ref names.
 */
import { fromA1, rangeA1, splitRef, toA1 } from "../core/address";
import { rectOfA1, type Rect } from "../core/layout/rects";

export interface SelectionTarget {
  sheet: string;
  /** A1 refs on `sheet`, in the finding's order. */
  refs: string[];
}

const sameSheet = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function selectionTarget(sheet: string, cells: readonly string[]): SelectionTarget {
  const split = cells.map((ref) => splitRef(ref, sheet));
  const own = split.filter((r) => sameSheet(r.sheet, sheet));
  if (own.length > 0 || split.length === 0) return { sheet, refs: own.map((r) => r.cell) };
  const other = split[0].sheet;
  return { sheet: other, refs: split.filter((r) => sameSheet(r.sheet, other)).map((r) => r.cell) };
}

/**
 * Consecutive single cells of one column joined into a range, order kept: `D31, D9, D10 … D30`
 * → `D31, D9:D30`. The first ref stays first, so the total is where the selection starts, and
 * the address stays short for `getRanges`.
 */
export function compactRefs(refs: readonly string[]): string[] {
  const out: Array<{ first: string; col: number; lastRow: number; count: number } | { ref: string }> = [];
  for (const ref of refs) {
    let pos: { row: number; col: number } | null = null;
    try {
      pos = ref.includes(":") ? null : fromA1(ref);
    } catch {
      pos = null;
    }
    const last = out[out.length - 1];
    if (pos && last && "col" in last && last.col === pos.col && last.lastRow + 1 === pos.row) {
      last.lastRow = pos.row;
      last.count++;
    } else if (pos) {
      out.push({ first: ref.replace(/\$/g, ""), col: pos.col, lastRow: pos.row, count: 1 });
    } else {
      out.push({ ref });
    }
  }
  return out.map((r) => ("ref" in r ? r.ref : r.count === 1 ? r.first : `${r.first}:${toA1({ row: r.lastRow, col: r.col })}`));
}

/**
 * Excel refuses a reference text longer than 255 characters (as it does in its own dialogs); a
 * finding with very many scattered cells selects the first ones that fit, its total among them.
 */
export const MAX_ADDRESS_LENGTH = 255;

export function fitAddress(areas: readonly string[], max = MAX_ADDRESS_LENGTH): string {
  let out = "";
  for (const area of areas) {
    const next = out === "" ? area : `${out},${area}`;
    if (next.length > max) break;
    out = next;
  }
  return out;
}

/** What one `select` queues: one address, as one range or (ExcelApi 1.18) several areas. */
export interface SelectionPlan {
  address: string;
  /** Several areas through `getRanges` (needs `RangeAreas.select`, ExcelApi 1.18). */
  areas: boolean;
  /** Said to the user when not every cell could be selected; null when all were. */
  partial: string | null;
}

/**
 * A bounding rectangle is selected in place of separate cells only when the finding's own cells
 * are at least a quarter of it: then the selection still points at them. A larger rectangle (a
 * total at the bottom of a table and parts at the top of another column) would select most of
 * the table, which shows nothing; the total alone does.
 */
export const MIN_BOUNDING_SHARE = 0.25;

/** The rectangle a ref covers; null for what is not a plain A1 cell or range. */
function cellsOf(ref: string): Rect | null {
  try {
    return rectOfA1(ref.replace(/\$/g, ""));
  } catch {
    return null;
  }
}

/**
 * How to select `refs` (on one sheet, the total first). With `selectAreas` (ExcelApi 1.18) the
 * areas themselves. Below: one range, which every Excel selects — the refs themselves when they
 * form one rectangle, else the rectangle around them when they fill enough of it, else the
 * first ref (the total); `partial` then says what was selected.
 */
export function planSelection(refs: readonly string[], selectAreas: boolean): SelectionPlan | null {
  if (refs.length === 0) return null;
  const areas = compactRefs(refs);
  if (areas.length === 1) return { address: areas[0], areas: false, partial: null };
  if (selectAreas) return { address: fitAddress(areas), areas: true, partial: null };

  const rects = refs.map(cellsOf);
  const first = refs[0].replace(/\$/g, "");
  const rest = refs.length - 1;
  const totalOnly: SelectionPlan = {
    address: first,
    areas: false,
    partial: `此版本 Excel 不能同时选中不相邻的单元格，已选中第一个（${first}）；其余 ${rest} 个见列表。`,
  };
  if (rects.some((r) => r === null)) return totalOnly;
  const named = new Set<string>();
  for (const r of rects as Rect[]) {
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) named.add(`${row},${col}`);
  }
  const box = (rects as Rect[]).reduce((a, b) => ({
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  }));
  const size = (box.bottom - box.top + 1) * (box.right - box.left + 1);
  const address = rangeA1({ row: box.top, col: box.left }, { row: box.bottom, col: box.right });
  if (size === named.size) return { address, areas: false, partial: null };
  if (named.size < size * MIN_BOUNDING_SHARE) return totalOnly;
  return {
    address,
    areas: false,
    partial: `此版本 Excel 不能同时选中不相邻的单元格，已选中包含全部 ${named.size} 个相关单元格的区域 ${address}，请以列表为准。`,
  };
}

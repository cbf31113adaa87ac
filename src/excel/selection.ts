/**
 * Which cells a click on a finding selects. A finding names its sheet and lists A1 refs, the total
 * first; a finding that spans sheets also lists `'表名'!H7` refs for cells elsewhere. Excel selects
 * on one sheet only: the finding's own when it has cells there, else the sheet the first ref names.
 */
import { fromA1, splitRef, toA1 } from "../core/address";

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

/**
 * Excel's used range → the core's `SheetGrid`. Excel gives `""` for an empty cell, numbers,
 * booleans, strings, and error values as their text (`#REF!`); the core wants null for empty.
 */
import { fromA1 } from "../core/address";
import type { CellPos, CellValue, SheetGrid } from "../core/types";

/** One value of `range.values` (typed `any` by Office.js; anything unexpected becomes text). */
export function cellValueOf(raw: unknown): CellValue {
  if (raw === "" || raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "string") return raw;
  return String(raw);
}

/**
 * The top-left cell of a range address as Excel writes it: `Sheet1!B2:J40`, `'年度 统计'!C5`.
 * The sheet part may itself hold `!`, the cell part never does.
 */
export function originOf(address: string): CellPos {
  const cells = address.slice(address.lastIndexOf("!") + 1);
  return fromA1(cells.split(":")[0]);
}

/** A sheet's grid from its used range, or an empty grid for a sheet with no values. */
export function gridOf(name: string, used: { address: string; values: unknown[][] } | null): SheetGrid {
  if (!used) return { name, values: [], originRow: 0, originCol: 0 };
  const origin = originOf(used.address);
  return {
    name,
    values: used.values.map((row) => row.map(cellValueOf)),
    originRow: origin.row,
    originCol: origin.col,
  };
}

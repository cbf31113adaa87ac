/**
 * A laid-out sheet before printing is decided: what the format-specific layouts (`legacy.ts`,
 * `national.ts`) hand to `planTemplate`, which fits it to A4 and writes the plan.
 */
import type { TableDef } from "../formats/model";
import type { SheetBuilder } from "./builder";
import { columnPx } from "./measure";
import { rect, type Rect } from "./rects";
import { signatureLines } from "./titles";

export interface Draft {
  builder: SheetBuilder;
  /** Column widths the layout was made for; printing may widen them all alike. */
  baseWidths: number[];
  /** Runs of rows, in order and covering the sheet, that should print on one page: [first, last]. */
  keepTogether: Array<[number, number]>;
  /** Rows frozen at the top. */
  freezeRows: number;
  /** Rows repeated atop every printed page, [first, last], or null. */
  titleRows: [number, number] | null;
  /** Where each table of the format is. */
  tables: Array<{ def: TableDef; range: Rect }>;
}

/** Space between tables and above the signature lines, in points. */
export const SPACER_HEIGHT = 10;

/** The sign-and-stamp lines from `top`, each merged across the sheet. Returns the last row. */
export function placeSignature(b: SheetBuilder, top: number, widths: readonly number[]): number {
  const widthPx = widths.reduce((sum, w) => sum + columnPx(w), 0);
  b.spacer(top, SPACER_HEIGHT);
  let row = top;
  for (const line of signatureLines(widthPx)) {
    row += 1;
    b.text(rect(row, 0, row, b.columnCount - 1), line, "footer");
  }
  return row;
}

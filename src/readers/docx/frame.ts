/**
 * Layout tables. Reports are often laid out inside a borderless table: a one-cell table wrapping
 * the whole text and the statistics table, or a one-column table stacking a title, the table and
 * a note. Such a table is a frame, not data: its paragraphs belong to the text around it and the
 * tables inside it stand as their own sheets.
 */
import { joinLines } from "./lines";
import type { DocTable } from "./model";

const hasContent = (cell: DocTable["rows"][number]["cells"][number]): boolean =>
  cell.nested > 0 || (!cell.merged && joinLines(cell.paragraphs.flat()) !== "");

/** A frame: at most one cell with content, or a single column holding a nested table. */
export function isFrame(table: DocTable): boolean {
  const cells = table.rows.flatMap((r) => r.cells);
  if (cells.filter(hasContent).length <= 1) return true;
  return table.rows.every((r) => r.cells.length === 1) && cells.some((c) => c.nested > 0);
}

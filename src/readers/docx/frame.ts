/**
 * Layout tables. Reports are often laid out inside a borderless table: a one-cell table wrapping
 * the whole text and the statistics table, or a one-column table stacking a title, the table and
 * a note. Such a table is a frame, not data: its paragraphs belong to the text around it and the
 * tables inside it stand as their own sheets.
 */
import type { DocCell, DocTable } from "./model";

const hasContent = (cell: DocCell): boolean =>
  cell.nested > 0 || (!cell.merged && cell.paragraphs.some((item) => !Array.isArray(item) || item.some((line) => line.trim() !== "")));

/** A frame: at most one cell with content, or a single column holding a nested table. */
export function isFrame(table: DocTable): boolean {
  let withContent = 0;
  scan: for (const row of table.rows) for (const cell of row.cells) if (hasContent(cell) && ++withContent > 1) break scan;
  if (withContent <= 1) return true;
  return table.rows.every((r) => r.cells.length === 1) && table.rows.some((r) => r.cells[0].nested > 0);
}

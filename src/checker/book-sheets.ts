/**
 * A file read by the reader layer, as the preview's sheets: each grid at its place (a table found
 * at D5 in the file stays at D5, so a finding's cells are the ones shown), and the document's text
 * as the sheet 正文 (bookGrids), which the pane's narrative checks read.
 */
import type { SheetGrid } from "../core/types";
import { bookGrids, TEXT_SHEET, type ReadBook } from "../readers";
import { Sheet } from "../preview/sheet";

/** Widths in Excel's character units: wide enough for a label, never wider than a screen. */
const MIN_WIDTH = 8.43;
const MAX_WIDTH = 40;
const TEXT_WIDTH = 120;

/** A CJK character takes two width units, as in Excel's default font. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

function sheetOf(grid: SheetGrid): Sheet {
  const sheet = new Sheet(grid.name);
  const widths: number[] = [];
  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      const col = grid.originCol + c;
      sheet.setValue({ row: grid.originRow + r, col }, value);
      widths[col] = Math.max(widths[col] ?? MIN_WIDTH, Math.min(MAX_WIDTH, textWidth(String(value)) + 1));
    });
  });
  sheet.columnWidths = grid.name === TEXT_SHEET ? [TEXT_WIDTH] : Array.from(widths, (w) => w ?? MIN_WIDTH);
  return sheet;
}

export function sheetsOfBook(book: ReadBook): Sheet[] {
  return bookGrids(book).map(sheetOf);
}

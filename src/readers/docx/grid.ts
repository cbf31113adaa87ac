/**
 * A Word table as Excel's `range.values` would give it: every grid column its own column, merged
 * text in the top-left cell and null in the cells it covers, then the empty spacer rows and
 * columns Word tables carry (narrow gutters, rows left for spacing) dropped.
 */
import type { CellValue } from "../../core/types";
import { cellValue, joinLines } from "./lines";
import { flatten, type DocTable } from "./model";

/** Grid columns: the widest row (a loop, not a spread: rows may number millions). */
function widthOf(table: DocTable): number {
  let width = 0;
  for (const row of table.rows)
    width = Math.max(
      width,
      row.cells.reduce((w, c) => w + c.span, row.before + row.after),
    );
  return width;
}

/** Grid cells the table covers, before any is allocated. */
export function gridSize(table: DocTable): number {
  return widthOf(table) * table.rows.length;
}

export function tableValues(table: DocTable): CellValue[][] {
  const width = widthOf(table);
  const values: CellValue[][] = table.rows.map((row) => {
    const out: CellValue[] = new Array<CellValue>(width).fill(null);
    let col = row.before;
    for (const cell of row.cells) {
      if (!cell.merged) out[col] = cellValue(joinLines(flatten(cell.paragraphs).flat()));
      col += cell.span;
    }
    return out;
  });
  return dropEmpty(values, width);
}

function dropEmpty(values: CellValue[][], width: number): CellValue[][] {
  const rows = values.filter((r) => r.some((v) => v !== null));
  const keep: number[] = [];
  for (let c = 0; c < width; c++) if (rows.some((r) => r[c] !== null)) keep.push(c);
  return keep.length === width ? rows : rows.map((r) => keep.map((c) => r[c]));
}

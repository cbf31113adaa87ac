/**
 * Table C (section 四, 政府信息公开行政复议、行政诉讼情况) as published: three header rows
 * (行政复议 | 行政诉讼 → 未经复议直接起诉 | 复议后起诉 → the five outcomes) over one data row of
 * fifteen cells, no row label.
 */
import { dataColumns, dataRows } from "../formats/derive";
import { cellKey, type TableDef } from "../formats/model";
import type { SheetBuilder } from "./builder";
import { rect, type Rect } from "./rects";
import { headerDepth, placeColumnHeader } from "./trees";

/** Lay out Table C from row `top`, its first column at `left`. Returns the table's rectangle. */
export function placeTableC(b: SheetBuilder, table: TableDef, top: number, left: number): Rect {
  const block = table.blocks[0];
  const columns = dataColumns(block);
  const columnOf = new Map(columns.map((c, i) => [c.key, left + i]));
  const headerRows = headerDepth(block.columns);
  placeColumnHeader(b, block.columns, top, headerRows, columnOf);
  let row = top + headerRows;
  for (const r of dataRows(block)) {
    for (const c of columns) {
      b.value(rect(row, columnOf.get(c.key) ?? -1), table.id, cellKey(r.key, c.key), c.kind ?? r.kind ?? "count");
    }
    row += 1;
  }
  return rect(top, left, row - 1, left + columns.length - 1);
}

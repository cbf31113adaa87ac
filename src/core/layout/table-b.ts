/**
 * Table B (section 三, 收到和处理政府信息公开申请情况) as published: the corner note over the
 * label columns and the three header rows, the 申请人情况 header, and row labels nested in three
 * label columns (`三、本年度办理结果` beside all result rows, `（三）不予公开` beside its reasons).
 */
import { dataColumns, dataRows } from "../formats/derive";
import { cellKey, type TableDef } from "../formats/model";
import type { SheetBuilder } from "./builder";
import { rect, type Rect } from "./rects";
import { headerDepth, labelDepth, placeColumnHeader, placeRowLabels } from "./trees";

/**
 * Lay out Table B from row `top`. `labelColumns[d]` is the sheet columns (first, last) of label
 * level d; value columns follow the last label column. Returns the table's rectangle.
 */
export function placeTableB(b: SheetBuilder, table: TableDef, top: number, labelColumns: ReadonlyArray<readonly [number, number]>): Rect {
  const block = table.blocks[0];
  if (labelDepth(block.rows) !== labelColumns.length) {
    throw new Error(`layout: Table B has ${labelDepth(block.rows)} label levels, the sheet plans ${labelColumns.length}`);
  }
  const first = labelColumns[0][0];
  const lastLabel = labelColumns[labelColumns.length - 1][1];
  const columns = dataColumns(block);
  const columnOf = new Map(columns.map((c, i) => [c.key, lastLabel + 1 + i]));
  const right = lastLabel + columns.length;
  const headerRows = headerDepth(block.columns);

  b.text(rect(top, first, top + headerRows - 1, lastLabel), table.corner ?? "", "note");
  placeColumnHeader(b, block.columns, top, headerRows, columnOf);
  const rowOf = placeRowLabels(b, block.rows, top + headerRows, labelColumns);
  for (const r of dataRows(block)) {
    for (const c of columns) {
      const row = rowOf.get(r.key) ?? -1;
      const col = columnOf.get(c.key) ?? -1;
      b.value(rect(row, col), table.id, cellKey(r.key, c.key), c.kind ?? r.kind ?? "count");
    }
  }
  return rect(top, first, top + headerRows + rowOf.size - 1, right);
}

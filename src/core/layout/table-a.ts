/**
 * Table A (section 二, 主动公开政府信息情况) as published: blocks of a merged caption row
 * (`第二十条第（一）项`), a header row and data rows. The label column and three value columns
 * are shared by all blocks; a block with fewer value columns lets its last one span the rest
 * (one column spans all three, as in the official table). A slot may be several sheet columns
 * wide, the value cell then merged across them.
 */
import { dataColumns, dataRows } from "../formats/derive";
import { cellKey, type ColumnDef, type TableDef } from "../formats/model";
import type { SheetBuilder } from "./builder";
import { rect, type Rect } from "./rects";

/** Sheet columns of Table A: the label and the three value slots, each (first, last). */
export interface TableAColumns {
  label: readonly [number, number];
  slots: ReadonlyArray<readonly [number, number]>;
}

/** The header text of a column; a unit the label does not state is added (2019's 采购总金额). */
export function headerLabel(column: ColumnDef): string {
  return column.unit && !column.label.includes(column.unit) ? `${column.label}（单位：${column.unit}）` : column.label;
}

/** Sheet columns (first, last) of each of `n` value columns over the slots. */
function spans(n: number, slots: TableAColumns["slots"]): Array<[number, number]> {
  if (n > slots.length) throw new Error(`layout: a Table A block has ${n} value columns, the sheet has ${slots.length}`);
  return Array.from({ length: n }, (_, i) => [slots[i][0], i === n - 1 ? slots[slots.length - 1][1] : slots[i][1]]);
}

/** Lay out Table A from row `top`; returns the table's rectangle. */
export function placeTableA(b: SheetBuilder, table: TableDef, top: number, cols: TableAColumns): Rect {
  const [labelFirst, labelLast] = cols.label;
  const right = cols.slots[cols.slots.length - 1][1];
  let row = top;
  for (const block of table.blocks) {
    if (block.caption) {
      b.text(rect(row, labelFirst, row, right), block.caption, "header");
      row += 1;
    }
    const columns = dataColumns(block);
    const columnSpans = spans(columns.length, cols.slots);
    b.text(rect(row, labelFirst, row, labelLast), block.labelHeader ?? "", "header");
    columns.forEach((c, i) => b.text(rect(row, columnSpans[i][0], row, columnSpans[i][1]), headerLabel(c), "header"));
    row += 1;
    for (const r of dataRows(block)) {
      b.text(rect(row, labelFirst, row, labelLast), r.label ?? "", "labelCenter");
      columns.forEach((c, i) => b.value(rect(row, columnSpans[i][0], row, columnSpans[i][1]), table.id, cellKey(r.key, c.key), c.kind ?? r.kind ?? "count"));
      row += 1;
    }
  }
  return rect(top, labelFirst, row - 1, right);
}

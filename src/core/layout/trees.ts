/**
 * Tables B and C as published: a header of nested column groups (`法人或其他组织` over its five
 * columns) and, in Table B, row labels nested the same way (`（三）不予公开` beside its eight
 * reasons). Both are laid out from the format's parent links, not by hand, so a change in the
 * format data changes the sheet.
 */
import type { ColumnDef, RowDef } from "../formats/model";
import type { SheetBuilder } from "./builder";
import { rect } from "./rects";

function depthOf<T extends { key: string; parent?: string }>(items: readonly T[], item: T): number {
  let depth = 0;
  let parent = item.parent;
  while (parent !== undefined) {
    depth += 1;
    parent = items.find((i) => i.key === parent)?.parent;
  }
  return depth;
}

function descendants<T extends { key: string; parent?: string }>(items: readonly T[], key: string): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (item.parent !== key) continue;
    out.push(item, ...descendants(items, item.key));
  }
  return out;
}

/**
 * A column header over `headerRows` rows from `top`: a group spans the columns of its data
 * columns on its own level; a data column reaches down to the last header row.
 * `columnOf` gives the sheet column of each data column.
 */
export function placeColumnHeader(b: SheetBuilder, columns: readonly ColumnDef[], top: number, headerRows: number, columnOf: ReadonlyMap<string, number>): void {
  for (const column of columns) {
    const depth = depthOf(columns, column);
    if (column.group) {
      const cols = descendants(columns, column.key)
        .filter((c) => !c.group)
        .map((c) => columnOf.get(c.key) ?? -1);
      b.text(rect(top + depth, Math.min(...cols), top + depth, Math.max(...cols)), column.label, "header");
    } else {
      const col = columnOf.get(column.key) ?? -1;
      b.text(rect(top + depth, col, top + headerRows - 1, col), column.label, "header");
    }
  }
}

/** Rows of the header: one per level of column groups. */
export function headerDepth(columns: readonly ColumnDef[]): number {
  return Math.max(...columns.map((c) => depthOf(columns, c))) + 1;
}

/** Levels of row labels: one label column per level. */
export function labelDepth(rows: readonly RowDef[]): number {
  return Math.max(...rows.map((r) => depthOf(rows, r))) + 1;
}

/**
 * Row labels in nested label columns: each data row gets a sheet row from `top`, its label from
 * its level's column to the last label column; a heading row gets no sheet row of its own but
 * stands in its level's column beside all the rows under it (`三、本年度办理结果`).
 * `labelColumns[d]` is the sheet columns (first, last) of level d. Returns each data row's sheet row.
 */
export function placeRowLabels(b: SheetBuilder, rows: readonly RowDef[], top: number, labelColumns: ReadonlyArray<readonly [number, number]>): Map<string, number> {
  const sheetRow = new Map<string, number>();
  for (const row of rows) if (!row.heading) sheetRow.set(row.key, top + sheetRow.size);
  const lastCol = labelColumns[labelColumns.length - 1][1];
  for (const row of rows) {
    const [first] = labelColumns[depthOf(rows, row)];
    const label = row.label ?? "";
    if (row.heading) {
      const under = descendants(rows, row.key)
        .filter((r) => !r.heading)
        .map((r) => sheetRow.get(r.key) ?? -1);
      const [, last] = labelColumns[depthOf(rows, row)];
      b.text(rect(Math.min(...under), first, Math.max(...under), last), label, "labelCenter");
    } else {
      const r = sheetRow.get(row.key) ?? -1;
      b.text(rect(r, first, r, lastCol), label, "label");
    }
  }
  return sheetRow;
}

/**
 * How a cell is named in messages: the verbatim row label, plus the column where the table has
 * more than one (`“一、本年新收政府信息公开申请数量”（总计）`, `表四“行政复议·结果维持”`).
 */
import type { CellKey, ColumnDef, FormatId, TableId } from "../formats/model";
import { tableDef } from "./values";

function columnPath(columns: readonly ColumnDef[], key: string): string {
  const names: string[] = [];
  // A group over every column (Table B's `申请人情况`) adds nothing a reader needs; Table C's
  // `行政复议` / `行政诉讼` do tell its columns apart.
  const spansAll = columns.filter((c) => !c.parent).length === 1;
  let column = columns.find((c) => c.key === key);
  while (column) {
    if (column.parent || !column.group || !spansAll) names.unshift(column.label);
    column = column.parent ? columns.find((c) => c.key === column?.parent) : undefined;
  }
  return names.join("·");
}

/** Chinese name of one cell of a table, for messages. */
export function cellLabel(format: FormatId, table: TableId, key: CellKey): string {
  const def = tableDef(format, table);
  const [rowKey, columnKey] = key.split("|");
  if (!def) return key;
  for (const block of def.blocks) {
    const row = block.rows.find((r) => r.key === rowKey);
    if (!row) continue;
    const dataColumns = block.columns.filter((c) => !c.group);
    const column = columnPath(block.columns, columnKey);
    if (row.label === null) return `“${column}”`;
    return dataColumns.length > 1 ? `“${row.label}”（${column}）` : `“${row.label}”`;
  }
  return key;
}

/** A list of names, cut after `max` with a count: `“甲”、“乙”、“丙”等 15 个单元格`. */
export function nameList(names: readonly string[], max = 3): string {
  if (names.length <= max) return names.join("、");
  return `${names.slice(0, max).join("、")}等 ${names.length} 个单元格`;
}

/** A row label without its list numbering or trailing remark, for sentences: `（二）部分公开（…）` → `部分公开`. */
export function shortLabel(label: string): string {
  let s = label.replace(/^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+\.|其中：)/, "");
  s = s.replace(/（[^（）]*）$/, "");
  return s;
}

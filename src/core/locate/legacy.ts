/**
 * The legacy table (政府信息公开工作情况统计表): a label column, a 单位 column and a 统计数
 * column. Rows are found by their labels; the two other columns by their headers when the table
 * has them, otherwise by what they hold (unit words, then values).
 */
import { legacy2014 } from "../formats/legacy-2014";
import type { ColumnDef } from "../formats/model";
import { keyOf, ReadingBuilder, type Reading } from "./candidate";
import { extentRight, resolveHeaders, type HeaderResult } from "./headers";
import { findRowTables, type RowItem, type RowMatch } from "./rows";
import { reportColumns, reportMissingRows } from "./shape";
import type { SheetView } from "./sheet-view";
import { unitOf } from "./units";

const TABLE = legacy2014.tables[0];
const BLOCK = TABLE.blocks[0];
const VALUE = BLOCK.columns[0];
const UNIT_KEY = "__unit";

const ITEMS: RowItem[] = BLOCK.rows.map((r) => ({
  key: r.key,
  kind: r.heading ? "heading" : "data",
  labels: [r.label ?? "", ...(r.aliases ?? [])],
}));
const DATA_COUNT = ITEMS.filter((i) => i.kind === "data").length;

/** The header row's columns right of the labels: 单位 (not a column of values) and 统计数. */
const HEADER_COLUMNS: ColumnDef[] = [
  { key: UNIT_KEY, label: BLOCK.unitHeader ?? "单位" },
  { ...VALUE, aliases: [...(VALUE.aliases ?? []), "统计数据", "数量", "数值"] },
];

/** A chain is the legacy table when a fifth of its data rows (at least four) are there. */
function accept(matches: readonly (RowMatch | null)[]): boolean {
  let data = 0;
  matches.forEach((m, i) => {
    if (m && !m.fuzzy && ITEMS[i].kind === "data") data++;
  });
  return data >= Math.max(4, Math.ceil(DATA_COUNT * 0.2));
}

/** The header row's labels, each looked for alone (one list each, so `find` knows them). */
const HEADER_LABELS: ReadonlyArray<readonly string[]> = [[BLOCK.labelHeader ?? "统计指标"], [BLOCK.unitHeader ?? "单位"], [VALUE.label]];

/** The header row: the nearest row above the labels that holds 统计指标, 单位 or 统计数. */
function headerRow(view: SheetView, top: number, left: number, right: number): number | null {
  let best: number | null = null;
  for (const label of HEADER_LABELS) {
    for (const h of view.find(label)) {
      const near = h.row >= top - 3 && h.row < top && h.col >= left - 1 && h.col <= right + 8;
      if (near && (best === null || h.row > best)) best = h.row;
    }
  }
  return best;
}

/** Without a 单位 header: the first column where most found rows hold a unit word. */
function guessUnitColumn(view: SheetView, dataRows: number[], from: number): number | null {
  for (let c = from; c <= from + 3; c++) {
    const units = dataRows.filter((r) => unitOf(view.norm(r, c)) !== null).length;
    if (units >= Math.max(2, dataRows.length * 0.3)) return c;
  }
  return null;
}

/** Without a 统计数 header: the first column after `from` holding anything in a data row. */
function guessValueColumn(view: SheetView, dataRows: number[], from: number): number {
  for (let c = from; c <= from + 3; c++) if (dataRows.some((r) => !view.isBlank(r, c))) return c;
  return from;
}

export function locateLegacy(view: SheetView): Reading[] {
  return findRowTables(view, { items: ITEMS, accept }).map((inst) => {
    const b = new ReadingBuilder(view, legacy2014.id, TABLE.id);
    const found = new Map<string, RowMatch>();
    inst.matches.forEach((m, i) => m && found.set(ITEMS[i].key, m));
    const dataRows = BLOCK.rows.filter((r) => !r.heading && found.has(r.key)).map((r) => (found.get(r.key) as RowMatch).row);
    const labelRight = inst.right;

    const hr = headerRow(view, inst.top, inst.left, labelRight);
    let unitCol: number | null = null;
    let valueCol: number | null = null;
    let right = labelRight;
    let top = inst.top;
    let headers: HeaderResult | null = null;
    if (hr !== null) {
      top = hr;
      right = extentRight(view, [hr, ...dataRows], labelRight + 1, labelRight + 8);
      headers = resolveHeaders(view, HEADER_COLUMNS, { top: hr, bottom: hr, left: labelRight + 1, right });
      unitCol = headers.found.get(UNIT_KEY)?.col ?? null;
      valueCol = headers.found.get(VALUE.key)?.col ?? null;
    }
    unitCol ??= guessUnitColumn(view, dataRows, labelRight + 1);
    valueCol ??= guessValueColumn(view, dataRows, (unitCol ?? labelRight) + 1);
    right = Math.max(right, valueCol, unitCol ?? 0);
    if (headers && hr !== null) {
      // A header that lacks 统计数 is still read (the column is found by its values, its header
      // may say `2017年`), so only columns that are neither units nor values are extra.
      const extras = headers.extras.filter((e) => e.col !== valueCol && e.col !== unitCol);
      reportColumns(b, BLOCK, { ...headers, missing: [], extras }, { row: hr, col: inst.left });
    }

    for (const row of BLOCK.rows) {
      const m = found.get(row.key);
      if (!m || row.heading) continue;
      const key = keyOf(row.key, VALUE.key);
      b.addCell(key, m.row, valueCol);
      if (unitCol === null || !row.unit) continue;
      const stated = unitOf(view.norm(m.row, unitCol));
      if (stated === null || stated === row.unit) continue;
      b.findings.add({ kind: "unit", subject: { kind: "row", label: row.label ?? "" }, stated, expected: row.unit, cells: [b.a1(m.row, unitCol), b.a1(m.row, valueCol)] });
      b.statedUnits[key] = stated;
    }
    reportMissingRows(b, BLOCK, BLOCK.rows, found, { row: inst.top, col: inst.left });
    return b.finish({ top, left: inst.left, bottom: inst.bottom, right }, 0);
  });
}

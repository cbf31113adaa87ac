/**
 * Table B (三、收到和处理政府信息公开申请情况): up to three label columns (or one, when typed by
 * hand), then the seven applicant columns under a three-row header whose top-left corner holds
 * the note on the column's arithmetic.
 */
import type { FormatDef, TableDef } from "../formats/model";
import { keyOf, ReadingBuilder, type Reading } from "./candidate";
import { extentRight, resolveHeaders } from "./headers";
import { findRowTables, madeOncePerTable, type RowItem, type RowMatch } from "./rows";
import { reportColumns, reportMissingRows } from "./shape";
import type { Hit, SheetView } from "./sheet-view";

/** How far above the first row the header may start (three rows, plus a spare). */
const HEADER_REACH = 6;

function items(table: TableDef): RowItem[] {
  return table.blocks[0].rows.map((r) => ({
    key: r.key,
    kind: r.heading ? "heading" : "data",
    labels: [r.label ?? "", ...(r.aliases ?? [])],
  }));
}

function acceptFor(list: readonly RowItem[]) {
  const dataCount = list.filter((i) => i.kind === "data").length;
  return (matches: readonly (RowMatch | null)[]): boolean => {
    let data = 0;
    matches.forEach((m, i) => {
      if (m && !m.fuzzy && list[i].kind === "data") data++;
    });
    return data >= Math.max(4, Math.ceil(dataCount * 0.25));
  };
}

/** The nearest hit of `labels` in the rows just above `firstRow`, within the columns given. */
function above(view: SheetView, labels: readonly string[], firstRow: number, cols: [number, number]): Hit | null {
  const hits = view.find(labels).filter((h) => h.row < firstRow && h.row >= firstRow - HEADER_REACH && h.col >= cols[0] && h.col <= cols[1]);
  return hits.length ? hits[hits.length - 1] : null;
}

const itemsOf = madeOncePerTable(items);

/** A header label looked for alone, as one list per label (so `find` knows it). */
const alone = new Map<string, readonly string[]>();
function single(label: string): readonly string[] {
  let list = alone.get(label);
  if (!list) alone.set(label, (list = [label]));
  return list;
}

export function locateTableB(view: SheetView, format: FormatDef): Reading[] {
  const table = format.tables.find((t) => t.id === "B") as TableDef;
  const block = table.blocks[0];
  const rows = itemsOf(table);
  return findRowTables(view, { items: rows, accept: acceptFor(rows) }).map((inst) => {
    const b = new ReadingBuilder(view, format.id, table.id);
    const found = new Map<string, RowMatch>();
    inst.matches.forEach((m, i) => m && found.set(rows[i].key, m));
    const labelRight = inst.right;
    const firstRow = inst.top;

    const corner = table.corner ? above(view, single(table.corner), firstRow, [inst.left - 1, labelRight]) : null;
    const applicantDef = block.columns.find((c) => !c.parent);
    const applicant = applicantDef ? above(view, single(applicantDef.label), firstRow, [labelRight + 1, labelRight + 4]) : null;
    const anchors = [corner?.row, applicant?.row].filter((r): r is number => r !== undefined);
    const headerTop = anchors.length ? Math.min(...anchors) : Math.max(0, firstRow - 3);

    // The width: every value column has text in one of the two header rows just above the data
    // (自然人 / 商业企业 …) or in the data; rows higher up may hold a title typed across.
    const tableRows: number[] = [];
    for (let r = Math.max(0, firstRow - 2); r <= inst.bottom; r++) tableRows.push(r);
    const right = extentRight(view, tableRows, labelRight + 1, labelRight + 14);
    const headers = resolveHeaders(view, block.columns, {
      top: headerTop,
      bottom: firstRow - 1,
      left: labelRight + 1,
      right: Math.max(right, labelRight + 1),
    });

    // The value columns found, in the format's order.
    const placed: Array<{ key: string; col: number }> = [];
    for (const column of block.columns) {
      const f = headers.found.get(column.key);
      if (f && !column.group) placed.push({ key: column.key, col: f.col });
    }
    for (const row of block.rows) {
      const m = found.get(row.key);
      if (!m || row.heading) continue;
      for (const p of placed) b.addCell(keyOf(row.key, p.key), m.row, p.col);
    }
    reportMissingRows(b, block, block.rows, found, { row: firstRow, col: inst.left });
    reportColumns(b, block, headers, corner ?? { row: headerTop, col: labelRight + 1 });

    let matched = headers.found.size;
    for (const m of inst.matches) if (m && !m.fuzzy) matched++;
    const total = rows.length + block.columns.length;
    let tableRight = labelRight;
    for (const f of headers.found.values()) tableRight = Math.max(tableRight, f.end);
    for (const e of headers.extras) tableRight = Math.max(tableRight, e.col);
    let top = firstRow;
    for (const r of [...anchors, ...[...headers.found.values()].map((f) => f.row)]) top = Math.min(top, r);
    return b.finish(
      {
        top,
        left: Math.min(inst.left, corner?.col ?? inst.left),
        bottom: inst.bottom,
        right: tableRight,
      },
      2 * matched - total,
    );
  });
}

/**
 * Table A (二、主动公开政府信息情况): small blocks, each a caption row (`第二十条第（一）项`), a
 * header row (`信息内容` and the block's columns) and data rows. Captions and `信息内容` are
 * landmarks that help find the rows; each block's columns are read from the rows between its
 * caption and its first data row.
 */
import type { FormatDef, TableDef } from "../formats/model";
import { keyOf, ReadingBuilder, type Reading } from "./candidate";
import { extentRight, resolveHeaders, type HeaderResult } from "./headers";
import { findRowTables, madeOncePerTable, type RowItem, type RowMatch } from "./rows";
import { reportColumns, reportMissingRows } from "./shape";
import type { SheetView } from "./sheet-view";
import { headerUnit, isMoneyUnit } from "./units";

const captionKey = (block: string): string => `caption:${block}`;
const headerKey = (block: string): string => `header:${block}`;

function items(table: TableDef): RowItem[] {
  const out: RowItem[] = [];
  for (const block of table.blocks) {
    if (block.caption) out.push({ key: captionKey(block.key), kind: "anchor", labels: [block.caption] });
    if (block.labelHeader) out.push({ key: headerKey(block.key), kind: "anchor", labels: [block.labelHeader] });
    for (const row of block.rows) out.push({ key: row.key, kind: row.heading ? "heading" : "data", labels: [row.label ?? "", ...(row.aliases ?? [])] });
  }
  return out;
}

/** Table A's row labels are common words: two of them need two more landmarks, or a third row. */
function acceptFor(list: readonly RowItem[]) {
  return (matches: readonly (RowMatch | null)[]): boolean => {
    let data = 0;
    let anchors = 0;
    matches.forEach((m, i) => {
      if (!m || m.fuzzy) return;
      if (list[i].kind === "anchor") anchors++;
      else data++;
    });
    return data >= 2 && data + anchors >= 4;
  };
}

const itemsOf = madeOncePerTable(items);

export function locateTableA(view: SheetView, format: FormatDef): Reading[] {
  const table = format.tables.find((t) => t.id === "A") as TableDef;
  const list = itemsOf(table);
  const readings: Reading[] = [];
  for (const inst of findRowTables(view, { items: list, accept: acceptFor(list) })) {
    const b = new ReadingBuilder(view, format.id, table.id);
    const found = new Map<string, RowMatch>();
    inst.matches.forEach((m, i) => m && found.set(list[i].key, m));

    // The label column: rows and `信息内容`, not captions (a caption typed into every merged
    // cell would pull the labels' edge into the value columns).
    let labelLeft = Infinity;
    let labelRight = -Infinity;
    for (const [key, m] of found) {
      if (key.startsWith("caption:")) continue;
      labelLeft = Math.min(labelLeft, m.col);
      labelRight = Math.max(labelRight, m.col);
    }
    if (!Number.isFinite(labelRight)) continue;
    const allRows: number[] = [];
    for (let r = inst.top; r <= inst.bottom; r++) allRows.push(r);
    const tableRight = extentRight(view, allRows, labelRight + 1, labelRight + 10);

    let matched = 0;
    let total = list.length;
    for (const m of inst.matches) if (m && !m.fuzzy) matched++;
    let columnsFound = 0;
    let right = tableRight;
    let prevBottom = -1;
    for (const block of table.blocks) {
      const dataRows = block.rows.filter((r) => !r.heading && found.has(r.key)).map((r) => found.get(r.key) as RowMatch);
      const firstData = dataRows.length > 0 ? Math.min(...dataRows.map((m) => m.row)) : null;
      const caption = found.get(captionKey(block.key));
      const labelHeader = found.get(headerKey(block.key));
      let top = labelHeader?.row ?? (caption ? caption.row + 1 : firstData !== null ? firstData - 1 : null);
      const bottom = firstData !== null ? firstData - 1 : (labelHeader?.row ?? null);
      if (top !== null) top = Math.max(top, prevBottom + 1);
      const leaves = block.columns.filter((c) => !c.group);
      total += leaves.length;

      let headers: HeaderResult = { found: new Map(), missing: [...block.columns], extras: [] };
      if (top !== null && bottom !== null && top <= bottom && tableRight > labelRight)
        headers = resolveHeaders(view, block.columns, { top, bottom, left: labelRight + 1, right: tableRight });
      columnsFound += headers.found.size;
      for (const f of headers.found.values()) right = Math.max(right, f.end);

      const placed: Array<{ key: string; col: number }> = [];
      for (const column of leaves) {
        const f = headers.found.get(column.key);
        if (f) placed.push({ key: column.key, col: f.col });
      }
      for (const row of block.rows) {
        const m = found.get(row.key);
        if (!m || row.heading) continue;
        for (const p of placed) b.addCell(keyOf(row.key, p.key), m.row, p.col);
      }
      for (const column of leaves) {
        const f = headers.found.get(column.key);
        if (!f || !column.unit) continue;
        const stated = headerUnit(view.text(f.row, f.col));
        if (stated === null || stated === column.unit) continue;
        // Every value under this header is written in the stated unit.
        const under = block.rows.filter((r) => !r.heading && found.has(r.key)).map((r) => ({ key: keyOf(r.key, column.key), row: (found.get(r.key) as RowMatch).row }));
        const refs = [b.a1(f.row, f.col), ...under.map((u) => b.a1(u.row, f.col))];
        // Where the format fixes no unit, a money unit in the header is the table's declaration.
        const declared = column.unitFixed === false && isMoneyUnit(stated) && isMoneyUnit(column.unit);
        if (!declared) b.findings.add({ kind: "unit", subject: { kind: "column", label: column.label }, stated, expected: column.unit, cells: refs });
        for (const u of under) b.statedUnits[u.key] = stated;
      }
      const fallback = caption ?? labelHeader ?? { row: inst.top, col: labelLeft };
      reportMissingRows(b, block, block.rows, found, fallback);
      reportColumns(b, block, headers, labelHeader ?? fallback);
      for (const e of headers.extras) right = Math.max(right, e.col);

      const rowsOfBlock = [caption?.row, labelHeader?.row, ...dataRows.map((m) => m.row)].filter((r): r is number => r !== undefined);
      if (rowsOfBlock.length) prevBottom = Math.max(prevBottom, ...rowsOfBlock);
    }
    // Words such as 规章 and 行政许可 without a single column header are not Table A.
    if (columnsFound === 0) continue;
    matched += columnsFound;
    readings.push(b.finish({ top: inst.top, left: Math.min(labelLeft, inst.left), bottom: inst.bottom, right }, 2 * matched - total));
  }
  return readings;
}

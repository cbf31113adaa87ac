/**
 * Table A (二、主动公开政府信息情况): small blocks, each a caption row (`第二十条第（一）项`), a
 * header row (`信息内容` and the block's columns) and data rows. Captions and `信息内容` are
 * landmarks that help find the rows; each block's columns are read from the rows between its
 * caption and its first data row.
 */
import type { BlockDef, ColumnDef, FormatDef, RowDef, TableDef } from "../formats/model";
import { keyOf, ReadingBuilder, type Reading } from "./candidate";
import { extentRight, resolveHeaders, type FoundColumn, type HeaderResult } from "./headers";
import { findRowTables, madeOncePerTable, type RowInstance, type RowItem, type RowMatch } from "./rows";
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
    const reading = readInstance(view, format, table, list, inst);
    if (reading) readings.push(reading);
  }
  return readings;
}

/**
 * Where one instance's blocks are, and what reading them adds up. One object of one shape per
 * instance: the per-block step below stays small and monomorphic, so the engine compiles it once
 * (as one function the whole reading was compiled again and again, a quarter of a second each).
 */
class InstanceScan {
  /** The rightmost column of the table so far. */
  right: number;
  /** The last row of the blocks read so far: a block's header starts below it. */
  prevBottom = -1;
  columnsFound = 0;
  /** Rows and columns expected; matched against found ones for the reading's score. */
  total: number;

  constructor(
    readonly found: ReadonlyMap<string, RowMatch>,
    readonly inst: RowInstance,
    readonly labelLeft: number,
    readonly labelRight: number,
    readonly tableRight: number,
    items: number,
  ) {
    this.right = tableRight;
    this.total = items;
  }
}

function readInstance(view: SheetView, format: FormatDef, table: TableDef, list: readonly RowItem[], inst: RowInstance): Reading | null {
  const b = new ReadingBuilder(view, format.id, table.id);
  const found = new Map<string, RowMatch>();
  let matched = 0;
  for (let i = 0; i < inst.matches.length; i++) {
    const m = inst.matches[i];
    if (!m) continue;
    found.set(list[i].key, m);
    if (!m.fuzzy) matched++;
  }

  // The label column: rows and `信息内容`, not captions (a caption typed into every merged
  // cell would pull the labels' edge into the value columns).
  let labelLeft = Infinity;
  let labelRight = -Infinity;
  for (const [key, m] of found) {
    if (key.startsWith("caption:")) continue;
    if (m.col < labelLeft) labelLeft = m.col;
    if (m.col > labelRight) labelRight = m.col;
  }
  if (!Number.isFinite(labelRight)) return null;
  const allRows: number[] = [];
  for (let r = inst.top; r <= inst.bottom; r++) allRows.push(r);
  const tableRight = extentRight(view, allRows, labelRight + 1, labelRight + 10);

  const scan = new InstanceScan(found, inst, labelLeft, labelRight, tableRight, list.length);
  for (const block of table.blocks) readBlock(view, b, block, scan);
  // Words such as 规章 and 行政许可 without a single column header are not Table A.
  if (scan.columnsFound === 0) return null;
  matched += scan.columnsFound;
  return b.finish({ top: inst.top, left: Math.min(labelLeft, inst.left), bottom: inst.bottom, right: scan.right }, 2 * matched - scan.total);
}

/** The found data rows of a block, in the block's order, with their definitions. */
function dataRowsOf(block: BlockDef, found: ReadonlyMap<string, RowMatch>): { def: RowDef; match: RowMatch }[] {
  const out: { def: RowDef; match: RowMatch }[] = [];
  for (const def of block.rows) {
    if (def.heading) continue;
    const match = found.get(def.key);
    if (match) out.push({ def, match });
  }
  return out;
}

/** One block: its header rows, its cells, its units, and what it is missing. */
function readBlock(view: SheetView, b: ReadingBuilder, block: BlockDef, scan: InstanceScan): void {
  const { found, labelRight, tableRight } = scan;
  const dataRows = dataRowsOf(block, found);
  let firstData = Infinity;
  for (const d of dataRows) if (d.match.row < firstData) firstData = d.match.row;
  const hasData = dataRows.length > 0;
  const caption = found.get(captionKey(block.key));
  const labelHeader = found.get(headerKey(block.key));
  let top = labelHeader?.row ?? (caption ? caption.row + 1 : hasData ? firstData - 1 : null);
  const bottom = hasData ? firstData - 1 : (labelHeader?.row ?? null);
  if (top !== null) top = Math.max(top, scan.prevBottom + 1);
  const leaves = leavesOf(block);
  scan.total += leaves.length;

  const headers: HeaderResult =
    top !== null && bottom !== null && top <= bottom && tableRight > labelRight
      ? resolveHeaders(view, block.columns, { top, bottom, left: labelRight + 1, right: tableRight })
      : { found: new Map(), missing: [...block.columns], extras: [] };
  scan.columnsFound += headers.found.size;
  for (const f of headers.found.values()) if (f.end > scan.right) scan.right = f.end;

  const placed: { key: string; col: number }[] = [];
  for (const column of leaves) {
    const f = headers.found.get(column.key);
    if (f) placed.push({ key: column.key, col: f.col });
  }
  for (const d of dataRows) for (const p of placed) b.addCell(keyOf(d.def.key, p.key), d.match.row, p.col);
  for (const column of leaves) {
    const f = headers.found.get(column.key);
    if (f && column.unit) readUnit(view, b, column, f, dataRows);
  }
  const fallback = caption ?? labelHeader ?? { row: scan.inst.top, col: scan.labelLeft };
  reportMissingRows(b, block, block.rows, found, fallback);
  reportColumns(b, block, headers, labelHeader ?? fallback);
  for (const e of headers.extras) if (e.col > scan.right) scan.right = e.col;

  if (caption && caption.row > scan.prevBottom) scan.prevBottom = caption.row;
  if (labelHeader && labelHeader.row > scan.prevBottom) scan.prevBottom = labelHeader.row;
  for (const d of dataRows) if (d.match.row > scan.prevBottom) scan.prevBottom = d.match.row;
}

/** A unit stated in a column's header: every value under it is written in that unit. */
function readUnit(view: SheetView, b: ReadingBuilder, column: ColumnDef, f: FoundColumn, dataRows: readonly { def: RowDef; match: RowMatch }[]): void {
  const stated = headerUnit(view.text(f.row, f.col));
  if (stated === null || stated === column.unit) return;
  const refs = [b.a1(f.row, f.col)];
  for (const d of dataRows) refs.push(b.a1(d.match.row, f.col));
  // Where the format fixes no unit, a money unit in the header is the table's declaration.
  const declared = column.unitFixed === false && isMoneyUnit(stated) && isMoneyUnit(column.unit as string);
  if (!declared) b.findings.add({ kind: "unit", subject: { kind: "column", label: column.label }, stated, expected: column.unit as string, cells: refs });
  for (const d of dataRows) b.statedUnits[keyOf(d.def.key, column.key)] = stated;
}

/** A block's value columns (not group headers), made once per block. */
const leavesCache = new WeakMap<BlockDef, ColumnDef[]>();
function leavesOf(block: BlockDef): ColumnDef[] {
  let leaves = leavesCache.get(block);
  if (!leaves) leavesCache.set(block, (leaves = block.columns.filter((c) => !c.group)));
  return leaves;
}

/**
 * Table C (四、政府信息公开行政复议、行政诉讼情况): no row labels, fifteen columns under a
 * three-row header, one data row below it. Found from its group headers (`行政复议`, `行政诉讼`,
 * `未经复议直接起诉`, `复议后起诉`), each of which says where the header starts.
 */
import type { FormatId } from "../formats/model";
import { TABLE_C } from "../formats/national-common";
import { keyOf, ReadingBuilder, type Reading } from "./candidate";
import { extentRight, resolveHeaders } from "./headers";
import { reportColumns } from "./shape";
import { columnLabels, type Hit, type SheetView } from "./sheet-view";

const BLOCK = TABLE_C.blocks[0];
const ROW = BLOCK.rows[0];
const LEAVES = BLOCK.columns.filter((c) => !c.group);

/** Where each group header sits relative to the header's top-left (published layout). */
const GROUP_OFFSETS: ReadonlyArray<{ key: string; row: number; col: number }> = [
  { key: "review", row: 0, col: 0 },
  { key: "litigation", row: 0, col: 5 },
  { key: "direct", row: 1, col: 5 },
  { key: "afterReview", row: 1, col: 10 },
];

/** Fewer leaf headers than this is not Table C (a few words in some other table). */
const MIN_LEAVES = 6;

interface Anchor {
  hit: Hit;
  key: string;
  top: number;
  left: number;
}

/** Group headers on the sheet, one per merged (or repeated) run, with the origin each implies. */
function anchors(view: SheetView): Anchor[] {
  const out: Anchor[] = [];
  for (const g of GROUP_OFFSETS) {
    const def = BLOCK.columns.find((c) => c.key === g.key);
    if (!def) continue;
    for (const hit of view.find(columnLabels(def))) {
      if (hit.col > 0 && view.norm(hit.row, hit.col - 1) === view.norm(hit.row, hit.col)) continue;
      out.push({ hit, key: g.key, top: hit.row - g.row, left: hit.col - g.col });
    }
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Anchors that imply (nearly) the same origin belong to one table. */
function cluster(list: Anchor[]): Anchor[][] {
  const groups: Anchor[][] = [];
  for (const a of list) {
    const g = groups.find((grp) => grp.some((b) => Math.abs(b.top - a.top) <= 1 && Math.abs(b.left - a.left) <= 3));
    if (g) g.push(a);
    else groups.push([a]);
  }
  return groups;
}

export function locateTableC(view: SheetView, format: FormatId): Reading[] {
  const readings: Reading[] = [];
  for (const group of cluster(anchors(view))) {
    const review = group.find((a) => a.key === "review");
    const top = Math.max(0, Math.min(...group.map((a) => a.top)));
    const left = Math.max(0, review ? review.hit.col : Math.min(...group.map((a) => a.left)));
    const bottom = Math.min(view.height - 1, top + 3);
    const headerRows = [top, top + 1, top + 2, top + 3];
    const right = extentRight(view, headerRows, left, left + 24);
    if (right < left) continue;
    const headers = resolveHeaders(view, BLOCK.columns, { top, bottom, left, right });
    const leaves = LEAVES.filter((c) => headers.found.has(c.key));
    if (leaves.length < MIN_LEAVES) continue;

    // The data row is the first row under the header; a blank row between is tolerated.
    const lastHeader = Math.max(...[...headers.found.values()].map((f) => f.row));
    const cols = leaves.map((c) => (headers.found.get(c.key) as { col: number }).col);
    const hasValues = (r: number): boolean => cols.some((c) => !view.isBlank(r, c));
    const dataRow = !hasValues(lastHeader + 1) && hasValues(lastHeader + 2) ? lastHeader + 2 : lastHeader + 1;

    const b = new ReadingBuilder(view, format, "C");
    for (const column of leaves) {
      const f = headers.found.get(column.key) as { col: number };
      b.addCell(keyOf(ROW.key, column.key), dataRow, f.col);
    }
    reportColumns(b, BLOCK, headers, { row: top, col: left });

    // A hand-typed copy may carry a label column on the left (`数量`, `件数`).
    const labelled = left > 0 && [top, top + 1, top + 2, dataRow].some((r) => !view.isBlank(r, left - 1));
    let tableRight = left;
    for (const f of headers.found.values()) tableRight = Math.max(tableRight, f.end);
    for (const e of headers.extras) tableRight = Math.max(tableRight, e.col);
    readings.push(b.finish({ top, left: labelled ? left - 1 : left, bottom: dataRow, right: tableRight }, 0));
  }
  return readings;
}

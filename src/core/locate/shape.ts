/**
 * Findings about a table's shape that every table kind reports the same way: rows and columns
 * of the format that are not there, and columns that are not the format's. Each finding points
 * at the cell nearest to where the missing thing belongs, so selecting it shows the place.
 */
import type { BlockDef, RowDef } from "../formats/model";
import type { ReadingBuilder } from "./candidate";
import type { HeaderResult } from "./headers";

interface At {
  row: number;
  col: number;
}

/** Rows of the block (headings included) not found; `found` maps row keys to their label cells. */
export function reportMissingRows(b: ReadingBuilder, block: BlockDef, rows: readonly RowDef[], found: ReadonlyMap<string, At>, fallback: At): void {
  rows.forEach((row, i) => {
    if (found.has(row.key) || row.label === null) return;
    let near: At | undefined;
    for (let k = i - 1; k >= 0 && !near; k--) near = found.get(rows[k].key);
    for (let k = i + 1; k < rows.length && !near; k++) near = found.get(rows[k].key);
    const at = near ?? fallback;
    b.findings.add({ kind: "missing-row", block, row, cells: [b.a1(at.row, at.col)] });
  });
}

/** Missing columns (groups included) and extra columns of one block's header. */
export function reportColumns(b: ReadingBuilder, block: BlockDef, headers: HeaderResult, fallback: At): void {
  const order = block.columns;
  for (const column of headers.missing) {
    const i = order.indexOf(column);
    let near: At | undefined;
    for (let k = i - 1; k >= 0 && !near; k--) near = headers.found.get(order[k].key);
    for (let k = i + 1; k < order.length && !near; k++) near = headers.found.get(order[k].key);
    const at = near ?? fallback;
    b.findings.add({ kind: "missing-column", block, column, cells: [b.a1(at.row, at.col)] });
  }
  for (const extra of headers.extras) b.findings.add({ kind: "extra-column", text: extra.text, cells: [b.a1(extra.row, extra.col)] });
}

/**
 * An HTML table's cells placed on a grid as a browser places them (the HTML table model, cut to
 * what reports use): `colspan`/`rowspan` with the top-left cell holding the text and the covered
 * cells null, as Excel's `range.values` gives a merged area.
 */
import type { CellValue } from "../../core/types";

/** One `<td>`/`<th>` of a row, its text already read. */
export interface SourceCell {
  value: CellValue;
  colspan: number;
  /** 0: to the end of the row group (HTML). */
  rowspan: number;
}

/** The rows of one row group (`<thead>`, `<tbody>`, or bare `<tr>`s). */
export type RowGroup = SourceCell[][];

/** The HTML standard clamps colspan to 1000 and rowspan to 65534; no sheet is wider than Excel's. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65_534;
const MAX_COLUMNS = 16_384;

export function spanOf(raw: string | null, max: number, zeroAllowed: boolean): number {
  const n = raw === null ? NaN : parseInt(raw.trim(), 10);
  if (!Number.isFinite(n)) return 1;
  if (n === 0 && zeroAllowed) return 0;
  return Math.min(Math.max(n, 1), max);
}

export const colspanOf = (raw: string | null): number => spanOf(raw, MAX_COLSPAN, false);
export const rowspanOf = (raw: string | null): number => spanOf(raw, MAX_ROWSPAN, true);

interface Placed {
  row: number;
  col: number;
  value: CellValue;
}

export type LaidOut = { ok: true; values: CellValue[][] } | { ok: false; area: number };

/**
 * Place the cells. Rowspans end with their row group, as in a browser. A table whose rectangle
 * would exceed `maxArea` is not laid out (`ok: false`), so a hostile span costs no memory.
 */
export function layOut(groups: readonly RowGroup[], maxArea: number): LaidOut {
  const placed: Placed[] = [];
  let rowBase = 0;
  let width = 0;
  for (const rows of groups) {
    // Rows still covered in each column by a rowspan from above, within this group.
    const coveredUntil: number[] = [];
    rows.forEach((cells, r) => {
      let col = 0;
      for (const cell of cells) {
        while ((coveredUntil[col] ?? -1) >= r) col++;
        if (col >= MAX_COLUMNS) break;
        const colspan = Math.min(cell.colspan, MAX_COLUMNS - col);
        const lastRow = cell.rowspan === 0 ? rows.length - 1 : Math.min(r + cell.rowspan - 1, rows.length - 1);
        for (let c = col; c < col + colspan; c++) coveredUntil[c] = lastRow;
        if (cell.value !== null) placed.push({ row: rowBase + r, col, value: cell.value });
        col += colspan;
        width = Math.max(width, col);
      }
    });
    rowBase += rows.length;
  }
  const area = rowBase * width;
  if (area > maxArea) return { ok: false, area };
  const values: CellValue[][] = [];
  for (let r = 0; r < rowBase; r++) values.push(new Array<CellValue>(width).fill(null));
  for (const p of placed) values[p.row][p.col] = p.value;
  return { ok: true, values };
}

/** Spacer rows and columns (nothing in them) dropped, as a document table is presented. */
export function dropEmpty(values: CellValue[][]): CellValue[][] {
  const rows = values.filter((row) => row.some((v) => v !== null));
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  const keepCol: boolean[] = [];
  for (let c = 0; c < width; c++) keepCol.push(rows.some((row) => row[c] !== null && row[c] !== undefined));
  return rows.map((row) => row.filter((_, c) => keepCol[c]));
}

/** Finding a transcribed cell (table, group, row label, column label) in a grid the reader gave. */
import { normalizeLabel } from "../../../src/core/normalize";
import type { CellValue, SheetGrid } from "../../../src/core/types";
import type { ReadBook } from "../../../src/readers";

export interface TranscribedCell {
  table: string;
  group: string;
  row: string;
  col: string;
  value: string;
}

const MARKERS: Record<string, string> = { A: "本年制发件数", B: "本年新收政府信息公开申请数量", C: "复议后起诉" };

const norm = (v: CellValue): string => (typeof v === "string" ? normalizeLabel(v) : "");

export function findSheet(book: ReadBook, table: string): SheetGrid {
  const marker = normalizeLabel(MARKERS[table]);
  const sheet = book.sheets.find((s) => s.grid.values.some((row) => row.some((v) => norm(v).includes(marker))));
  if (!sheet) throw new Error(`no sheet holds Table ${table}`);
  return sheet.grid;
}

/** Columns under a header cell: its own and those to its right left null in its row (merged). */
function spanOf(values: CellValue[][], r: number, c: number): [number, number] {
  let end = c;
  while (end + 1 < values[r].length && values[r][end + 1] === null) end++;
  return [c, end];
}

/** Where in rows [0, before) a label sits, the nearest row first; the column span it heads. */
function header(values: CellValue[][], label: string, before: number, within: [number, number]): { row: number; span: [number, number] } | null {
  const want = normalizeLabel(label);
  for (let r = before - 1; r >= 0; r--) {
    for (let c = within[0]; c <= within[1]; c++) if (norm(values[r][c]) === want) return { row: r, span: spanOf(values, r, c) };
  }
  return null;
}

/** The value printed at a transcribed cell's row and column, as a string; undefined when not found. */
export function findCell(grid: SheetGrid, cell: TranscribedCell): string | undefined {
  const { values } = grid;
  const width = values[0].length;
  if (cell.row === "") {
    // Table C: one row of numbers under a two- or three-level header.
    let span: [number, number] = [0, width - 1];
    let below = values.length;
    const path = [...cell.group.split("/").map((s) => s.trim()), cell.col];
    const rows: number[] = [];
    for (const label of path) {
      let found: { row: number; span: [number, number] } | null = null;
      for (let r = 0; r < values.length && !found; r++) {
        if (rows.length > 0 && r <= rows[rows.length - 1]) continue;
        for (let c = span[0]; c <= span[1]; c++) if (norm(values[r][c]) === normalizeLabel(label)) found = { row: r, span: spanOf(values, r, c) };
      }
      if (!found) return undefined;
      rows.push(found.row);
      span = found.span;
    }
    below = rows[rows.length - 1];
    const dataRow = values.findIndex((row, r) => r > below && typeof row[span[0]] === "number");
    return dataRow < 0 ? undefined : String(values[dataRow][span[0]]);
  }
  const row = values.findIndex((r) => r.some((v) => norm(v) === normalizeLabel(cell.row)));
  if (row < 0) return undefined;
  const col = header(values, cell.col, row, [0, width - 1]);
  if (!col) return undefined;
  const v = values[row][col.span[0]];
  return v === null ? undefined : String(v);
}

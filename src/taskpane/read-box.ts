/**
 * How much of a sheet a check reads. Statistics tables sit near the top-left of a sheet; a
 * department's data sheets below or beside them can hold hundreds of thousands of cells, which
 * would make every edit slow (and Excel on the web refuses requests over 5 MB). So a check reads
 * rows 1…6000 and columns A…AZ of a sheet — 312,000 cells at most — and the pane names the sheets
 * it cut.
 */
import type { SheetGrid } from "../core/types";
import type { ReadBox, SheetsRead } from "../host/workbook-host";

export const READ_BOX: ReadBox = { rows: 6000, cols: 52 };

export type CutSheet = SheetsRead["cut"][number];

function width(values: readonly unknown[][]): number {
  let w = 0;
  for (const row of values) if (row.length > w) w = row.length;
  return w;
}

/**
 * The part of `grid` inside `box` (the same object when all of it is), and the grid's extent
 * from A1 when it reaches beyond the box.
 */
export function cutToBox(grid: SheetGrid, box: ReadBox): { grid: SheetGrid; cut: CutSheet | null } {
  const rows = grid.originRow + grid.values.length;
  const cols = grid.originCol + width(grid.values);
  if (rows <= box.rows && cols <= box.cols) return { grid, cut: null };
  const keepRows = Math.max(0, box.rows - grid.originRow);
  const keepCols = Math.max(0, box.cols - grid.originCol);
  const values = grid.values.slice(0, keepRows).map((row) => (row.length > keepCols ? row.slice(0, keepCols) : row));
  return { grid: { ...grid, values }, cut: { sheet: grid.name, rows, cols } };
}

/** `readSome` over a host's full grids (the preview, tests): the same answer Excel's gives. */
export function readSomeOf(all: readonly SheetGrid[], names: readonly string[] | null, box: ReadBox): SheetsRead {
  const wanted = names === null ? null : new Set(names);
  const out: SheetsRead = { names: all.map((s) => s.name), grids: [], cut: [] };
  for (const sheet of all) {
    if (wanted && !wanted.has(sheet.name)) continue;
    const { grid, cut } = cutToBox(sheet, box);
    out.grids.push(grid);
    if (cut) out.cut.push(cut);
  }
  return out;
}

/**
 * Located tables for the narrative tests, built directly (no locator): every data cell of a
 * format's table laid out on a sheet — label in the first column, values to its right — with the
 * grid that holds them, so the text checks see the tables' labels too and must ignore them.
 */
import { FORMATS } from "../../src/core/formats";
import { dataColumns, dataRows } from "../../src/core/formats/derive";
import type { CellKey, FormatId, TableId } from "../../src/core/formats/model";
import { rangeA1 } from "../../src/core/address";
import type { LocatedTable } from "../../src/core/located";
import type { CellPos, CellValue, SheetGrid } from "../../src/core/types";

export type Overrides = Partial<Record<TableId, Record<CellKey, CellValue>>>;

export interface BuiltWorkbook {
  tables: LocatedTable[];
  /** The sheet holding the tables (named `统计表` unless told otherwise). */
  sheet: SheetGrid;
}

export interface BuildOptions {
  sheet?: string;
  /** Value of every cell not overridden; default 0. */
  fill?: CellValue;
  /** Leave these tables out (as if the locator did not find them). */
  without?: TableId[];
  /** Year the locator would have read; default the `year` argument. */
  locatedYear?: number | null;
  /** Write a title row `YYYY年度政府信息公开工作情况统计表` above the first table. */
  title?: string;
}

/** All tables of `format`, every cell `fill` (0) unless overridden, stacked on one sheet. */
export function buildTables(format: FormatId, year: number, overrides: Overrides = {}, options: BuildOptions = {}): BuiltWorkbook {
  const sheetName = options.sheet ?? "统计表";
  const fill = options.fill === undefined ? 0 : options.fill;
  const grid: CellValue[][] = [];
  const put = (pos: CellPos, value: CellValue): void => {
    while (grid.length <= pos.row) grid.push([]);
    const row = grid[pos.row];
    while (row.length <= pos.col) row.push(null);
    row[pos.col] = value;
  };
  if (options.title) put({ row: 0, col: 0 }, options.title);
  let nextRow = grid.length + 1;
  const tables: LocatedTable[] = [];
  for (const def of FORMATS[format].tables) {
    if (options.without?.includes(def.id)) continue;
    const start: CellPos = { row: nextRow, col: 0 };
    const cells: Record<CellKey, CellPos> = {};
    const values: Record<CellKey, CellValue> = {};
    let maxCol = 0;
    for (const block of def.blocks) {
      const columns = dataColumns(block);
      for (const row of dataRows(block)) {
        put({ row: nextRow, col: 0 }, row.label ?? "");
        columns.forEach((column, i) => {
          const key = `${row.key}|${column.key}`;
          const own = overrides[def.id];
          const value = own && key in own ? own[key] : fill;
          const pos = { row: nextRow, col: 1 + i };
          cells[key] = pos;
          values[key] = value;
          put(pos, value);
          maxCol = Math.max(maxCol, pos.col);
        });
        nextRow++;
      }
    }
    tables.push({
      format,
      table: def.id,
      sheet: sheetName,
      range: rangeA1(start, { row: nextRow - 1, col: maxCol }),
      year: options.locatedYear === undefined ? year : options.locatedYear,
      cells,
      values,
      findings: [],
    });
    nextRow += 2;
  }
  return { tables, sheet: { name: sheetName, values: grid, originRow: 0, originCol: 0 } };
}

/** A sheet of prose: one line per cell down column A (or all of it in A1 when `oneCell`). */
export function proseSheet(name: string, lines: readonly string[], oneCell = false): SheetGrid {
  const values: CellValue[][] = oneCell ? [[lines.join("\n")]] : lines.map((l) => [l]);
  return { name, values, originRow: 0, originCol: 0 };
}

/** The A1 address where `proseSheet` put line `i` (0-based). */
export const lineCell = (i: number): string => `A${i + 1}`;

/**
 * Build a `LocatedTable` without the locator: the format's value cells laid out where a real sheet
 * would have them (title row, header rows, label columns), so findings carry real A1 references.
 */
import { dataColumns } from "../../src/core/formats/derive";
import { FORMATS } from "../../src/core/formats";
import type { BlockDef, CellKey, FormatId, TableDef, TableId } from "../../src/core/formats/model";
import type { LocatedTable } from "../../src/core/located";
import { rangeA1, toA1 } from "../../src/core/address";
import type { CellPos, CellValue } from "../../src/core/types";

export interface MakeTableOptions {
  /** Value of every cell not given in `values` (default: blank). */
  fill?: CellValue;
  /** Row keys whose cells the "locator" did not find. */
  omitRows?: readonly string[];
  /** Single cell keys the "locator" did not find. */
  omitCells?: readonly CellKey[];
  sheet?: string;
  year?: number | null;
}

export function tableDefOf(format: FormatId, table: TableId): TableDef {
  const def = FORMATS[format].tables.find((t) => t.id === table);
  if (!def) throw new Error(`no table ${table} in ${format}`);
  return def;
}

/** Label columns left of the values: Table B's corner spans 3; legacy has label and 单位. */
const LABEL_COLUMNS: Record<TableId, number> = { L: 2, A: 1, B: 3, C: 0 };

/** Header rows a block needs: one per level of column grouping. */
function headerRows(block: BlockDef): number {
  const depth = (key: string | undefined): number => {
    let d = 0;
    while (key) {
      d++;
      key = block.columns.find((c) => c.key === key)?.parent;
    }
    return d;
  };
  return Math.max(...dataColumns(block).map((c) => depth(c.key)));
}

/** Sheet positions of every value cell of a table, starting two rows below a title in row 1. */
export function layout(format: FormatId, table: TableId): Map<CellKey, CellPos> {
  const def = tableDefOf(format, table);
  const out = new Map<CellKey, CellPos>();
  let row = 2;
  const firstValueCol = LABEL_COLUMNS[table];
  for (const block of def.blocks) {
    if (block.caption) row++;
    row += headerRows(block);
    for (const r of block.rows) {
      if (!r.heading) {
        dataColumns(block).forEach((c, i) => out.set(`${r.key}|${c.key}`, { row, col: firstValueCol + i }));
      }
      row++;
    }
  }
  return out;
}

/** A located table holding `values` (cell key → raw value); other cells get `options.fill`. */
export function makeTable(format: FormatId, table: TableId, values: Readonly<Record<CellKey, CellValue>> = {}, options: MakeTableOptions = {}): LocatedTable {
  const positions = layout(format, table);
  for (const key of Object.keys(values)) {
    if (!positions.has(key)) throw new Error(`${format} table ${table} has no cell ${key}`);
  }
  const omitRows = new Set(options.omitRows ?? []);
  const omitCells = new Set(options.omitCells ?? []);
  const cells: Record<CellKey, CellPos> = {};
  const vals: Record<CellKey, CellValue> = {};
  let maxRow = 0;
  let maxCol = 0;
  for (const [key, pos] of positions) {
    maxRow = Math.max(maxRow, pos.row);
    maxCol = Math.max(maxCol, pos.col);
    if (omitRows.has(key.split("|")[0]) || omitCells.has(key)) continue;
    cells[key] = pos;
    vals[key] = key in values ? values[key] : (options.fill ?? null);
  }
  return {
    format,
    table,
    sheet: options.sheet ?? (table === "L" ? "统计表" : `表${{ A: "二", B: "三", C: "四", L: "" }[table]}`),
    range: rangeA1({ row: 0, col: 0 }, { row: maxRow, col: maxCol }),
    year: options.year === undefined ? null : options.year,
    cells,
    values: vals,
    findings: [],
  };
}

/** The A1 reference the helper puts a cell at. */
export function refOf(format: FormatId, table: TableId, key: CellKey): string {
  const pos = layout(format, table).get(key);
  if (!pos) throw new Error(`${format} table ${table} has no cell ${key}`);
  return toA1(pos);
}

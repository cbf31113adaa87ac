/**
 * Reading the numbers a statement speaks for out of the located tables. A statement needs every
 * one of its cells as a number: a blank cell is not zero, an unreadable one is not a number, and a
 * row the locator did not find is not there — each leaves the statement ungenerated, and says so.
 */
import { toA1 } from "../address";
import { readCell } from "../cells";
import { dataCells } from "../formats/derive";
import { FORMATS } from "../formats";
import type { CellKey, FormatId, TableDef, TableId, ValueKind } from "../formats/model";
import type { LocatedTable } from "../located";
import type { BasisEntry } from "./types";

/** The located table of that id, preferring the given format and year when several were found. */
export function findTable(tables: readonly LocatedTable[], id: TableId, format?: FormatId, year?: number | null): LocatedTable | undefined {
  const candidates = tables.filter((t) => t.table === id && (format === undefined || t.format === format));
  return candidates.find((t) => year != null && t.year === year) ?? candidates[0];
}

export function tableDef(format: FormatId, id: TableId): TableDef | undefined {
  return FORMATS[format].tables.find((t) => t.id === id);
}

const kindCache = new Map<TableDef, Map<CellKey, ValueKind>>();

/** What a cell of the table may hold (count, signed, money). */
export function kindOf(def: TableDef, key: CellKey): ValueKind {
  let kinds = kindCache.get(def);
  if (!kinds) {
    kinds = new Map(dataCells(def).map((c) => [c.key, c.kind]));
    kindCache.set(def, kinds);
  }
  return kinds.get(key) ?? "count";
}

/** One cell, as a statement sees it. */
export type CellState =
  | { status: "value"; value: number; cell: string }
  | { status: "blank"; cell: string }
  | { status: "invalid"; cell: string }
  /** The locator did not find the row or column. */
  | { status: "missing" };

const unitFixedCache = new Map<TableDef, Set<CellKey>>();

/** Cells of money columns whose format fixes no unit (2019's 采购总金额). */
function unitFree(def: TableDef, key: CellKey): boolean {
  let free = unitFixedCache.get(def);
  if (!free) {
    free = new Set(
      dataCells(def)
        .filter((c) => c.column.unitFixed === false)
        .map((c) => c.key),
    );
    unitFixedCache.set(def, free);
  }
  return free.has(key);
}

/**
 * One cell, read as the checker reads it (check.ts): a money cell whose table states 元 where the
 * format fixes 万元 (a legacy 单位 cell, a header) holds 元 and is given in 万元; where the format
 * fixes no unit, the table's declared unit is kept.
 */
export function readKey(table: LocatedTable, key: CellKey): CellState {
  const pos = table.cells[key];
  if (!pos) return { status: "missing" };
  const cell = toA1(pos);
  const def = tableDef(table.format, table.table);
  const kind = def ? kindOf(def, key) : "count";
  // Only money cells look at the stated units (the pane's text cache notes what a check reads).
  const stated = kind === "money" ? table.statedUnits?.[key] : undefined;
  const declared = kind === "money" && def !== undefined && stated !== undefined && unitFree(def, key);
  const reading = readCell(table.values[key] ?? null, kind, declared ? stated : undefined);
  if (reading.status !== "value") return { status: reading.status, cell };
  const inYuan = !declared && kind === "money" && stated === "元" && !reading.note;
  return { status: "value", value: inYuan ? reading.value / 10000 : reading.value, cell };
}

/** Every cell a statement needs, read at once. */
export interface Gathered {
  table: LocatedTable;
  /** Values of the readable cells. */
  values: Map<CellKey, number>;
  /** One entry per readable cell, in the order asked. */
  basis: BasisEntry[];
  blank: { key: CellKey; cell: string }[];
  invalid: { key: CellKey; cell: string }[];
  missing: CellKey[];
}

export function gather(table: LocatedTable, keys: readonly CellKey[]): Gathered {
  const out: Gathered = { table, values: new Map(), basis: [], blank: [], invalid: [], missing: [] };
  for (const key of keys) {
    const state = readKey(table, key);
    switch (state.status) {
      case "value":
        out.values.set(key, state.value);
        out.basis.push({ source: table.table, key, value: state.value, sheet: table.sheet, cell: state.cell });
        break;
      case "blank":
        out.blank.push({ key, cell: state.cell });
        break;
      case "invalid":
        out.invalid.push({ key, cell: state.cell });
        break;
      case "missing":
        out.missing.push(key);
        break;
    }
  }
  return out;
}

/** True when every asked cell was read as a number. */
export const complete = (g: Gathered): boolean => g.blank.length === 0 && g.invalid.length === 0 && g.missing.length === 0;

/** The value of a gathered cell; only call after `complete`. */
export function valueOf(g: Gathered, key: CellKey): number {
  const v = g.values.get(key);
  if (v === undefined) throw new Error(`cell ${key} was not gathered`);
  return v;
}

/** Σ of gathered cells. */
export const sumOf = (g: Gathered, keys: readonly CellKey[]): number => keys.reduce((s, k) => s + valueOf(g, k), 0);

/** Money compares with the tolerance of its decimals; counts are whole. */
export const isZero = (n: number): boolean => Math.abs(n) < 1e-9;

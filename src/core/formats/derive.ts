/**
 * From a table's definition to the concrete rules the checker evaluates: the sums that follow
 * from the hierarchy (parent = Σ parts, 其中 ≤ parent, total row/column = Σ data under its parent),
 * plus the table's listed rules, expanded over columns where they say `perColumn`.
 */
import type { Severity } from "../types";
import { cellKey, type BlockDef, type CellKey, type ColumnDef, type RowDef, type TableDef, type ValueKind } from "./model";

/** A value cell of a table, with what it may hold. */
export interface DataCell {
  key: CellKey;
  block: string;
  row: RowDef;
  column: ColumnDef;
  kind: ValueKind;
}

/** A rule with concrete cells, ready to evaluate. */
export type ConcreteRule =
  | {
      kind: "sum";
      id: string;
      severity: Severity;
      /** Severity when the parts add up to less than the total, if different. */
      short?: Severity;
      table: string;
      total: CellKey;
      parts: CellKey[];
    }
  | {
      kind: "compare";
      id: string;
      severity: Severity;
      table: string;
      left: CellKey[];
      op: "=" | "<=" | ">=";
      right: CellKey[];
      text: string;
    }
  | {
      kind: "whenZeroThenZero" | "whenPositiveThenPositive";
      id: string;
      severity: Severity;
      table: string;
      when: CellKey[];
      then: CellKey[];
      text: string;
    }
  | {
      kind: "limit";
      id: string;
      severity: Severity;
      table: string;
      cells: CellKey[];
      atLeast: number;
      text: string;
    };

export const dataRows = (block: BlockDef): RowDef[] => block.rows.filter((r) => !r.heading);
export const dataColumns = (block: BlockDef): ColumnDef[] => block.columns.filter((c) => !c.group);

/** Format data never changes: derived lists are made once per table definition. */
const cellsCache = new WeakMap<TableDef, readonly DataCell[]>();
const rulesCache = new WeakMap<TableDef, readonly ConcreteRule[]>();

/** Every value cell of a table, block by block, row by row (made once per table). */
export function dataCells(table: TableDef): readonly DataCell[] {
  let cells = cellsCache.get(table);
  if (!cells) cellsCache.set(table, (cells = Object.freeze(makeDataCells(table))));
  return cells;
}

function makeDataCells(table: TableDef): DataCell[] {
  const out: DataCell[] = [];
  for (const block of table.blocks) {
    for (const row of dataRows(block)) {
      for (const column of dataColumns(block)) {
        out.push({
          key: cellKey(row.key, column.key),
          block: block.key,
          row,
          column,
          kind: column.kind ?? row.kind ?? "count",
        });
      }
    }
  }
  return out;
}

/** Data items (rows or columns) under `parentKey`, at any depth, that are not totals. */
function dataDescendants<T extends { key: string; parent?: string; role?: string }>(items: readonly T[], parentKey: string, isData: (item: T) => boolean): T[] {
  const out: T[] = [];
  const walk = (key: string): void => {
    for (const item of items) {
      if (item.parent !== key) continue;
      if (isData(item)) {
        if (item.role !== "total") out.push(item);
      } else walk(item.key);
    }
  };
  walk(parentKey);
  return out;
}

/** Sums over rows, evaluated in every data column of the block. */
function rowSums(table: TableDef, block: BlockDef): ConcreteRule[] {
  const rules: ConcreteRule[] = [];
  const isData = (r: RowDef): boolean => !r.heading;
  for (const row of dataRows(block)) {
    let parts: RowDef[] = [];
    let id: string;
    let severity: Severity = "error";
    let short: Severity | undefined;
    if (row.role === "total" && row.parent) {
      parts = dataDescendants(block.rows, row.parent, isData);
      id = row.ruleId ?? `${table.id}-total-${row.key}`;
    } else {
      parts = block.rows.filter((r) => r.parent === row.key && r.role === "part");
      id = row.sumRule?.id ?? `${table.id}-sum-${row.key}`;
      severity = row.sumRule?.severity ?? "error";
      short = row.sumRule?.short;
    }
    if (parts.length === 0) continue;
    for (const column of dataColumns(block)) {
      rules.push({
        kind: "sum",
        id,
        severity,
        ...(short ? { short } : {}),
        table: table.id,
        total: cellKey(row.key, column.key),
        parts: parts.map((p) => cellKey(p.key, column.key)),
      });
    }
  }
  return rules;
}

/** 其中 rows: at most their parent, in every column. */
function subsets(table: TableDef, block: BlockDef): ConcreteRule[] {
  const rules: ConcreteRule[] = [];
  for (const row of dataRows(block)) {
    if (row.role !== "subset" || !row.parent) continue;
    for (const column of dataColumns(block)) {
      rules.push({
        kind: "compare",
        id: `${table.id}-subset-${row.key}`,
        severity: "error",
        table: table.id,
        left: [cellKey(row.key, column.key)],
        op: "<=",
        right: [cellKey(row.parent, column.key)],
        text: "“其中”项不能大于其所属项",
      });
    }
  }
  return rules;
}

/** Total columns (Table B's 总计, Table C's three 总计), in every data row. */
function columnSums(table: TableDef, block: BlockDef): ConcreteRule[] {
  const rules: ConcreteRule[] = [];
  const isData = (c: ColumnDef): boolean => !c.group;
  for (const column of dataColumns(block)) {
    if (column.role !== "total" || !column.parent) continue;
    const parts = dataDescendants(block.columns, column.parent, isData);
    for (const row of dataRows(block)) {
      rules.push({
        kind: "sum",
        id: column.ruleId ?? `${table.id}-total-${column.key}`,
        severity: "error",
        table: table.id,
        total: cellKey(row.key, column.key),
        parts: parts.map((p) => cellKey(row.key, p.key)),
      });
    }
  }
  return rules;
}

/** The table's listed rules, with `perColumn` ones expanded over the first block's columns. */
function listedRules(table: TableDef): ConcreteRule[] {
  const rules: ConcreteRule[] = [];
  const columns = dataColumns(table.blocks[0]);
  for (const def of table.rules) {
    const expansions: Array<(k: CellKey) => CellKey> = def.perColumn ? columns.map((c) => (row: CellKey) => cellKey(row, c.key)) : [(k: CellKey) => k];
    for (const at of expansions) {
      const base = { id: def.id, severity: def.severity, table: table.id, text: def.text };
      switch (def.kind) {
        case "compare":
          rules.push({ ...base, kind: "compare", left: def.left.map(at), op: def.op, right: def.right.map(at) });
          break;
        case "whenZeroThenZero":
        case "whenPositiveThenPositive":
          rules.push({ ...base, kind: def.kind, when: def.when.map(at), then: def.then.map(at) });
          break;
        case "limit":
          rules.push({ ...base, kind: "limit", cells: def.cells.map(at), atLeast: def.atLeast });
          break;
      }
    }
  }
  return rules;
}

/**
 * Every rule of a table, with concrete cells. Deterministic order: sums, subsets, listed. Made
 * once per table definition: the checker asks for them on every keystroke.
 */
export function deriveRules(table: TableDef): readonly ConcreteRule[] {
  let rules = rulesCache.get(table);
  if (!rules) rulesCache.set(table, (rules = Object.freeze(makeRules(table))));
  return rules;
}

function makeRules(table: TableDef): ConcreteRule[] {
  const out: ConcreteRule[] = [];
  for (const block of table.blocks) {
    out.push(...rowSums(table, block), ...columnSums(table, block), ...subsets(table, block));
  }
  out.push(...listedRules(table));
  return out;
}

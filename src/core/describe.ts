/**
 * Chinese names for messages: of a table (`表三（收到和处理政府信息公开申请情况）`), of a value cell
 * (`（七）总计（自然人）`, `行政复议·总计`, `规章·本年制发件数`) and of a group of cells that a rule
 * adds up (`第一项加第二项之和`). Also how numbers are written in messages: plainly, no float noise.
 */
import { FORMATS } from "./formats";
import { dataColumns, dataRows } from "./formats/derive";
import type { BlockDef, CellKey, ColumnDef, FormatId, RowDef, TableDef, TableId } from "./formats/model";

/** A number as a person writes it: `5`, `0.35`, `-3`; at most six decimals, no `0.30000000000000004`. */
export function formatNumber(n: number): string {
  // Whole numbers (nearly every count) print as they are: `toFixed` would give the same digits.
  if (Number.isSafeInteger(n)) return String(n);
  if (!Number.isFinite(n)) return String(n);
  const rounded = Number(n.toFixed(6));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** The definition of a table of a format; throws on a combination no format has (a programming error). */
export function tableDef(format: FormatId, table: TableId): TableDef {
  const def = FORMATS[format].tables.find((t) => t.id === table);
  if (!def) throw new Error(`format ${format} has no table ${table}`);
  return def;
}

/** Sections 二, 三 and 四 of the national formats hold tables A, B and C. */
const TABLE_NUMERALS: Readonly<Record<TableId, string>> = { L: "", A: "二", B: "三", C: "四" };

/** `表三`, or `统计表` for the single legacy table. */
export function tableShortName(table: TableId): string {
  return table === "L" ? "统计表" : `表${TABLE_NUMERALS[table]}`;
}

/** `表三（收到和处理政府信息公开申请情况）`, or `统计表` for the single legacy table. */
export function tableName(format: FormatId, table: TableId): string {
  if (table === "L") return "统计表";
  const title = tableDef(format, table).title.replace(/^[一二三四五六七八九十]+、/, "");
  return `${tableShortName(table)}（${title}）`;
}

/**
 * A label without its trailing parenthetical remarks, which are instructions to the filer rather
 * than part of the name: `（二）部分公开（区分处理的，…）` → `（二）部分公开`,
 * `本年收费金额（单位：万元）` → `本年收费金额`. Leading numbering such as `（一）` stays.
 */
export function withoutRemarks(label: string): string {
  let s = label.trim();
  for (;;) {
    const m = /[（(][^（()）]*[）)]$/.exec(s);
    if (!m) return s;
    const rest = s.slice(0, m.index);
    // Nothing but numbering would be left (`（三）` alone): keep the label as it is.
    if (/^[（(]?[一二三四五六七八九十\d]*[）)]?$/.test(rest)) return s;
    s = rest;
  }
}

interface Located {
  block: BlockDef;
  row: RowDef;
  column: ColumnDef;
}

/** Where a cell key points in a table's definition, or null for a key the table does not have. */
function locateKey(def: TableDef, key: CellKey): Located | null {
  const bar = key.indexOf("|");
  const rowKey = key.slice(0, bar);
  const columnKey = key.slice(bar + 1);
  for (const block of def.blocks) {
    const row = block.rows.find((r) => r.key === rowKey);
    if (!row) continue;
    const column = block.columns.find((c) => c.key === columnKey);
    return column ? { block, row, column } : null;
  }
  return null;
}

/**
 * A row's name: its label without remarks. A label the table repeats (legacy `（一）维持具体行政行为数`
 * under 四, 五 and 六) also names its parent; so does a numbered sub-item of Table B, where `1.…`
 * and `3.其他` make sense only under their heading (`（三）不予公开·1.属于国家秘密`).
 */
function rowName(def: TableDef, block: BlockDef, row: RowDef): string {
  const own = withoutRemarks(row.label ?? "");
  const repeated = block.rows.some((r) => r !== row && r.label !== null && withoutRemarks(r.label) === own);
  const numberedInB = def.id === "B" && /^\d+\./.test(own);
  if (!row.parent || !(repeated || numberedInB)) return own;
  const parent = block.rows.find((r) => r.key === row.parent);
  return parent?.label && (parent.heading || repeated) ? `${withoutRemarks(parent.label)}·${own}` : own;
}

/** A column's name with its groups: `行政诉讼·复议后起诉·尚未审结`; a top-level group is dropped in Table B. */
function columnPath(block: BlockDef, column: ColumnDef): string[] {
  const path: string[] = [withoutRemarks(column.label)];
  let parentKey = column.parent;
  while (parentKey) {
    const parent = block.columns.find((c) => c.key === parentKey);
    if (!parent) break;
    path.unshift(withoutRemarks(parent.label));
    parentKey = parent.parent;
  }
  return path;
}

/** Table B names its column in brackets after the row; every other table joins names with `·`. */
const BRACKETED: ReadonlySet<TableId> = new Set<TableId>(["B"]);

/** The column part of a Table B name: the column's own label (`商业企业`, `总计`). */
function bracketColumn(column: ColumnDef): string {
  return withoutRemarks(column.label);
}

/**
 * The Chinese name of a value cell: `（一）主动公开政府信息数` (legacy), `（七）总计（自然人）`,
 * `（三）不予公开·1.属于国家秘密（商业企业）` (Table B), `行政诉讼·复议后起诉·尚未审结` (Table C),
 * `规章·本年制发件数` (Table A). A key the table does not have is returned as it is.
 */
export function cellName(format: FormatId, table: TableId, key: CellKey): string {
  // Names depend only on the format data: cached, since messages ask for them on every check.
  const names = namesOf(format, table);
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = makeCellName(format, table, key)));
  return name;
}

/** Cell names by format, table and key: a few hundred cells per format, so never pruned. */
const nameCache = new Map<FormatId, Map<TableId, Map<CellKey, string>>>();
function namesOf(format: FormatId, table: TableId): Map<CellKey, string> {
  let byTable = nameCache.get(format);
  if (!byTable) nameCache.set(format, (byTable = new Map()));
  let names = byTable.get(table);
  if (!names) byTable.set(table, (names = new Map()));
  return names;
}

function makeCellName(format: FormatId, table: TableId, key: CellKey): string {
  const def = tableDef(format, table);
  const at = locateKey(def, key);
  if (!at) return key;
  const { block, row, column } = at;
  const single = dataColumns(block).length === 1 && !block.caption;
  if (row.label === null) return columnPath(block, column).join("·");
  const name = rowName(def, block, row);
  if (single) return name;
  if (BRACKETED.has(def.id)) return `${name}（${bracketColumn(column)}）`;
  return `${name}·${columnPath(block, column).join("·")}`;
}

/** Groups of rows that the printed tables name by their place (Table B's corner note). */
const ROW_PHRASES: ReadonlyArray<{ table: TableId; rows: readonly string[]; phrase: string }> = [
  { table: "B", rows: ["B1", "B2"], phrase: "第一项加第二项之和" },
  { table: "B", rows: ["B3.7", "B4"], phrase: "第三项加第四项之和" },
];

/** The longest prefix ending in `·` that every name shares (`行政许可·`), or "". */
function sharedPrefix(names: readonly string[]): string {
  let prefix = names[0].slice(0, names[0].lastIndexOf("·") + 1);
  while (prefix && !names.every((n) => n.startsWith(prefix))) {
    prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf("·") + 1);
  }
  return prefix;
}

/**
 * `A加B之和`, `A、B、C之和`, or `A至E共 5 项之和` for a run of consecutive cells. A prefix all names
 * share is said once: `行政许可·上一年项目数量加本年增/减之和`.
 */
function joinNames(full: string[], consecutive: boolean): string {
  if (full.length === 0) return "0";
  if (full.length === 1) return full[0];
  const prefix = sharedPrefix(full);
  const names = full.map((n, i) => (i === 0 ? n : n.slice(prefix.length)));
  if (names.length === 2) return `${names[0]}加${names[1]}之和`;
  if (names.length >= 4 && consecutive) return `${names[0]}至${names[names.length - 1]}共 ${names.length} 项之和`;
  return `${names.join("、")}之和`;
}

const orderCache = new WeakMap<TableDef, ReadonlyMap<CellKey, number>>();

/** Each value cell's place in the table's reading order (made once per table). */
function cellOrder(def: TableDef): ReadonlyMap<CellKey, number> {
  let order = orderCache.get(def);
  if (!order) {
    const made = new Map<CellKey, number>();
    let i = 0;
    for (const block of def.blocks) for (const row of dataRows(block)) for (const column of dataColumns(block)) made.set(`${row.key}|${column.key}`, i++);
    orderCache.set(def, (order = made));
  }
  return order;
}

/** What the sides of a rule are called; `prefix` names a column they all share (`（自然人）`). */
export interface SideNames {
  prefix: string;
  names: string[];
}

/**
 * Names for the operand lists of a rule (each list is a sum). When every cell lies in one column
 * of a Table B style table, the column is said once in front and the rows are named alone:
 * `（自然人）第一项加第二项之和`.
 */
export function sideNames(format: FormatId, table: TableId, sides: readonly (readonly CellKey[])[]): SideNames {
  // A pure function of the format data, asked again for the same rule on every report that fails it.
  const id = `${format}|${table}|${sides.map((keys) => keys.join("\u0001")).join("\u0002")}`;
  const known = sideCache.get(id);
  if (known) return { prefix: known.prefix, names: [...known.names] };
  const made = makeSideNames(format, table, sides);
  if (sideCache.size >= SIDE_CACHE_LIMIT) sideCache.clear();
  sideCache.set(id, { prefix: made.prefix, names: [...made.names] });
  return made;
}

/** Side names by format, table and operand lists; bounded, though rules name only so many sides. */
const sideCache = new Map<string, SideNames>();
const SIDE_CACHE_LIMIT = 5000;

function makeSideNames(format: FormatId, table: TableId, sides: readonly (readonly CellKey[])[]): SideNames {
  const def = tableDef(format, table);
  const order = cellOrder(def);
  const consecutive = (keys: readonly CellKey[]): boolean => keys.every((k, j) => j === 0 || (order.get(k) ?? NaN) === (order.get(keys[j - 1]) ?? NaN) + 1);

  const all = sides.flat();
  const located = all.map((k) => locateKey(def, k));
  const columns = new Set(located.map((l) => (l ? l.column.key : "?")));
  const sharedColumn = BRACKETED.has(def.id) && all.length > 1 && columns.size === 1 && located.every((l) => l !== null);

  if (sharedColumn) {
    const first = located[0] as Located;
    const prefix = `（${bracketColumn(first.column)}）`;
    const names = sides.map((keys) => {
      const rows = keys.map((k) => k.slice(0, k.indexOf("|")));
      const phrase = ROW_PHRASES.find((p) => p.table === def.id && p.rows.join() === rows.join());
      if (phrase) return phrase.phrase;
      const rowNames = keys.map((k) => {
        const l = locateKey(def, k) as Located;
        return rowName(def, l.block, l.row);
      });
      return joinNames(rowNames, rows.length >= 4 && consecutiveRows(def, rows));
    });
    return { prefix, names };
  }
  return {
    prefix: "",
    names: sides.map((keys) =>
      joinNames(
        keys.map((k) => cellName(format, table, k)),
        consecutive(keys),
      ),
    ),
  };
}

/** Whether row keys follow one another among a table's data rows. */
function consecutiveRows(def: TableDef, rows: readonly string[]): boolean {
  const order = def.blocks.flatMap((b) => dataRows(b).map((r) => r.key));
  return rows.every((r, j) => j === 0 || order.indexOf(r) === order.indexOf(rows[j - 1]) + 1);
}

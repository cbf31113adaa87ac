/**
 * `narrative.number-mismatch` (warning): a sentence states a quantity the table also holds
 * (`上年结转4件`, `予以公开63件`, `现行有效87件`, `主动公开政府信息1250条`) and the two differ.
 *
 * Which rule owns which case, so that no contradiction is reported twice:
 * - whether anything happened at all is the older rules' (errors): `未收到申请` beside a non-zero
 *   table, or a stated count where the table holds 0, or a stated 0 where it holds more —
 *   `narrative.requests-contradict` (新收申请), `narrative.appeals-contradict` (行政复议, 行政诉讼),
 *   `narrative.fees-contradict` (legacy 收取费用), wherever their patterns (claims.ts) read a
 *   claim of the topic in the sentence;
 * - how many is this rule's: for those three topics, two non-zero numbers that differ (and every
 *   difference in a sentence where the older patterns read nothing); for every other quantity
 *   (上年结转, 办结, 予以公开 …, Table A's 行政规范性文件, legacy 主动公开), every difference.
 *
 * A number is compared only when it is this year's: the sentence names no year before it, or names
 * the report year or `本年度`; a year named once at the start of the paragraph (or by the paragraph
 * that opens a section) governs the sentences after it. Blank or unreadable cells are not compared
 * (the checker reports them), nor are quantities the format does not hold (2019+ 信息处理费).
 */
import type { CellKey, FormatId } from "../formats/model";
import type { LocatedTable } from "../located";
import { cellLabel, nameList } from "./labels";
import { wanText } from "./numbers";
import type { QuantityCells } from "./quantities";
import type { StatedNumber } from "./stated";
import { findTable, readKey } from "./values";

export const NUMBER_MISMATCH = "narrative.number-mismatch";

/** A table sum a stated number is compared with. */
export interface TableSum {
  table: LocatedTable;
  cells: { key: CellKey; cell: string; value: number }[];
  /** In the quantity's unit (元 for money). */
  value: number;
}

const FORMATS_BY_ERA: readonly FormatId[] = ["legacy-2014", "national-2019", "national-2021"];

/** The cells of one reading, in the quantity's unit, or null when one is blank or unreadable. */
function readSum(table: LocatedTable, keys: readonly CellKey[], where: QuantityCells): TableSum | null {
  const cells: TableSum["cells"] = [];
  for (const key of keys) {
    const state = readKey(table, key);
    if (state.status !== "value") return null;
    // In 万元 even where a 单位 cell said 元 (`readKey` converts as the checker does).
    const value = where.tableUnit === "万元" ? state.value * 10000 : state.value;
    cells.push({ key, cell: state.cell, value });
  }
  return { table, cells, value: cells.reduce((s, c) => s + c.value, 0) };
}

/** The readings of a quantity in the located tables: one per alternative sum; empty when none. */
export function tableSums(number: StatedNumber, tables: readonly LocatedTable[], year: number | null): TableSum[] {
  for (const format of FORMATS_BY_ERA) {
    const where = number.quantity.cells[format];
    if (!where) continue;
    const table = findTable(tables, where.table, format, year);
    if (!table) continue;
    const sums = where.sums.map((keys) => readSum(table, keys, where));
    // Every reading needs its cells: a blank cell is not zero.
    if (sums.some((s) => s === null)) return [];
    return sums as TableSum[];
  }
  return [];
}

/** Money is compared to half a 元 (the legacy row holds 万元 to four decimals); counts exactly. */
const equal = (a: number, b: number, unit: string): boolean => Math.abs(a - b) < (unit === "元" ? 0.5 : 1e-9);

/** The number as the sentence wrote it, money in its own unit: `3 件`, `1500 元`, `0.15 万元`. */
function statedText(n: StatedNumber): string {
  if (n.quantity.unit !== "元") return `${n.value} ${n.quantity.unit}`;
  return n.written.replace(/(万?元)$/, " $1");
}

function tableText(n: StatedNumber, sum: TableSum): string {
  const where = n.quantity.cells[sum.table.format] as QuantityCells;
  const shown = (v: number): string => (where.tableUnit === "万元" ? `${wanText(v / 10000)} 万元` : String(v));
  const label = (key: CellKey): string => cellLabel(sum.table.format, sum.table.table, key);
  if (sum.cells.length === 1) return `${label(sum.cells[0].key)}填 ${shown(sum.value)}`;
  const names = where.named ? label(where.named) : nameList(sum.cells.map((c) => label(c.key)));
  return `${names}合计为 ${shown(sum.value)}`;
}

export interface Mismatch {
  message: (quoted: string) => string;
  sum: TableSum;
  reported: number;
  computed: number;
}

/**
 * How a stated number disagrees with the table, or null when it agrees, cannot be compared, or the
 * disagreement is an older rule's (see the module comment).
 */
export function mismatchOf(n: StatedNumber, tables: readonly LocatedTable[], year: number | null, ownerSpoke: boolean): Mismatch | null {
  const sums = tableSums(n, tables, year);
  if (sums.length === 0) return null;
  const unit = n.quantity.unit;
  if (sums.some((s) => equal(s.value, n.value, unit))) return null;
  const sum = sums[0];
  if (ownerSpoke && (equal(n.value, 0, unit) || equal(sum.value, 0, unit))) return null;
  return {
    sum,
    reported: n.value,
    computed: sum.value,
    message: (quoted) => `正文${quoted}称${n.quantity.name} ${statedText(n)}，但统计表${tableText(n, sum)}：` + "正文所述数字与统计表不一致，请核对后修改正文或统计表",
  };
}

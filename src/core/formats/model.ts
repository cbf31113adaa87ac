/**
 * The official formats as data. A format has tables; a table has blocks (Table A has four or
 * five small blocks with their own columns; every other table has one); a block has rows and
 * columns. Most sum rules are not written out: they follow from `parent` and `role` (see
 * `derive.ts`). The rules that do not follow from the hierarchy are listed beside each table.
 */
import type { Severity } from "../types";

export type FormatId = "legacy-2014" | "national-2019" | "national-2021";

/** `L` is the single legacy table; `A`, `B`, `C` are sections 二, 三 and 四 of 2019/2021. */
export type TableId = "L" | "A" | "B" | "C";

/**
 * What a value cell may hold: a whole count ≥ 0, a signed whole number (2019's 本年增/减), or
 * money in 万元 (decimals allowed, ≥ 0).
 */
export type ValueKind = "count" | "signed" | "money";

/** How a row or column relates to its parent. */
export type Role =
  /** one of the parts whose sum is the parent (`1.当面申请数` of `（一）收到申请数`). */
  | "part"
  /** a `其中` subset: at most the parent, not part of any sum. */
  | "subset"
  /** the total of every data row/column under the same parent (`（七）总计`, column `总计`). */
  | "total";

/** Severity of the sum rule a parent's parts produce, when it is not the default (error). */
export interface SumSeverity {
  /** When the reported total differs from the parts (or only when parts exceed it, if `short` is set). */
  severity: Severity;
  /** When the parts add up to less than the total, if that is less serious (legacy L3.3.4). */
  short?: Severity;
}

export interface RowDef {
  /** Stable key, unique in its table (`L3.1`, `B3.3.1`, `A1.1`). */
  key: string;
  /** The verbatim label; `null` for Table C's single data row, which has none. */
  label: string | null;
  /** Variants seen in real tables, beyond what normalisation already accepts. */
  aliases?: readonly string[];
  /** A label-only row (no values). */
  heading?: boolean;
  /** Key of the parent row (a data row or a heading). */
  parent?: string;
  role?: Role;
  /** Legacy: the unit printed in the 单位 column (`件`, `万元`, …). */
  unit?: string;
  /** Default `count`. */
  kind?: ValueKind;
  /** For a parent with `part` children: the sum rule's id and severity, when not the default. */
  sumRule?: { id?: string } & Partial<SumSeverity>;
  /** For a `total` row: the id of the rule it produces (Table B's `B-R2`). */
  ruleId?: string;
}

export interface ColumnDef {
  /** Stable key, unique in its block (`natural`, `review.total`). */
  key: string;
  /** The verbatim header label. */
  label: string;
  aliases?: readonly string[];
  /** A header-only column group (`法人或其他组织`, `行政复议`). */
  group?: boolean;
  /** Key of the parent column group. */
  parent?: string;
  role?: Role;
  /** Overrides the row's kind (Table A's money columns, 2019's 本年增/减). */
  kind?: ValueKind;
  /** The unit the header states, where it states one (`本年收费金额（单位：万元）`). */
  unit?: string;
  /**
   * `false` where the official text fixes no unit and `unit` is only what our template labels
   * (2019's 采购总金额): a table whose header states another money unit declares its own, and its
   * values are read in it (no `unit.mismatch`).
   */
  unitFixed?: false;
  /** For a `total` column: the id of the rule it produces (Table B's `B-R3`). */
  ruleId?: string;
}

export interface BlockDef {
  /** Unique in its table (`A1`, `B`, `C`, `L`). */
  key: string;
  /** A merged caption row above the block (`第二十条第（一）项`). */
  caption?: string;
  /** The header of the label column (`信息内容`, `统　计　指　标`). */
  labelHeader?: string;
  /** Legacy: the header of the unit column (`单位`). */
  unitHeader?: string;
  rows: readonly RowDef[];
  columns: readonly ColumnDef[];
}

/** A cell of a table: `${rowKey}|${columnKey}`. Row keys are unique across a table's blocks. */
export type CellKey = string;

export function cellKey(row: string, column: string): CellKey {
  return `${row}|${column}`;
}

/** Rules that do not follow from the hierarchy. Operands are cell keys; a list is a sum. */
export type RuleDef = CompareRule | ConditionRule | LimitRule;

interface RuleBase {
  /** Stable id (`B-R1`, `L-channels-cover`). */
  id: string;
  severity: Severity;
  /**
   * Expand over every data column of the block: operands are then row keys (`B1`), and the rule
   * is checked once per column, as formats.md says "for every column".
   */
  perColumn?: boolean;
  /** Chinese: what the rule expects, used in the message (`按表中注明的勾稽关系，两者应相等`). */
  text: string;
}

/** Σleft op Σright. `=` with `severityShort` reports left < right at that severity instead. */
export interface CompareRule extends RuleBase {
  kind: "compare";
  left: readonly CellKey[];
  op: "=" | "<=" | ">=";
  right: readonly CellKey[];
}

/** When Σwhen is zero (or positive), every `then` cell must be zero (or Σthen positive). */
export interface ConditionRule extends RuleBase {
  kind: "whenZeroThenZero" | "whenPositiveThenPositive";
  when: readonly CellKey[];
  then: readonly CellKey[];
}

/** Each cell's value against a bound: `> max` or `≥ atLeast` flagged (money in 元, 规章 > 0). */
export interface LimitRule extends RuleBase {
  kind: "limit";
  cells: readonly CellKey[];
  /** Flag values ≥ this. */
  atLeast: number;
  /**
   * Whose report the bound is set for. `department`: what one department plausibly reports; a
   * people's government's own report (淮安市人民政府) sums its whole administration and may exceed
   * it. `below-city`: bodies that cannot make 规章; the own report of a province's or a city's
   * people's government (which can) is not asked.
   */
  scope?: "department" | "below-city";
}

export interface TableDef {
  id: TableId;
  /** The section heading above the table (`三、收到和处理政府信息公开申请情况`). */
  title: string;
  /** Accepted variants of the title. */
  titleAliases?: readonly string[];
  /** Table B's top-left note. */
  corner?: string;
  blocks: readonly BlockDef[];
  rules: readonly RuleDef[];
}

export interface FormatDef {
  id: FormatId;
  /** Official name (`中华人民共和国政府信息公开工作年度报告格式`). */
  name: string;
  /** The document that set it (`国办公开办函〔2021〕30号`). */
  basis: string;
  /** Report years it applies to, inclusive; `to` null = onward. */
  years: { from: number | null; to: number | null };
  /** Report-level section headings, in order; `{year}` stands for the report year. */
  sections: readonly string[];
  tables: readonly TableDef[];
}

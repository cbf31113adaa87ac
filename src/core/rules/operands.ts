/**
 * What a rule sees of a table: each cell's state (a number, blank, unreadable, or not found by
 * the locator), its name and address, and sums over lists of cells.
 *
 * Three outcomes, not two: a rule that needs an unreadable cell is not evaluated (the cell's own
 * finding already tells the user). A blank counts as 0, and the rule's message says so. A cell
 * the locator did not find is unknown, never 0: a sum over cells some of which are missing is
 * known only as a range (found cells ≤ sum, since count and money cells are ≥ 0), and a rule is
 * reported only when it fails for every value the missing cells could hold.
 */
import { formatNumber } from "../describe";
import type { CellKey, FormatId, TableId, ValueKind } from "../formats/model";
import type { Finding, Severity } from "../types";

export type CellState =
  | { status: "value"; value: number }
  /** Counts as 0 in arithmetic; every message that used it says so. */
  | { status: "blank" }
  /** Unreadable (`abc`, `#REF!`): rules that need it cannot be evaluated. */
  | { status: "invalid" }
  /** Not found by the locator (its row or column is missing): unknown. */
  | { status: "missing" };

/** A located table as the rules see it. */
export interface RuleInput {
  format: FormatId;
  table: TableId;
  sheet: string;
  state(key: CellKey): CellState;
  kind(key: CellKey): ValueKind;
  /** Chinese name for messages (`（七）总计（自然人）`). */
  name(key: CellKey): string;
  /** A1 reference on `sheet`, or undefined for a missing cell. */
  ref(key: CellKey): string | undefined;
}

/** A sum over cells, as far as it is known. */
export interface Total {
  /** The sum is at least this (the found cells; blanks as 0). */
  lo: number;
  /** The sum is at most this: `lo` when every cell was found, otherwise unbounded. */
  hi: number;
  /** Some cell is unreadable: the sum is unknown and the rule is not evaluated. */
  invalid: boolean;
  blanks: CellKey[];
  missing: CellKey[];
  /** Whether every cell was found, so `lo === hi` is the sum. */
  complete: boolean;
}

/** Sum the cells. Missing signed cells (2019's 本年增/减) may be negative, so they leave `lo` unbounded too. */
export function totalOf(input: RuleInput, keys: readonly CellKey[]): Total {
  let sum = 0;
  let invalid = false;
  let unboundedBelow = false;
  const blanks: CellKey[] = [];
  const missing: CellKey[] = [];
  for (const key of keys) {
    const state = input.state(key);
    switch (state.status) {
      case "value":
        sum += state.value;
        break;
      case "blank":
        blanks.push(key);
        break;
      case "invalid":
        invalid = true;
        break;
      case "missing":
        missing.push(key);
        if (input.kind(key) === "signed") unboundedBelow = true;
        break;
    }
  }
  const complete = missing.length === 0;
  return {
    lo: unboundedBelow ? -Infinity : sum,
    hi: complete ? sum : Infinity,
    invalid,
    blanks,
    missing,
    complete,
  };
}

/**
 * How far apart two numbers may be and still count as equal. Counts are whole numbers, so any real
 * difference is at least 1 and only floating-point noise is absorbed. 万元 cells allow decimals;
 * the smallest amount anyone writes is one cent, 0.000001 万元, so half of it is the tolerance:
 * `0.1 + 0.2` equals `0.3`, but a cent's difference is still reported.
 */
export function tolerance(input: RuleInput, keys: readonly CellKey[], more: readonly CellKey[] = NO_KEYS): number {
  for (const k of keys) if (input.kind(k) === "money") return 5e-7;
  for (const k of more) if (input.kind(k) === "money") return 5e-7;
  return 1e-9;
}
const NO_KEYS: readonly CellKey[] = [];

/** `（其中 2 格未填写，按 0 计）`, or nothing when no blank was used. */
export function blanksClause(blanks: readonly CellKey[]): string {
  return blanks.length === 0 ? "" : `（其中 ${blanks.length} 格未填写，按 0 计）`;
}

/** `（未找到：A、B，未计入）`, or nothing when every cell was found. */
export function missingClause(input: RuleInput, missing: readonly CellKey[]): string {
  if (missing.length === 0) return "";
  const names = missing.slice(0, 3).map((k) => input.name(k));
  const more = missing.length > 3 ? `等 ${missing.length} 格` : "";
  return `（表中未找到${names.join("、")}${more}，未计入）`;
}

/** `为 5`, or `至少为 5` for a partly found sum. */
export function valueText(total: Total): string {
  return total.complete ? `为 ${formatNumber(total.lo)}` : `至少为 ${formatNumber(total.lo)}`;
}

/** A cell's value as said after its name: `填 5`, or `未填写` for a blank. */
export function statedValue(input: RuleInput, key: CellKey): string {
  const state = input.state(key);
  return state.status === "value" ? `填 ${formatNumber(state.value)}` : "未填写";
}

/** Unique keys in first-seen order. */
export function unique(keys: readonly CellKey[]): CellKey[] {
  // A rule names a few cells: looking through them beats making a set.
  if (keys.length > 16) return [...new Set(keys)];
  const out: CellKey[] = [];
  for (const k of keys) if (!out.includes(k)) out.push(k);
  return out;
}

/** A finding on the table's sheet; `keys` become A1 references in order, missing cells left out. */
export function makeFinding(
  input: RuleInput,
  rule: string,
  severity: Severity,
  message: string,
  keys: readonly CellKey[],
  numbers: { reported?: number; computed?: number } = {},
): Finding {
  const cells: string[] = [];
  for (const k of unique(keys)) {
    const ref = input.ref(k);
    if (ref !== undefined) cells.push(ref);
  }
  // Fields in the order findings have always had (JSON output keeps it).
  const finding: Finding = { rule, severity, message, sheet: input.sheet, cells };
  if (numbers.reported !== undefined) finding.reported = numbers.reported;
  if (numbers.computed !== undefined) finding.computed = numbers.computed;
  finding.table = input.table;
  return finding;
}

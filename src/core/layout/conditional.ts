/**
 * Conditional formats that mark a total disagreeing with its parts, made from the `sum` rules of
 * `deriveRules()`: the workbook then shows the problem where the add-in is not installed.
 *
 * Rules of the same shape (the same id, and parts at the same offsets from the total, e.g. Table
 * B's 总计 column in every row) share one format over a rectangle of totals, with relative
 * references written for its top-left cell, as Excel stores them. So a table needs a handful of
 * formats, not one per cell.
 */
import { columnLetters } from "../address";
import { deriveRules, type ConcreteRule } from "../formats/derive";
import type { CellKey, TableDef, ValueKind } from "../formats/model";
import type { CellPos } from "../types";
import type { ConditionalFormatPlan } from "./plan";
import { coverCells, rectA1, type Rect } from "./rects";

type SumRule = Extract<ConcreteRule, { kind: "sum" }>;

/** What a format marks: any difference, or only parts above / below the total. */
type Test = "differs" | "partsAbove" | "partsBelow";

const LOOK = {
  error: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
} as const;

/** The marks a rule gets; info-level sums would be noise in a printed table. */
function testsOf(rule: SumRule): Array<{ test: Test; severity: "error" | "warning" }> {
  if (rule.severity === "error" && rule.short === "warning") {
    return [
      { test: "partsAbove", severity: "error" },
      { test: "partsBelow", severity: "warning" },
    ];
  }
  if (rule.severity === "info") return [];
  return [{ test: rule.short === undefined ? "differs" : "partsAbove", severity: rule.severity }];
}

/** `D9`-style reference at an offset from `origin`. */
const refAt = (origin: CellPos, dRow: number, dCol: number): string => `${columnLetters(origin.col + dCol)}${origin.row + dRow + 1}`;

/** The parts as rectangles relative to the total: the shape shared by rules in one format. */
function relativeParts(total: CellPos, parts: CellPos[]): Rect[] {
  return coverCells(parts).map((r) => ({
    top: r.top - total.row,
    left: r.left - total.col,
    bottom: r.bottom - total.row,
    right: r.right - total.col,
  }));
}

/** The formula for the total at `at`, its parts at `shape` relative to it. */
function formulaFor(at: CellPos, shape: Rect[], test: Test, money: boolean): string {
  const args = shape
    .map((r) => {
      const a = refAt(at, r.top, r.left);
      const b = refAt(at, r.bottom, r.right);
      return a === b ? a : `${a}:${b}`;
    })
    .join(",");
  const total = refAt(at, 0, 0);
  // Money sums compare rounded, so 0.1 + 0.2 is 0.3; counts are whole and compare exactly.
  const diff = money ? `ROUND(SUM(${args})-${total},6)` : null;
  const cmp = {
    differs: diff ? `${diff}<>0` : `${total}<>SUM(${args})`,
    partsAbove: diff ? `${diff}>0` : `SUM(${args})>${total}`,
    partsBelow: diff ? `${diff}<0` : `SUM(${args})<${total}`,
  }[test];
  // Nothing is marked until a part is filled: an empty template stays clean.
  return `AND(COUNT(${args})>0,${cmp})`;
}

/**
 * The conditional formats of one table, given where each value cell is and what it holds.
 * Deterministic: in the order of the table's rules.
 */
export function totalsFormats(table: TableDef, at: Readonly<Record<CellKey, CellPos>>, kindOf: Readonly<Record<CellKey, ValueKind>>): ConditionalFormatPlan[] {
  const groups = new Map<string, { rule: SumRule; test: Test; severity: "error" | "warning"; shape: Rect[]; money: boolean; totals: CellPos[] }>();
  for (const rule of deriveRules(table)) {
    if (rule.kind !== "sum") continue;
    const total = at[rule.total];
    const parts = rule.parts.map((k) => at[k]);
    if (!total || parts.some((p) => !p)) throw new Error(`layout: rule ${rule.id} names a cell the sheet does not have`);
    const shape = relativeParts(total, parts);
    const money = [rule.total, ...rule.parts].some((k) => kindOf[k] === "money");
    for (const { test, severity } of testsOf(rule)) {
      const key = JSON.stringify([rule.id, test, severity, money, shape]);
      const group = groups.get(key) ?? { rule, test, severity, shape, money, totals: [] };
      group.totals.push(total);
      groups.set(key, group);
    }
  }
  const out: ConditionalFormatPlan[] = [];
  for (const g of groups.values()) {
    for (const r of coverCells(g.totals)) {
      out.push({
        rule: g.rule.id,
        severity: g.severity,
        table: table.id,
        range: rectA1(r),
        formula: formulaFor({ row: r.top, col: r.left }, g.shape, g.test, g.money),
        ...LOOK[g.severity],
      });
    }
  }
  return out;
}

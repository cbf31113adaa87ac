/**
 * Compare rules: Σleft op Σright (Table B's printed identity B-R1, 其中 ≤ its parent, legacy
 * channel rules, Table A's warnings). The finding states both sides, their difference and the
 * rule's text.
 */
import { formatNumber, sideNames } from "../describe";
import type { ConcreteRule } from "../formats/derive";
import type { Finding } from "../types";
import { blanksClause, makeFinding, missingClause, tolerance, totalOf, valueText, type RuleInput, type Total } from "./operands";

export type CompareRule = Extract<ConcreteRule, { kind: "compare" }>;

/** Whether `left op right` fails for every value the missing cells could hold. */
function certainlyFails(op: CompareRule["op"], left: Total, right: Total, tol: number): boolean {
  const leftAbove = left.lo - right.hi > tol;
  const rightAbove = right.lo - left.hi > tol;
  switch (op) {
    case "=":
      return leftAbove || rightAbove;
    case "<=":
      return leftAbove;
    case ">=":
      return rightAbove;
  }
}

export function evaluateCompare(rule: CompareRule, input: RuleInput): Finding | null {
  const left = totalOf(input, rule.left);
  const right = totalOf(input, rule.right);
  if (left.invalid || right.invalid) return null;
  if (!certainlyFails(rule.op, left, right, tolerance(input, rule.left, rule.right))) return null;
  const keys = [...rule.left, ...rule.right];

  const blanks = [...left.blanks, ...right.blanks];
  const missing = [...left.missing, ...right.missing];
  const complete = left.complete && right.complete;
  let body: string;
  if (rule.right.length === 0) {
    // A bound against zero (2019's 上一年项目数量 + 本年增/减 ≥ 0): there is no right side to name.
    const { prefix, names } = sideNames(input.format, input.table, [rule.left]);
    body = `${prefix}${names[0]}${valueText(left)}`;
  } else {
    const { prefix, names } = sideNames(input.format, input.table, [rule.left, rule.right]);
    // With a side partly found, the side that is certainly too large is known only from below.
    const gap = left.lo - right.hi > 0 ? left.lo - right.hi : right.lo - left.hi;
    const diff = complete ? `相差 ${formatNumber(Math.abs(left.lo - right.lo))}` : `至少相差 ${formatNumber(gap)}`;
    body = `${prefix}${names[0]}${valueText(left)}，${names[1]}${valueText(right)}，${diff}`;
  }
  const message = `${body}${blanksClause(blanks)}${missingClause(input, missing)}：${rule.text}`;
  return makeFinding(input, rule.id, rule.severity, message, keys, complete ? { reported: left.lo, computed: right.lo } : {});
}

/**
 * “When this is zero, that must be zero too” (legacy: no request received, yet fees were
 * charged). Every `then` cell that is not zero is named with its value.
 */
import { formatNumber, sideNames } from "../describe";
import type { ConcreteRule } from "../formats/derive";
import type { Finding } from "../types";
import { blanksClause, makeFinding, tolerance, totalOf, type RuleInput } from "./operands";

export type ConditionRule = Extract<ConcreteRule, { kind: "whenZeroThenZero" | "whenPositiveThenPositive" }>;

export function evaluateWhenZero(rule: ConditionRule, input: RuleInput): Finding | null {
  const when = totalOf(input, rule.when);
  const then = rule.then.map((k) => ({ key: k, total: totalOf(input, [k]) }));
  if (when.invalid || then.some((t) => t.total.invalid)) return null;
  const tol = tolerance(input, rule.when, rule.then);
  // The condition holds only if the `when` cells are known to add up to zero.
  if (!when.complete || Math.abs(when.lo) > tol) return null;
  // A `then` cell the locator did not find is unknown: it is simply not named.
  const nonZero = then.filter((t) => t.total.complete && Math.abs(t.total.lo) > tol);
  if (nonZero.length === 0) return null;

  const { names } = sideNames(input.format, input.table, [rule.when]);
  const whenText = when.blanks.length === rule.when.length ? "未填写" : "为 0";
  const thenText = nonZero.map((t) => `${input.name(t.key)}为 ${formatNumber(t.total.lo)}`).join("、");
  const message = `${names[0]}${whenText}，${thenText}${blanksClause(when.blanks)}：${rule.text}`;
  return makeFinding(input, rule.id, rule.severity, message, [...rule.when, ...nonZero.map((t) => t.key)]);
}

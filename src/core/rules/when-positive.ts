/**
 * “When this is positive, that must be positive too” (legacy: a body for open government with
 * nobody working in it; training classes without trainees).
 */
import { sideNames } from "../describe";
import type { Finding } from "../types";
import { blanksClause, makeFinding, tolerance, totalOf, valueText, type RuleInput } from "./operands";
import type { ConditionRule } from "./when-zero";

export function evaluateWhenPositive(rule: ConditionRule, input: RuleInput): Finding | null {
  const when = totalOf(input, rule.when);
  const then = totalOf(input, rule.then);
  if (when.invalid || then.invalid) return null;
  const tol = tolerance(input, rule.when, rule.then);
  // Found `when` cells already positive is enough; `then` must be known to be zero.
  if (!(when.lo > tol) || !then.complete || then.lo > tol) return null;

  const { names } = sideNames(input.format, input.table, [rule.when, rule.then]);
  const thenText = then.blanks.length === rule.then.length ? "未填写" : "为 0";
  const message = `${names[0]}${valueText(when)}，${names[1]}${thenText}` + `${blanksClause([...when.blanks, ...then.blanks])}：${rule.text}`;
  return makeFinding(input, rule.id, rule.severity, message, [...rule.when, ...rule.then]);
}

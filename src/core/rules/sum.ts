/**
 * Sum rules: a total equals the sum of its parts (`（七）总计` = every outcome row; a row's
 * `总计` column = the applicant columns; legacy `（一）收到申请数` = its five channels).
 *
 * The finding states the reported total, the computed sum and the difference, and lists the total
 * first, then every part, blank parts included: blanks explain most mismatches.
 */
import { formatNumber } from "../describe";
import type { ConcreteRule } from "../formats/derive";
import type { Finding } from "../types";
import { blanksClause, makeFinding, missingClause, statedValue, tolerance, totalOf, type RuleInput } from "./operands";

export type SumRule = Extract<ConcreteRule, { kind: "sum" }>;

export function evaluateSum(rule: SumRule, input: RuleInput): Finding | null {
  const total = totalOf(input, [rule.total]);
  const parts = totalOf(input, rule.parts);
  // An unreadable cell leaves the rule unknown; a missing total leaves nothing to compare.
  if (total.invalid || parts.invalid || !total.complete) return null;

  const tol = tolerance(input, rule.parts, [rule.total]);
  const reported = total.lo;
  // Parts exceed the total: certain even when some parts were not found (they are ≥ 0).
  const over = parts.lo - reported > tol;
  // Parts fall short: only knowable when every part was found.
  const short = parts.complete && reported - parts.lo > tol;
  if (!over && !short) return null;

  const severity = short && rule.short ? rule.short : rule.severity;
  const name = input.name(rule.total);
  const blanks = [...total.blanks, ...parts.blanks];
  const diff = Math.abs(reported - parts.lo);
  const computedText = parts.complete
    ? `分项合计为 ${formatNumber(parts.lo)}，相差 ${formatNumber(diff)}`
    : `已找到的分项合计已达 ${formatNumber(parts.lo)}，至少多出 ${formatNumber(diff)}`;
  const message = `${name}${statedValue(input, rule.total)}，${computedText}` + `${blanksClause(blanks)}${missingClause(input, parts.missing)}：${advice(severity, short)}`;
  return makeFinding(input, rule.id, severity, message, [rule.total, ...rule.parts], parts.complete ? { reported, computed: parts.lo } : { reported });
}

/** What to do about it: an error must be fixed; a warning is checked (the sum may be legitimately off). */
function advice(severity: string, short: boolean): string {
  if (severity === "error") return "该项应等于其各分项之和，请核对后修改";
  if (short) return "各分项之和小于该项，请核实是否漏填了分项";
  return "该项一般等于其各分项之和，请核实";
}

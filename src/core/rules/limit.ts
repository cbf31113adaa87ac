/**
 * Limits: a cell at or above a bound is flagged (a 收费金额 of 10000 万元 or more was probably
 * entered in 元; 规章 reported by a body that cannot make them). One finding names every cell
 * of the rule that reaches the bound. Each cell stands alone, so an unreadable, missing or blank
 * cell only drops that cell (a blank, read as 0, is below every bound that flags too much).
 */
import { formatNumber } from "../describe";
import type { ConcreteRule } from "../formats/derive";
import type { Finding } from "../types";
import { makeFinding, tolerance, type RuleInput } from "./operands";

export type LimitRule = Extract<ConcreteRule, { kind: "limit" }>;

export function evaluateLimit(rule: LimitRule, input: RuleInput): Finding | null {
  const hits: Array<{ key: string; value: number }> = [];
  for (const key of rule.cells) {
    const state = input.state(key);
    if (state.status !== "value") continue;
    if (state.value >= rule.atLeast - tolerance(input, [key])) hits.push({ key, value: state.value });
  }
  if (hits.length === 0) return null;
  const listed = hits.map((h) => `${input.name(h.key)}为 ${formatNumber(h.value)}`).join("、");
  return makeFinding(
    input,
    rule.id,
    rule.severity,
    `${listed}：${rule.text}`,
    hits.map((h) => h.key),
    hits.length === 1 ? { reported: hits[0].value } : {},
  );
}

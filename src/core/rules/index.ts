/** Evaluate one concrete rule of a table: a finding when it fails, null when it holds or cannot be evaluated. */
import type { ConcreteRule } from "../formats/derive";
import type { Finding } from "../types";
import { evaluateCompare } from "./compare";
import { evaluateLimit } from "./limit";
import type { RuleInput } from "./operands";
import { evaluateSum } from "./sum";
import { evaluateWhenPositive } from "./when-positive";
import { evaluateWhenZero } from "./when-zero";

export function evaluateRule(rule: ConcreteRule, input: RuleInput): Finding | null {
  switch (rule.kind) {
    case "sum":
      return evaluateSum(rule, input);
    case "compare":
      return evaluateCompare(rule, input);
    case "whenZeroThenZero":
      return evaluateWhenZero(rule, input);
    case "whenPositiveThenPositive":
      return evaluateWhenPositive(rule, input);
    case "limit":
      return evaluateLimit(rule, input);
  }
}

export type { CellState, RuleInput } from "./operands";

/**
 * The template's data validation, enforced on typed entries as Excel enforces a "stop" rule: an
 * entry that breaks it is refused with the rule's own title and message, and the cell keeps what
 * it held. As in Excel, blanks are allowed (the rule ignores blanks) and pasted values are not
 * checked: validation is a guard, the pane's check is the checker.
 */
import type { ValidationGroup } from "../core/layout";
import type { CellValue } from "../core/types";

/** The parts of a validation group a cell needs: what it allows, and what it says. */
export type CellRule = Pick<ValidationGroup, "type" | "min" | "max" | "promptTitle" | "prompt" | "errorTitle" | "error">;

/** Excel's own refusal, for a rule without a message of its own. */
export const EXCEL_REFUSAL = "此值与此单元格定义的数据验证限制不匹配。";

/** Whether `value` (a typed entry, or a formula's result) passes the rule. */
export function allows(rule: CellRule, value: CellValue): boolean {
  if (value === null || value === "") return true;
  if (typeof value !== "number" || !Number.isFinite(value)) return false;
  if (rule.type === "whole" && !Number.isInteger(value)) return false;
  return value >= rule.min && (rule.max === null || value <= rule.max);
}

/** An entry refused: Excel's stop dialog, its title and message. */
export class EntryRefused extends Error {
  override name = "EntryRefused";
  constructor(
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

export function refusalOf(rule: CellRule): EntryRefused {
  return new EntryRefused(rule.errorTitle || "Microsoft Excel", rule.error || EXCEL_REFUSAL);
}

/** Excel's message for a formula it cannot read (typed `=SUM(D9:D12` and Enter). */
export const FORMULA_REFUSAL = new EntryRefused("Microsoft Excel", "此公式有问题。请检查括号、逗号和单元格地址是否完整，例如 =SUM(D9:D12) 或 =D9+D10。");

/**
 * The pane's one-line summary: `错误 2 · 核实 1 · 提示 3 · 未填写 5`. Blank cells are a warning
 * to the checker (a blank is not a 0) but a different task to the user (type 0), so they are
 * counted apart, by cells rather than by findings; kept 核实 findings no longer count.
 */
import type { Finding } from "../core/types";
import type { FindingId } from "./identity";
import { findingId } from "./identity";
import { isKeepable } from "./kept";

/** The rule id of the one finding per table that lists its blank cells. */
export const BLANK_RULE = "value.blank";

export interface SummaryCounts {
  error: number;
  /** 核实 findings not kept, blank-cell findings excluded. */
  warning: number;
  info: number;
  /** Blank value cells (the cells of every `value.blank` finding). */
  blank: number;
  /** 核实 findings kept with a note. */
  kept: number;
}

export function isBlankFinding(finding: Finding): boolean {
  return finding.rule === BLANK_RULE;
}

export function countFindings(findings: readonly Finding[], kept: ReadonlyMap<FindingId, unknown>): SummaryCounts {
  const counts: SummaryCounts = { error: 0, warning: 0, info: 0, blank: 0, kept: 0 };
  for (const f of findings) {
    if (isBlankFinding(f)) counts.blank += f.cells.length;
    else if (isKeepable(f) && kept.has(findingId(f))) counts.kept++;
    else counts[f.severity]++;
  }
  return counts;
}

/** `错误 2 · 核实 1 · 提示 3 · 未填写 5`, with `· 已保留 1` when any finding is kept. */
export function summaryText(c: SummaryCounts): string {
  const parts = [`错误 ${c.error}`, `核实 ${c.warning}`, `提示 ${c.info}`, `未填写 ${c.blank}`];
  if (c.kept > 0) parts.push(`已保留 ${c.kept}`);
  return parts.join(" · ");
}

/** Nothing left to do: no error, no unkept 核实, no blank cell (hints may remain). */
export function isClean(c: SummaryCounts): boolean {
  return c.error === 0 && c.warning === 0 && c.blank === 0;
}

/**
 * A finding's identity across checks and across sessions: what a kept note is stored under.
 * Rule, sheet and cells, not the message: the message changes with the numbers the user types
 * (`填 5，分项合计为 6`), while the rule and the cells it concerns stay the same.
 */
import type { Finding } from "../core/types";

export type FindingId = string;

/** `["B-R1","2024年度统计表",["J24","J25","J47","J48"]]`: JSON, so no sheet name can collide. */
export function findingId(finding: Pick<Finding, "rule" | "sheet" | "cells">): FindingId {
  return JSON.stringify([finding.rule, finding.sheet, finding.cells]);
}

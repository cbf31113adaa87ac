/**
 * Which cells a sheet's conditional formats mark, and with what colours: the preview's version of
 * what Excel paints for the formats a sheet plan adds (a total that disagrees with its parts).
 */
import type { ConditionalFormatPlan } from "../core/layout";
import type { CellPos } from "../core/types";
import { applies, parseFormula, type CellLookup, type Formula } from "./formula";
import { rectOf } from "./merges";

export interface Mark {
  fill: string;
  fontColor: string;
  /** The plan's rule id, for a tooltip. */
  rule: string;
}

interface Compiled {
  plan: ConditionalFormatPlan;
  formula: Formula;
}

/** Formats compiled once; a format whose formula cannot be read is left out (it never marks). */
export function compileFormats(plans: readonly ConditionalFormatPlan[]): Compiled[] {
  const out: Compiled[] = [];
  for (const plan of plans) {
    try {
      out.push({ plan, formula: parseFormula(plan.formula) });
    } catch {
      // Excel would refuse such a rule at insertion; the preview simply does not show it.
    }
  }
  return out;
}

const key = (p: CellPos): string => `${p.row},${p.col}`;

/**
 * The marked cells, keyed `row,col`. Formats are in priority order (the plan's order): where two
 * mark the same cell, the first wins, as Excel's higher-priority rule does.
 */
export function markedCells(formats: readonly Compiled[], cell: CellLookup): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const { plan, formula } of formats) {
    const r = rectOf(plan.range);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const k = key({ row, col });
        if (marks.has(k)) continue;
        if (applies(formula, cell, { rows: row - r.top, cols: col - r.left })) {
          marks.set(k, { fill: plan.fill, fontColor: plan.fontColor, rule: plan.rule });
        }
      }
    }
  }
  return marks;
}

/**
 * One page's tables: its ruling lines grouped into lattices, each with the text runs inside it.
 * What no table holds is the page's running text.
 */
import type { Rule } from "./geometry";
import { inside } from "./cells";
import { buildLattice, type Lattice, type Line, lineGroups, MAX_SLOTS, splitRules } from "./lattice";
import type { Run } from "./runs";

export interface PageTable {
  /** 1-based page the table starts on. */
  page: number;
  horizontal: Line[];
  vertical: Line[];
  runs: Run[];
  /** Where page breaks cut the table (y of the joined table), none for a table on one page. */
  seams: number[];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PageLayout {
  page: number;
  height: number;
  tables: PageTable[];
  /** Runs outside every table. */
  loose: Run[];
  /** The page's ruling was too dense to be a report's table and was not read as tables. */
  tooDense: boolean;
}

/** Beyond this many lines on a page, pairing every horizontal with every vertical costs too much. */
const MAX_LINE_PAIRS = 1_000_000;

export function bounds(lattice: Lattice): { left: number; right: number; top: number; bottom: number } {
  return { left: lattice.xs[0], right: lattice.xs[lattice.xs.length - 1], top: lattice.ys[0], bottom: lattice.ys[lattice.ys.length - 1] };
}

/** At most how many grid slots a group of lines would make. */
function slotsOf(group: { horizontal: Line[]; vertical: Line[] }): number {
  return group.horizontal.length * group.vertical.length;
}

export function pageLayout(page: number, height: number, rules: Rule[], runs: Run[]): PageLayout {
  const { horizontal, vertical } = splitRules(rules);
  const tables: PageTable[] = [];
  let loose = runs;
  let tooDense = horizontal.length * vertical.length > MAX_LINE_PAIRS;
  if (!tooDense) {
    for (const group of lineGroups(horizontal, vertical)) {
      const lattice = buildLattice(group.horizontal, group.vertical);
      if (!lattice) {
        tooDense ||= slotsOf(group) > MAX_SLOTS;
        continue;
      }
      const mine = loose.filter((r) => inside(lattice, r));
      loose = loose.filter((r) => !inside(lattice, r));
      tables.push({ page, ...group, runs: mine, seams: [], ...bounds(lattice) });
    }
  }
  tables.sort((a, b) => a.top - b.top || a.left - b.left);
  return { page, height, tables, loose, tooDense };
}

/**
 * What the locator learns from one sheet alone: its indexed view, the tables on it (before the
 * workbook-wide decisions on version and year) and the years its text mentions. A host that
 * checks the same workbook again and again (the task pane, on every edit) keeps these for the
 * sheets that did not change, so an edit costs the edited sheet's work, not the workbook's.
 *
 * The cache is keyed by the grid object: a host that passes the same `SheetGrid` object again
 * promises its values did not change (grids are never edited in place once checked).
 */
import type { SheetGrid } from "../types";
import { candidateBounds, type Candidate } from "./candidate";
import { candidatesOn } from "./find";
import { mayHoldTable } from "./label-scan";
import { SheetView } from "./sheet-view";
import { gridCells, yearMentions, type YearMention } from "./year";

export interface SheetFacts {
  name: string;
  /** The indexed view; null for a sheet that cannot hold a table (see `label-scan.ts`). */
  view: SheetView | null;
  /** The sheet's candidates; `sheetIndex` is filled in per workbook by the caller. */
  candidates: ReadonlyArray<Omit<Candidate, "sheetIndex">>;
  /** Years the sheet's text names, outside its tables. */
  mentions: YearMention[];
}

export function sheetFacts(grid: SheetGrid, scan = true): SheetFacts {
  // A data sheet with none of the labels a table starts from: only its years are read.
  if (scan && !mayHoldTable(grid)) return { name: grid.name, view: null, candidates: [], mentions: yearMentions(gridCells(grid), () => false) };
  const view = new SheetView(grid);
  const candidates = candidatesOn(view, 0);
  const boxes = candidates.map(candidateBounds);
  const mentions = yearMentions(view, (r, col) => boxes.some((b) => r >= b.top && r <= b.bottom && col >= b.left && col <= b.right));
  return { name: grid.name, view, candidates, mentions };
}

/** Sheet facts kept between checks, per grid object; dropped with the grid. */
export class LocateCache {
  private readonly facts = new WeakMap<SheetGrid, SheetFacts>();
  /** Sheets worked out (not found in the cache) since this cache was made: for tests and benchmarks. */
  computed = 0;

  of(grid: SheetGrid): SheetFacts {
    let f = this.facts.get(grid);
    if (!f) {
      f = sheetFacts(grid);
      this.facts.set(grid, f);
      this.computed++;
    }
    return f;
  }
}

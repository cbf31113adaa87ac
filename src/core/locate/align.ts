/**
 * Ordered matching. A format lists its rows (or a group's columns) in a fixed order, and a sheet
 * shows them in that order; a label that occurs twice (`（二）被依法纠错数` under 四 and 五,
 * `结果维持` under three groups) is told apart by where it falls in the sequence. Given the
 * candidate cells of each item, pick at most one per item so that the chosen cells follow each
 * other on the sheet, maximising the weight of what is matched minus the cost of jumps, by
 * dynamic programming over (item, candidate).
 */
import type { Hit } from "./sheet-view";

export interface AlignRules<T extends Hit> {
  /** May `next` (of item `j`) follow `prev` (of item `i` < `j`) in one table? */
  follows(i: number, prev: T, j: number, next: T): boolean;
  /** What matching `hit` for item `j` is worth (> 0). */
  weight(j: number, hit: T): number;
  /** What the step from `prev` to `next` costs (≥ 0): unexplained rows or columns between them. */
  cost(i: number, prev: T, j: number, next: T): number;
  /** How many items may be skipped between two chosen ones (bounds the work). */
  window: number;
}

/**
 * Typed arrays for one alignment, one slot per (item, candidate) pair. Alignment runs for every
 * table kind, version and header group on every sheet, mostly on a few dozen slots, where
 * allocating the arrays cost as much as the work: they are kept and reused (grown when needed).
 */
export class AlignScratch {
  /** First slot of each item; `start[n]` is the number of slots. */
  start = new Int32Array(64);
  value = new Float64Array(256);
  /** The slot of the previous choice in the best chain ending here, or -1. */
  back = new Int32Array(256);
  itemOf = new Int32Array(256);
  row = new Int32Array(256);
  col = new Int32Array(256);
  weight = new Float64Array(256);
  flag = new Uint8Array(256);
  private busy = false;

  /** Arrays for `n` items holding `candidates`; a nested use gets arrays of its own. */
  static take(shared: AlignScratch, candidates: readonly (readonly unknown[])[]): AlignScratch {
    const s = shared.busy ? new AlignScratch() : shared;
    s.busy = true;
    const n = candidates.length;
    if (s.start.length < n + 1) s.start = new Int32Array(Math.max(n + 1, s.start.length * 2));
    const start = s.start;
    start[0] = 0;
    for (let j = 0; j < n; j++) start[j + 1] = start[j] + candidates[j].length;
    const size = start[n];
    if (s.value.length < size) {
      const cap = Math.max(size, s.value.length * 2);
      s.value = new Float64Array(cap);
      s.back = new Int32Array(cap);
      s.itemOf = new Int32Array(cap);
      s.row = new Int32Array(cap);
      s.col = new Int32Array(cap);
      s.weight = new Float64Array(cap);
      s.flag = new Uint8Array(cap);
    }
    const itemOf = s.itemOf;
    for (let j = 0; j < n; j++) for (let at = start[j]; at < start[j + 1]; at++) itemOf[at] = j;
    return s;
  }

  release(): void {
    this.busy = false;
  }
}

const shared = new AlignScratch();

/** The chosen candidate per item (or null), for the best chain; the earliest chain wins ties. */
export function align<T extends Hit>(candidates: readonly (readonly T[])[], rules: AlignRules<T>): (T | null)[] {
  const n = candidates.length;
  const s = AlignScratch.take(shared, candidates);
  const { start, value, back } = s;
  let bestValue = 0;
  let bestEnd = -1;

  for (let j = 0; j < n; j++) {
    const hits = candidates[j];
    const base = start[j];
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h];
      const own = rules.weight(j, hit);
      let v = own;
      let from = -1;
      for (let i = Math.max(0, j - rules.window - 1); i < j; i++) {
        const prevHits = candidates[i];
        const prevBase = start[i];
        for (let g = 0; g < prevHits.length; g++) {
          const prev = prevHits[g];
          if (!rules.follows(i, prev, j, hit)) continue;
          const candidate = value[prevBase + g] + own - rules.cost(i, prev, j, hit);
          if (candidate > v + 1e-9) {
            v = candidate;
            from = prevBase + g;
          }
        }
      }
      value[base + h] = v;
      back[base + h] = from;
      if (v > bestValue + 1e-9) {
        bestValue = v;
        bestEnd = base + h;
      }
    }
  }

  const chosen = chainOf(s, candidates, bestEnd);
  s.release();
  return chosen;
}

/** The candidate chosen per item on the chain that ends at slot `end` (-1: none). */
export function chainOf<T>(s: AlignScratch, candidates: readonly (readonly T[])[], end: number): (T | null)[] {
  const chosen: (T | null)[] = new Array<T | null>(candidates.length).fill(null);
  for (let at = end; at >= 0; at = s.back[at]) {
    const j = s.itemOf[at];
    chosen[j] = candidates[j][at - s.start[j]];
  }
  return chosen;
}

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

/** The chosen candidate per item (or null), for the best chain; the earliest chain wins ties. */
export function align<T extends Hit>(candidates: readonly (readonly T[])[], rules: AlignRules<T>): (T | null)[] {
  const n = candidates.length;
  const value: number[][] = candidates.map((hits) => hits.map(() => 0));
  const back: Array<Array<[number, number] | null>> = candidates.map((hits) => hits.map(() => null));
  let bestValue = 0;
  let bestEnd: [number, number] | null = null;

  for (let j = 0; j < n; j++) {
    const hits = candidates[j];
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h];
      const own = rules.weight(j, hit);
      let v = own;
      let from: [number, number] | null = null;
      for (let i = Math.max(0, j - rules.window - 1); i < j; i++) {
        const prevHits = candidates[i];
        for (let g = 0; g < prevHits.length; g++) {
          const prev = prevHits[g];
          if (!rules.follows(i, prev, j, hit)) continue;
          const candidate = value[i][g] + own - rules.cost(i, prev, j, hit);
          if (candidate > v + 1e-9) {
            v = candidate;
            from = [i, g];
          }
        }
      }
      value[j][h] = v;
      back[j][h] = from;
      if (v > bestValue + 1e-9) {
        bestValue = v;
        bestEnd = [j, h];
      }
    }
  }

  const chosen: (T | null)[] = new Array<T | null>(n).fill(null);
  let at = bestEnd;
  while (at) {
    chosen[at[0]] = candidates[at[0]][at[1]];
    at = back[at[0]][at[1]];
  }
  return chosen;
}

/**
 * The last of a list sorted by `index` that lies before a position, by bisection: a hostile
 * paragraph may name thousands of years and state thousands of numbers.
 */
export function lastBefore<T extends { index: number }>(list: readonly T[], index: number): T | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].index < index) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

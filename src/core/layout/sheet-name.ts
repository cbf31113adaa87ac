/**
 * Sheet names. A template goes on a new sheet named for its year; when a workbook already has
 * one (a second insertion, last year's copy), the host takes the next free `（2）`, `（3）` …
 */

/** Excel's limit on a sheet name's length. */
const MAX_LENGTH = 31;

export function sheetNameFor(year: number): string {
  return `${year}年度统计表`;
}

/** `base`, or `base（2）`, `base（3）`… whichever no sheet in `taken` has (Excel ignores case). */
export function availableSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `（${n}）`;
    const name = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

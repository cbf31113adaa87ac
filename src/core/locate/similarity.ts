/**
 * How alike two labels are, for the last resort of finding a row whose label has a typo no list
 * foresaw: 1 − edit distance / length of the longer (1 = same). Edit distance rather than
 * shared bigrams because Chinese labels are short: one wrong character in `传真申请数` leaves
 * 0.8 here but only half the bigrams. Only ever used for a cell that sits exactly where a
 * missing row belongs.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let prev = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, substitute));
    }
    prev = cur;
  }
  return 1 - prev[b.length] / longer;
}

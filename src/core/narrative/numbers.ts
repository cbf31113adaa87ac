/**
 * Numbers as the report's prose writes them: counts whole, 万元 with up to four decimals (the
 * legacy table's fee row), 元 with up to two (信息处理费). No thousands separators: reports
 * write `1250元`.
 */

const trim = (n: number, decimals: number): string => {
  const fixed = n.toFixed(decimals);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
};

export const countText = (n: number): string => String(Math.round(n));
export const wanText = (n: number): string => trim(n, 4);
export const yuanText = (n: number): string => trim(n, 2);

/** Chinese numerals people write in prose for counts: `五`, `十二`, `两`, `二十`, `一百零五`. */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  "○": 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** `12` or `十二` → 12; anything else → null. */
export function parseCount(text: string): number | null {
  const s = text.normalize("NFKC").trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零〇○一二两三四五六七八九十百千]+$/.test(s)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGITS) digit = DIGITS[ch];
    else {
      const unit = UNITS[ch];
      // `十二`: a unit without a digit before it counts one of it.
      total += (digit === 0 ? 1 : digit) * unit;
      digit = 0;
    }
  }
  return total + digit;
}

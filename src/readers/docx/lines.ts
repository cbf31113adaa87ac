/**
 * How the lines of a Word paragraph or table cell become one text. Inside a cell a line break
 * (a `w:br` or a new paragraph) only wraps a label that did not fit the column: '（三）不' +
 * '予公开' is the label '（三）不予公开', so Chinese lines join without a space; Latin words and
 * numbers on both sides of a break keep one space between them.
 */
import type { CellValue } from "../../core/types";

/** CJK ideographs, kana, CJK and full-width punctuation: no space is written between them. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** The lines joined: trimmed, empty ones dropped, a space only between two non-CJK ends. */
export function joinLines(lines: readonly string[]): string {
  let out = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    if (out !== "" && !CJK.test(out.charAt(out.length - 1)) && !CJK.test(line.charAt(0))) out += " ";
    out += line;
  }
  return out;
}

/**
 * Numbers as Excel turns typed text into numbers: plain decimals, a sign (`+1` in a 本年增/减
 * column), thousands grouped by commas. Anything else stays text.
 */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d*)?)$/;

/**
 * A cell's value as Excel's `range.values` would give it: null when empty, a number when the
 * text is a plain decimal number, else the text. Full-width digits, `/`, `5件` and the like stay
 * text: the core's cell reader knows them and says what it made of them.
 */
export function cellValue(text: string): CellValue {
  if (text === "") return null;
  if (PLAIN_NUMBER.test(text)) {
    const n = Number(text.replace(/,/g, ""));
    if (Number.isFinite(n)) return n;
  }
  return text;
}

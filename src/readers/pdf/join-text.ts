/**
 * Joining pieces of text the way a reader reads them: Chinese runs on without spaces (a label
 * wrapped inside its cell, '（三）不' + '予公开'), Latin words and numbers keep one space between them.
 */

/** CJK ideographs, CJK punctuation, full-width forms, and the like: no space next to them. */
const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2010-\u2027\u2030-\u205e]/;

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/** Append `next` to `text`, with a space only when `spaced` and neither side is CJK. */
export function joinPiece(text: string, next: string, spaced: boolean): string {
  if (text === "") return next;
  if (!spaced) return text + next;
  const last = text.charAt(text.length - 1);
  const first = next.charAt(0);
  return isCjk(last) || isCjk(first) || last === " " ? text + next : `${text} ${next}`;
}

/** Spaces between CJK characters are layout, not content; runs of spaces become one. */
export function tidy(text: string): string {
  let s = text.replace(/[\s\u3000]+/g, " ").trim();
  s = s.replace(/ (?=.)/g, (space, offset: number) => (isCjk(s.charAt(offset - 1)) || isCjk(s.charAt(offset + 1)) ? "" : space));
  return s;
}

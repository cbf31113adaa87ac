/**
 * Label normalisation: hand-typed tables differ from the published ones in width, spaces, line
 * breaks, brackets, quotes, numbering punctuation and a few well-known typos (formats.md §3).
 * Two labels that normalise to the same string are the same label.
 */

/** Typos seen in published tables, mapped to the official wording (applied after NFKC). */
const KNOWN_TYPOS: ReadonlyArray<readonly [string, string]> = [
  ["只计这一情况", "只计这一情形"],
  ["内容事务信息", "内部事务信息"],
];

/**
 * Whitespace removed from labels: JavaScript's `\s` plus the invisible characters text pasted
 * from web pages and chat tools carries (zero-width space, non-joiner, joiner, word joiner, BOM):
 * a label that looks right must match.
 */
const SPACES = new Set<number>([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x200b, 0x200c, 0x200d, 0x2028,
  0x2029, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff,
]);
/** Quotes of every kind become `"`; lenticular and tortoise-shell brackets become `[` `]`. */
const REPLACED: ReadonlyMap<string, string> = new Map([
  ..."“”„‟\"'‘’「」『』".split("").map((q): [string, string] => [q, '"']),
  ..."〔［【".split("").map((b): [string, string] => [b, "["]),
  ..."〕］】".split("").map((b): [string, string] => [b, "]"]),
]);
const CHINESE_NUMERALS = "一二三四五六七八九十";
const TRAILING = ":：。;；";

/** Normalised labels already computed: a live check reads the same labels on every edit. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 20000;

/**
 * Full/half width, spaces (including U+3000 and line breaks), brackets, quotes, list numbering
 * (`1、` / `1．` / `（1）` → `1.`) and known typos. The result is only for comparison, never for
 * display. One pass over the characters, then the numbering rules only when the first or last
 * character can start one: this runs once per text cell of every sheet checked.
 */
export function normalizeLabel(text: string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const nfkc = text.normalize("NFKC");
  let s = "";
  for (let i = 0; i < nfkc.length; i++) {
    const ch = nfkc[i];
    if (SPACES.has(nfkc.charCodeAt(i))) continue;
    s += REPLACED.get(ch) ?? ch;
  }
  const first = s.charAt(0);
  if ((first >= "0" && first <= "9") || first === "(") {
    // List numbering: `1、` `1，` `1．` `(1)` `1)` → `1.`; `(一)、` → `(一)`.
    s = s.replace(/^(\d+)[、,，.．]/, "$1.");
    s = s.replace(/^\((\d+)\)|^(\d+)\)(?!\d)/, (_m, a: string | undefined, b: string | undefined) => `${a ?? b}.`);
    s = s.replace(/^(\([一二三四五六七八九十]+\))[、.,]/, "$1");
  } else if (CHINESE_NUMERALS.includes(first)) {
    // `一.` / `一，` → `一、`.
    s = s.replace(/^([一二三四五六七八九十]+)[.,，．]/, "$1、");
  }
  // Trailing punctuation a typist adds: `其中：`, `予以公开。`.
  if (TRAILING.includes(s.charAt(s.length - 1))) s = s.replace(/[:：。;；]+$/, "");
  for (const [typo, right] of KNOWN_TYPOS) if (s.includes(typo)) s = s.split(typo).join(right);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, s);
  return s;
}

/** Leading list numbering of a normalised label: `(三)`, `三、`, `1.`, `其中:`. */
const NUMBERING = /^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+\.|其中:?)+/;

/** A normalised label without its list numbering: `(三)不予公开` → `不予公开`. */
export function withoutNumbering(normalized: string): string {
  return normalized.replace(NUMBERING, "");
}

/**
 * A normalised label without trailing parenthetical remarks: `现行有效件数(历史累计)` →
 * `现行有效件数`; `(二)部分公开(区分处理的…)` → `(二)部分公开`. Leading numbering stays.
 */
export function core(normalized: string): string {
  let s = normalized;
  for (;;) {
    const m = /\([^()]*\)$/.exec(s);
    if (!m || m.index === 0) return s;
    const next = s.slice(0, m.index);
    // Keep `(三)` when it is the whole remaining label's numbering, e.g. `(三)`.
    if (NUMBERING.test(s) && next.replace(NUMBERING, "") === "") return s;
    s = next;
  }
}

/** How well a cell's text matches an official label; higher is better, 0 is no match. */
export function matchScore(cellText: string, official: string, aliases: readonly string[] = []): number {
  const cell = normalizeLabel(cellText);
  if (cell === "") return 0;
  let best = 0;
  for (const [i, candidate] of [official, ...aliases].entries()) {
    const want = normalizeLabel(candidate);
    const penalty = i === 0 ? 0 : 1; // the official label beats an alias at the same level
    if (cell === want) best = Math.max(best, 8 - penalty);
    else if (core(cell) === core(want)) best = Math.max(best, 6 - penalty);
    else if (withoutNumbering(cell) === withoutNumbering(want) && withoutNumbering(want) !== "") best = Math.max(best, 4 - penalty);
    else if (withoutNumbering(core(cell)) === withoutNumbering(core(want)) && withoutNumbering(core(want)) !== "") best = Math.max(best, 2 - penalty);
  }
  return best;
}

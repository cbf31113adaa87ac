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
 * Full/half width, spaces (including U+3000 and line breaks), brackets, quotes, list numbering
 * (`1、` / `1．` → `1.`) and known typos. The result is only for comparison, never for display.
 */
export function normalizeLabel(text: string): string {
  let s = text.normalize("NFKC");
  s = s.replace(/[\s\u3000\u00a0\u200b]+/g, "");
  s = s.replace(/[“”„‟"'‘’「」『』]/g, '"');
  s = s.replace(/[〔［【]/g, "[").replace(/[〕］】]/g, "]");
  // List numbering: `1、` `1，` `1．` `(1)` `1)` → `1.`; `一.` / `一，` → `一、`; `(一)、` → `(一)`.
  s = s.replace(/^(\d+)[、,，.．]/, "$1.");
  s = s.replace(/^\((\d+)\)|^(\d+)\)(?!\d)/, (_m, a: string | undefined, b: string | undefined) => `${a ?? b}.`);
  s = s.replace(/^([一二三四五六七八九十]+)[.,，．]/, "$1、");
  s = s.replace(/^(\([一二三四五六七八九十]+\))[、.,]/, "$1");
  // Trailing punctuation a typist adds: `其中：`, `予以公开。`.
  s = s.replace(/[:：。;；]+$/, "");
  for (const [typo, right] of KNOWN_TYPOS) s = s.split(typo).join(right);
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
    if (NUMBERING.test(s) && next.replace(NUMBERING, "") === "" ) return s;
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
    else if (withoutNumbering(cell) === withoutNumbering(want) && withoutNumbering(want) !== "")
      best = Math.max(best, 4 - penalty);
    else if (
      withoutNumbering(core(cell)) === withoutNumbering(core(want)) &&
      withoutNumbering(core(want)) !== ""
    )
      best = Math.max(best, 2 - penalty);
  }
  return best;
}

/**
 * The year a paragraph opens with (`2022年，…`, `2023年度…`, `本年度…`): it governs the paragraphs
 * after it up to the next section heading, as reports state the year once at the start of a
 * section (text-checks.ts).
 */
import { matchingText, yearsIn } from "./claims";
import type { StatedYear } from "./stated";

/** Enough of a line to hold a leading year: `二〇二三年度，`. */
const HEAD = 16;

export function openingYear(line: string): Exclude<StatedYear, null> | null {
  const head = matchingText(line.slice(0, HEAD));
  const first = yearsIn(head)[0];
  if (first && first.index === 0) return first.year;
  return /^(?:本年度?|今年)/.test(head) ? "this" : null;
}

/**
 * The year a paragraph opens with (`2022年，…`, `2023年度…`, `本年度…`): it governs the paragraphs
 * after it up to the next section heading, as reports state the year once at the start of a
 * section (text-checks.ts).
 */
import { matchingText, yearsIn } from "./claims";
import type { StatedYear } from "./stated";

/** Enough of a line to hold a leading year: `二〇二三年度，`. */
const HEAD = 16;

/** What a line opening with a year or `本年`/`今年` starts with, after spaces (checked first: most lines do not). */
export const MAY_OPEN = /^[\s\u3000]*[0-9０-９〇○零一二三四五六七八九本今]/;

export function openingYear(line: string): Exclude<StatedYear, null> | null {
  if (!MAY_OPEN.test(line)) return null;
  const head = matchingText(line.slice(0, HEAD));
  const first = yearsIn(head)[0];
  if (first && first.index === 0) return first.year;
  return /^(?:本年度?|今年)/.test(head) ? "this" : null;
}

/**
 * The year the latest paragraph opening with one gives, since the last heading: read only when a
 * line after it is checked, so the data cells of a big workbook (`2023年3月5日`) cost a test each.
 */
export class SectionYear {
  private known: StatedYear = null;
  private pending: string[] = [];

  reset(): void {
    this.known = null;
    this.pending = [];
  }

  /** A line of the section, in order. */
  see(line: string): void {
    if (MAY_OPEN.test(line)) this.pending.push(line);
  }

  /** The year governing the next line. */
  current(): StatedYear {
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const year = openingYear(this.pending[i]);
      if (year !== null) {
        this.known = year;
        break;
      }
    }
    this.pending = [];
    return this.known;
  }
}

/**
 * Page furniture: page numbers ("- 2 -", "第 2 页", "2/6") and running headers or footers (the
 * report's title repeated at the top of every page) in the top or bottom margin of a page. They
 * are no part of the report's text, and they must not keep a table from continuing on the next
 * page.
 */
import { type TextLine, textLines } from "./lines";
import type { PageLayout } from "./page-tables";

const PAGE_NUMBER = /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/** The share of the page height at the top and at the bottom where furniture sits. */
const MARGIN = 0.12;

const inMargin = (line: TextLine, pageHeight: number): boolean => line.y < MARGIN * pageHeight || line.y > (1 - MARGIN) * pageHeight;

/** A margin line's text with its numbers generalised: "第 3 页" and "第 4 页" are the same footer. */
const shape = (line: TextLine): string => line.text.replace(/\s+/g, "").replace(/\d+/g, "#");

/** Each page's lines outside its tables, without page numbers and running headers or footers. */
export function bodyLines(layouts: PageLayout[]): TextLine[][] {
  const pages = layouts.map((layout) => textLines(layout.loose));
  // A margin line whose text (numbers aside) recurs on at least half the pages is a running header
  // or footer. Two pages are not enough: a title or section heading that happens to open two pages
  // of a short report is text, and losing it loses the year it states.
  const seen = new Map<string, Set<number>>();
  pages.forEach((lines, i) => {
    for (const line of lines) {
      if (!inMargin(line, layouts[i].height)) continue;
      const key = shape(line);
      const at = seen.get(key) ?? new Set<number>();
      at.add(i);
      seen.set(key, at);
    }
  });
  const running = new Set([...seen].filter(([, at]) => at.size >= Math.max(2, Math.ceil(pages.length / 2))).map(([key]) => key));
  return pages.map((lines, i) => lines.filter((line) => !(inMargin(line, layouts[i].height) && (PAGE_NUMBER.test(line.text.trim()) || running.has(shape(line))))));
}

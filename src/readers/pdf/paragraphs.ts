/**
 * The running text of the document as paragraphs, in reading order. A printed line ends where
 * the page is full, not where the sentence does, so lines are joined until a paragraph visibly
 * ends: the next line is indented (Chinese paragraphs start two characters in), the line ends
 * short of the right margin, a blank gap or a table comes between, or the font size changes. A
 * paragraph a page break cuts continues on the next page.
 */
import { bodyLines } from "./furniture";
import { joinPiece, tidy } from "./join-text";
import type { TextLine } from "./lines";
import type { PageLayout } from "./page-tables";

/** Indent (in font sizes) that starts a paragraph; a short line ends more than this before the margin. */
const INDENT = 1.2;
const SHORT = 1.5;
/** A gap of more than this many times the usual line pitch separates paragraphs. */
const GAP = 1.7;
/** Font sizes differing by more than this share are a heading and its text. */
const SIZE_CHANGE = 0.15;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Margins and line pitch are the document's, not a page's: a page may hold two short lines only. */
interface PageLines {
  lines: TextLine[];
  left: number;
  right: number;
  pitch: number;
  tables: { top: number; bottom: number }[];
}

function documentLines(layouts: PageLayout[]): PageLines[] {
  const bodies = bodyLines(layouts);
  const pages = layouts.map((layout, i) => ({
    lines: bodies[i],
    tables: layout.tables.map((t) => ({ top: t.top, bottom: t.bottom })),
  }));
  const all = pages.flatMap((p) => p.lines);
  // Pitches within paragraphs dominate a report; gaps that a table fills are not pitches.
  const pitches = pages.flatMap((p) =>
    p.lines.slice(1).flatMap((l, i) => {
      const prev = p.lines[i];
      const d = l.y - prev.y;
      return d > 0 && !p.tables.some((t) => t.top >= prev.y && t.bottom <= l.y) ? [d] : [];
    }),
  );
  // reduce, not Math.min(...): a hostile file's millions of lines would overflow the call stack.
  const left = all.reduce((m, l) => Math.min(m, l.x), Infinity);
  const right = all.reduce((m, l) => Math.max(m, l.end), -Infinity);
  const pitch = median(pitches);
  return pages.map((p) => ({ ...p, left, right, pitch }));
}

const indented = (line: TextLine, page: PageLines): boolean => line.x > page.left + INDENT * line.size;
const short = (line: TextLine, page: PageLines): boolean => line.end < page.right - SHORT * line.size;

/** A section or item heading: `二、…`, `（三）…`. */
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

function breaksBetween(prev: TextLine, line: TextLine, page: PageLines): boolean {
  if (indented(line, page) || short(prev, page) || HEADING.test(line.text)) return true;
  if (Math.abs(line.size - prev.size) > SIZE_CHANGE * Math.max(line.size, prev.size)) return true;
  if (page.pitch > 0 && line.y - prev.y > GAP * page.pitch) return true;
  return page.tables.some((t) => t.top >= prev.y && t.bottom <= line.y);
}

export function paragraphs(pages: PageLayout[]): string[] {
  const out: string[] = [];
  let current = "";
  let carry: { line: TextLine; page: PageLines } | null = null;
  const flush = (): void => {
    const text = tidy(current);
    if (text !== "") out.push(text);
    current = "";
  };
  for (const page of documentLines(pages)) {
    page.lines.forEach((line, i) => {
      const prev = i > 0 ? page.lines[i - 1] : null;
      let newParagraph: boolean;
      if (prev) newParagraph = breaksBetween(prev, line, page);
      else if (carry) {
        // Across a page break: the last line ran to the margin, this one is not indented, no table above it.
        const tableAbove = page.tables.some((t) => t.bottom <= line.y);
        newParagraph = short(carry.line, carry.page) || indented(line, page) || tableAbove;
      } else newParagraph = true;
      if (newParagraph) flush();
      current = joinPiece(current, line.text, true);
    });
    const last = page.lines[page.lines.length - 1];
    const tableBelow = last ? page.tables.some((t) => t.top >= last.y) : true;
    carry = last && !tableBelow ? { line: last, page } : null;
    if (!carry) flush();
  }
  flush();
  return out;
}

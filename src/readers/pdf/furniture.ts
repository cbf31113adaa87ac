/**
 * Page furniture: page numbers ("- 2 -", "第 2 页", "2/6") at the top or bottom of a page. They are
 * no part of the report's text, and they must not keep a table from continuing on the next page.
 */
import type { TextLine } from "./lines";

const PAGE_NUMBER = /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/** The share of the page height at the top and at the bottom where furniture sits. */
const MARGIN = 0.15;

export function isFurniture(line: TextLine, pageHeight: number): boolean {
  const inMargin = line.y < MARGIN * pageHeight || line.y > (1 - MARGIN) * pageHeight;
  return inMargin && PAGE_NUMBER.test(line.text.trim());
}

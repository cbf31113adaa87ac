/**
 * One `<table>` element read into rows of cells: which rows belong to which row group, each
 * cell's text and spans, numbers as numbers. Hidden rows and cells (Excel's web export hides
 * rows with `display:none`) are not there for a reader, so they are not read.
 */
import type { CellValue } from "../../core/types";
import { attr, childrenOf, isElement, isSkipped, type Element } from "./dom";
import { colspanOf, rowspanOf, type RowGroup, type SourceCell } from "./layout";

const PLAIN_NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

/** A cell's text as Excel would take it typed in: plain numbers become numbers, the rest stays text. */
export function valueOfText(text: string): CellValue {
  if (text === "") return null;
  if (PLAIN_NUMBER.test(text)) {
    const n = Number(text.replace(/,/g, ""));
    if (Number.isFinite(n)) return n;
  }
  return text;
}

const elementChildren = (el: Element): Element[] =>
  childrenOf(el)
    .filter(isElement)
    .filter((c) => !isSkipped(c));

function rowCells(tr: Element, cellText: (cell: Element) => string): SourceCell[] {
  return elementChildren(tr)
    .filter((c) => c.tagName === "td" || c.tagName === "th")
    .map((c) => ({ value: valueOfText(cellText(c)), colspan: colspanOf(attr(c, "colspan")), rowspan: rowspanOf(attr(c, "rowspan")) }));
}

/** The table's row groups in source order; `<tr>`s directly in the table form groups of their own. */
export function rowGroupsOf(table: Element, cellText: (cell: Element) => string): RowGroup[] {
  const groups: RowGroup[] = [];
  let bare: RowGroup | null = null;
  for (const child of elementChildren(table)) {
    if (child.tagName === "tr") {
      if (!bare) groups.push((bare = []));
      bare.push(rowCells(child, cellText));
      continue;
    }
    bare = null;
    if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot") {
      groups.push(
        elementChildren(child)
          .filter((r) => r.tagName === "tr")
          .map((r) => rowCells(r, cellText)),
      );
    }
  }
  return groups;
}

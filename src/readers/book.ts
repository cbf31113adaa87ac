/**
 * A book as the core takes it: its sheets' grids, and the document's text as one more sheet, so
 * the narrative checks read the text the report really contains and a finding about a sentence
 * names its place (`正文!A12` = the twelfth paragraph) as findings on cells do.
 */
import type { SheetGrid } from "../core/types";
import type { ReadBook, ReadSheet } from "./types";

/** The sheet name under which a document's paragraphs are presented. */
export const TEXT_SHEET = "正文";

/** A read book, or what a host keeps of one (the CLI's workers send sheets and text only). */
export interface GridSource {
  sheets: readonly ReadSheet[];
  text?: readonly string[];
}

export function bookGrids(book: ReadBook | GridSource): SheetGrid[] {
  const grids = book.sheets.map((s) => s.grid);
  if (book.text && book.text.length > 0) {
    grids.push({ name: TEXT_SHEET, values: book.text.map((p) => [p]), originRow: 0, originCol: 0 });
  }
  return grids;
}

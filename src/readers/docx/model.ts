/** A Word document as this reader keeps it: tables as rows of cells, paragraphs as their lines. */

/** A paragraph's lines: the text between its `w:br` breaks. */
export type Lines = string[];

/**
 * Paragraphs in order, where a layout frame's paragraphs sit as one entry at the frame's place:
 * moving them up by reference keeps frames nested thousands deep linear, not quadratic.
 */
export type Paragraphs = Array<Lines | { frame: Paragraphs }>;

/** The paragraphs in order, frames opened (iteratively: frames may nest deeper than the call stack). */
export function flatten(paragraphs: Paragraphs): Lines[] {
  const out: Lines[] = [];
  const open: Array<{ list: Paragraphs; at: number }> = [{ list: paragraphs, at: 0 }];
  while (open.length > 0) {
    const top = open[open.length - 1];
    if (top.at >= top.list.length) {
      open.pop();
      continue;
    }
    const item = top.list[top.at++];
    if (Array.isArray(item)) out.push(item);
    else open.push({ list: item.frame, at: 0 });
  }
  return out;
}

export interface DocCell {
  /** Grid columns the cell covers (`w:gridSpan`). */
  span: number;
  /** True for a cell merged into the one above (`w:vMerge` continue) or on its left (`w:hMerge`). */
  merged: boolean;
  /** The cell's own paragraphs (a layout frame's among them); a nested table's are not. */
  paragraphs: Paragraphs;
  /** Tables nested directly in this cell. */
  nested: number;
}

export interface DocRow {
  /** Grid columns skipped before the first cell (`w:gridBefore`) and after the last. */
  before: number;
  after: number;
  cells: DocCell[];
}

export interface DocTable {
  rows: DocRow[];
}

export interface ParsedDocument {
  /** Tables in the order they start in the document (an outer table before those nested in it). */
  tables: DocTable[];
  /** Paragraphs outside tables (and inside layout frames), in reading order. */
  paragraphs: Paragraphs;
  /** A table sat inside a text box, and text boxes are not read. */
  tableInTextBox: boolean;
  /** Content imported as an embedded web page or RTF (`w:altChunk`), which Word converts only on opening. */
  altChunks: number;
}

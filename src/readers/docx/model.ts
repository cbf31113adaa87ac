/** A Word document as this reader keeps it: tables as rows of cells, paragraphs as their lines. */

/** A paragraph's lines: the text between its `w:br` breaks. */
export type Lines = string[];

export interface DocCell {
  /** Grid columns the cell covers (`w:gridSpan`). */
  span: number;
  /** True for a cell merged into the one above (`w:vMerge` continue) or on its left (`w:hMerge`). */
  merged: boolean;
  /** The cell's own paragraphs; a nested table's paragraphs are not among them. */
  paragraphs: Lines[];
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
  paragraphs: Lines[];
  /** A table sat inside a text box, and text boxes are not read. */
  tableInTextBox: boolean;
  /** Content imported as an embedded web page or RTF (`w:altChunk`), which Word converts only on opening. */
  altChunks: number;
}

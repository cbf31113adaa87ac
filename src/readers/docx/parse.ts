/**
 * One streaming pass over `word/document.xml`: the tables with their merges, and the paragraphs
 * outside them, as the reader sees them on the page.
 *
 * - Deleted revisions (`w:del`, `w:moveFrom`) are dropped, insertions (`w:ins`, `w:moveTo`) kept;
 *   a row whose row mark is deleted is dropped.
 * - Fields keep their displayed result, never their code (`w:instrText`, and any text between a
 *   `begin` and its `separate`).
 * - Hidden runs (`w:vanish`) are not on the page and are dropped, and so is a content control's
 *   placeholder ("单击或点击此处输入文字。" in a template's empty value cell is not a value).
 * - Text boxes (`w:txbxContent`) are floating page furniture — seals, signatures, stamps, the
 *   odd heading — outside the reading flow, and Word stores each twice (`mc:Choice` and its
 *   `mc:Fallback`); they are not read, so nothing is duplicated or spliced into the sentence or
 *   cell they are anchored in. Of every `mc:AlternateContent` only the first branch is read.
 * - A table nested in a cell is a table of its own (its own sheet); its text does not also go
 *   into the outer cell, which would become one unreadable string of all the inner numbers.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { clip, ReaderError } from "../errors";
import type { ReadLimits } from "../limits";
import { isFrame } from "./frame";
import { Names } from "./names";
import type { DocCell, DocRow, DocTable, Lines, Paragraphs, ParsedDocument } from "./model";

/** Subtrees never read: revisions taken out, text boxes, ruby text, and properties with no text. */
const SKIPPED = new Set(["w:del", "w:moveFrom", "w:txbxContent", "w:rt", "w:pPr", "w:tblPr", "w:tblGrid", "w:sectPr", "w:tblPrEx"]);

interface OpenTable {
  table: DocTable;
  slot: number;
  row: (DocRow & { deleted: boolean }) | null;
  cell: DocCell | null;
}

interface OpenParagraph {
  lines: Lines;
  current: string;
}

const isOff = (v: string | undefined): boolean => v === "0" || v === "false" || v === "off";

/** A count from an attribute, at least `min`; a hostile 10^12 is caught by the cell budget. */
function count(v: string | undefined, min: number): number {
  const n = Number.parseInt(v ?? "", 10);
  return Number.isFinite(n) && n > min ? n : min;
}

/** `feed` hands the document's text to `write`, chunk by chunk, in order. */
export function parseDocument(feed: (write: (text: string) => void) => void, limits: ReadLimits): ParsedDocument {
  const tables: Array<DocTable | null> = [];
  const body: Paragraphs = [];
  let tableInTextBox = false;
  let altChunks = 0;

  const stack: string[] = [];
  /** Depth of the element whose subtree is being skipped; 0 when reading. */
  let skipDepth = 0;
  const open: OpenTable[] = [];
  let paragraph: OpenParagraph | null = null;
  let runHidden = false;
  /** Open fields, innermost last: true while in the field's code (before its `separate`). */
  const fields: boolean[] = [];
  /** How many open fields are in their code: text is read only when none is. */
  let inCode = 0;
  /** Open content controls (`w:sdt`): is each showing its placeholder? */
  const controls: boolean[] = [];
  /** Open contents of controls showing their placeholder: text is read only when there is none. */
  let inPlaceholder = 0;
  /** Open `mc:AlternateContent`s: has a branch been read? */
  const alternates: boolean[] = [];
  /** Grid cells (and rows) the tables span so far: a hostile `w:gridSpan` must not allocate a sheet of it. */
  let cells = 0;

  const parent = (): string => stack[stack.length - 2] ?? "";
  const top = (): OpenTable | undefined => open[open.length - 1];
  /** Where a finished paragraph goes: the open cell of the innermost table, else the body. */
  const destination = (): Paragraphs => top()?.cell?.paragraphs ?? body;
  /** Is the subtree being skipped a text box? (Skips do not nest: nothing inside one starts another.) */
  let skippingTextBox = false;
  const startSkip = (): void => {
    skipDepth = stack.length;
    skippingTextBox = stack[stack.length - 1] === "w:txbxContent";
  };

  /** Is text here on the page: in a paragraph, not hidden, not a field's code, not a placeholder? */
  const shown = (): boolean => paragraph !== null && !runHidden && inCode === 0 && inPlaceholder === 0;

  const names = new Names();
  const attr = (tag: SaxesTagPlain, local: string): string | undefined => names.attr(tag, local);
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    if (stack.length === 0) names.declare(tag);
    const key = names.key(tag.name);
    stack.push(key);
    if (skipDepth > 0) {
      if (key === "w:tbl" && skippingTextBox) tableInTextBox = true;
      return;
    }
    if (SKIPPED.has(key)) {
      if (key === "w:del" && parent() === "w:trPr") {
        const row = top()?.row;
        if (row) row.deleted = true;
      }
      startSkip();
      return;
    }
    switch (key) {
      case "w:p":
        paragraph = { lines: [], current: "" };
        break;
      case "w:r":
        runHidden = false;
        break;
      case "w:vanish":
      case "w:specVanish":
        if (parent() === "w:rPr" && stack[stack.length - 3] === "w:r") runHidden = !isOff(attr(tag, "val"));
        break;
      case "w:tab":
      case "w:ptab":
        if (parent() === "w:r" && shown() && paragraph) paragraph.current += " ";
        break;
      case "w:noBreakHyphen":
        if (shown() && paragraph) paragraph.current += "-";
        break;
      case "w:br":
      case "w:cr":
        if (parent() === "w:r" && shown() && paragraph) {
          paragraph.lines.push(paragraph.current);
          paragraph.current = "";
        }
        break;
      case "w:fldChar": {
        const type = attr(tag, "fldCharType");
        if (type === "begin") {
          fields.push(true);
          inCode++;
        } else if (type === "separate" && fields[fields.length - 1]) {
          fields[fields.length - 1] = false;
          inCode--;
        } else if (type === "end" && fields.length > 0 && fields.pop()) inCode--;
        break;
      }
      case "w:tbl": {
        const cell = top()?.cell;
        if (cell) cell.nested++;
        open.push({ table: { rows: [] }, slot: tables.length, row: null, cell: null });
        tables.push(null);
        break;
      }
      case "w:tr": {
        const t = top();
        if (t) t.row = { before: 0, after: 0, cells: [], deleted: false };
        // A row costs like a cell: millions of empty rows are no report either.
        cells++;
        break;
      }
      case "w:gridBefore":
      case "w:gridAfter": {
        const row = top()?.row;
        if (row && parent() === "w:trPr") {
          const n = count(attr(tag, "val"), 0);
          cells += n;
          if (key === "w:gridBefore") row.before = n;
          else row.after = n;
        }
        break;
      }
      case "w:tc": {
        const t = top();
        if (t) {
          t.row ??= { before: 0, after: 0, cells: [], deleted: false };
          t.cell = { span: 1, merged: false, paragraphs: [], nested: 0 };
          cells++;
        }
        break;
      }
      case "w:gridSpan": {
        const cell = top()?.cell;
        if (cell && parent() === "w:tcPr") {
          cell.span = count(attr(tag, "val"), 1);
          cells += cell.span - 1;
        }
        break;
      }
      case "w:vMerge":
      case "w:hMerge": {
        const cell = top()?.cell;
        // No value, or "continue": this cell continues the merge begun above (or on the left).
        if (cell && parent() === "w:tcPr") cell.merged = attr(tag, "val") !== "restart";
        break;
      }
      case "w:altChunk":
        altChunks++;
        break;
      case "w:sdt":
        controls.push(false);
        break;
      case "w:showingPlcHdr":
        if (parent() === "w:sdtPr" && controls.length > 0) controls[controls.length - 1] = !isOff(attr(tag, "val"));
        break;
      case "w:sdtContent":
        if (controls[controls.length - 1]) inPlaceholder++;
        break;
      case "mc:AlternateContent":
        alternates.push(false);
        break;
      case "mc:Choice":
      case "mc:Fallback":
        if (alternates[alternates.length - 1]) startSkip();
        else if (alternates.length > 0) alternates[alternates.length - 1] = true;
        break;
    }
    if (cells > limits.maxCellsPerSheet) throw new ReaderError(`文档中的表格过大（超过 ${limits.maxCellsPerSheet} 个单元格），不像是年度报告；请只提交报告本身`);
  });

  parser.on("text", (text) => {
    if (skipDepth === 0 && stack[stack.length - 1] === "w:t" && shown() && paragraph) paragraph.current += text;
  });

  parser.on("closetag", () => {
    const key = stack[stack.length - 1];
    if (skipDepth > 0) {
      if (stack.length === skipDepth) skipDepth = 0;
      stack.pop();
      return;
    }
    stack.pop();
    switch (key) {
      case "w:p":
        if (paragraph) {
          paragraph.lines.push(paragraph.current);
          // Empty paragraphs (spacing, the one Word ends every cell with) are kept nowhere.
          if (paragraph.lines.some((line) => line.trim() !== "")) destination().push(paragraph.lines);
          paragraph = null;
        }
        break;
      case "w:tc": {
        const t = top();
        if (t?.row && t.cell) t.row.cells.push(t.cell);
        if (t) t.cell = null;
        break;
      }
      case "w:tr": {
        const t = top();
        if (t?.row && !t.row.deleted) t.table.rows.push(t.row);
        if (t) t.row = null;
        break;
      }
      case "w:tbl": {
        const t = open.pop();
        if (!t) break;
        if (isFrame(t.table)) {
          const frame: Paragraphs = [];
          for (const row of t.table.rows) for (const cell of row.cells) for (const item of cell.paragraphs) frame.push(item);
          if (frame.length > 0) destination().push({ frame });
        } else {
          tables[t.slot] = t.table;
        }
        break;
      }
      case "w:sdtContent":
        if (controls[controls.length - 1]) inPlaceholder--;
        break;
      case "w:sdt":
        controls.pop();
        break;
      case "mc:AlternateContent":
        alternates.pop();
        break;
    }
  });

  /** Malformed XML is the file's fault: said in Chinese where it is noticed (inside the zip's inflate too). */
  const guarded = (step: () => void): void => {
    try {
      step();
    } catch (err) {
      if (err instanceof ReaderError) throw err;
      const detail = err instanceof Error ? err.message : String(err);
      throw new ReaderError(`Word 文档的正文已损坏（${clip(detail, 60)}），无法读取；请在 Word 或 WPS 中打开后重新保存为 .docx 再校验`);
    }
  };
  feed((text) => guarded(() => parser.write(text)));
  guarded(() => parser.close());
  return { tables: tables.filter((t): t is DocTable => t !== null), paragraphs: body, tableInTextBox, altChunks };
}

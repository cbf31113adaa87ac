/**
 * How much room text needs. Excel does not grow a row for wrapped text in merged cells, and a
 * template printed for signing must not clip a label, so the plan sets every row height itself
 * from an estimate of the text's width. The estimate errs on the roomy side.
 *
 * Units: a column width is in Excel's width unit, the width of `0` in the default font (7 px at
 * 96 dpi); a column of width w is 7w + 5 px wide. Heights and font sizes are in points.
 */

/** Pixels per width unit, and the padding Excel adds to every column. */
const PX_PER_UNIT = 7;
const COLUMN_PADDING_PX = 5;
/** Room a cell keeps free left and right of its text. */
const CELL_INSET_PX = 8;
/** Width of one indent level. */
const INDENT_PX = 12;
/** Line height over font size; CJK fonts are tall. */
const LINE_FACTOR = 1.3;
/** Room above and below the text in a row. */
const ROW_PADDING_PT = 3;

const PT_TO_PX = 96 / 72;

/** A column of `width` units in pixels. */
export function columnPx(width: number): number {
  return width * PX_PER_UNIT + COLUMN_PADDING_PX;
}

/** A column of `width` units in points (Office.js sets column widths in points). */
export function columnPoints(width: number): number {
  return columnPx(width) / PT_TO_PX;
}

/** Full-width characters: CJK, full-width punctuation and forms, curly quotes. */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019
  );
}

/** Width of one character in pixels at `size` points. */
function charPx(ch: string, size: number): number {
  const em = size * PT_TO_PX;
  return isWide(ch.codePointAt(0) ?? 0) ? em : em * 0.55;
}

/** Lines `text` takes in a cell `widthPx` wide (CJK text wraps between any two characters). */
export function lineCount(text: string, size: number, widthPx: number, indent = 0): number {
  const room = Math.max(widthPx - CELL_INSET_PX - indent * INDENT_PX, size * PT_TO_PX);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += 1;
    let used = 0;
    for (const ch of paragraph) {
      const w = charPx(ch, size);
      if (used + w > room && used > 0) {
        lines += 1;
        used = 0;
      }
      used += w;
    }
  }
  return lines;
}

/** Width in pixels `text` needs on one line. */
export function textPx(text: string, size: number): number {
  let widest = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    for (const ch of paragraph) used += charPx(ch, size);
    widest = Math.max(widest, used);
  }
  return widest + CELL_INSET_PX;
}

/** Row height in points for `lines` lines of text at `size` points. */
export function heightFor(lines: number, size: number): number {
  return Math.ceil(lines * size * LINE_FACTOR + ROW_PADDING_PT);
}

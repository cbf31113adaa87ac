/**
 * One worksheet's `<sheetData>` and `<mergeCells>`, scanned as the part inflates; everything else
 * in the part (views, validations, conditional formats, drawings) passes by unread. Cells are
 * counted as they come, so a data sheet far beyond the limit stops the inflating early.
 *
 * Which cells count follows exceljs, so grids stay what the command line always gave: a cell
 * with a value; a formula's cached result (none saved: not a cell, but listed as uncached); and a
 * cell element with neither a value nor a style (`<c r="B2"/>`), which belongs to the used range
 * as null. A styled empty cell does not count.
 */
import { toA1 } from "../../core/address";
import type { CellValue } from "../../core/types";
import type { ZipArchive } from "../zip";
import { parseA1At, parseRange, type SheetCells } from "./cells";
import { unescapeText } from "./shared-strings";
import { serialToDate, xmlDecodeAgain } from "./values";
import { attr, attrIn, decodeEntities, INCOMPLETE, NOT_MINE, scanPart, StopScan } from "./scan";

export interface SheetContext {
  sharedStrings: (string | undefined)[];
  dateStyles: Set<number>;
  date1904: boolean;
  maxCells: number;
  maxMerges: number;
}

export type SheetRead =
  | { ok: true; cells: SheetCells }
  /** Stopped early: more cells (or merged ranges) than any report table has. */
  | { ok: false; tooMany: "cells" | "merges"; counted: number; dimension: string | null };

/** What the parser is inside of. */
const enum In {
  Nothing,
  Value,
  Formula,
  InlineText,
  Run,
  RunText,
  Phonetic,
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A number written plainly (`-12`, `1234.56`, at most 15 digits) read in place, without making
 * a string: the digits as an integer, divided once by a power of ten, is the correctly rounded
 * value, the same double parseFloat gives. NaN for anything else (exponents, long digits), which
 * goes to parseFloat.
 */
export function plainNumber(text: string, start: number, end: number): number {
  let i = start;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  let mantissa = 0;
  /** Significant digits: leading zeros do not count against the 15 a double holds exactly. */
  let digits = 0;
  let sawDigit = false;
  let decimals = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      sawDigit = true;
      if (mantissa > 0 || c !== 48) digits++;
      mantissa = mantissa * 10 + (c - 48);
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0) decimals = 0;
    else return NaN;
  }
  if (!sawDigit || digits > 15 || decimals > 15) return NaN;
  const value = decimals > 0 ? mantissa / POW10[decimals] : mantissa;
  return negative ? -value : value;
}

/**
 * The number `text` holds from `start` to `end` when that is 1 to 15 ASCII digits (what parseInt
 * gives for them, without making a string), else -1.
 */
export function digitsAt(text: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** What `cellTag` read: the packed A1 reference (-1 for none or a bad one), the type and the style. */
const tag: { at: number; t: string | undefined; s: number } = { at: -1, t: undefined, s: 0 };

/**
 * The layout nearly every cell tag has, `<c r="B2"`, then maybe ` s="3"` (digits), then maybe
 * ` t="s"`, then `>` or `/>`, read in one pass into `tag`: returns where its ">" is (no ">"
 * comes before it), or -1 for any other layout, which the general loop reads.
 */
function cellTag(buf: string, lt: number): number {
  // ` r="`
  if (buf.charCodeAt(lt + 2) !== 32 || buf.charCodeAt(lt + 3) !== 114 || buf.charCodeAt(lt + 4) !== 61 || buf.charCodeAt(lt + 5) !== 34) return -1;
  const n = buf.length;
  let i = lt + 6;
  while (i < n && buf.charCodeAt(i) !== 34 && buf.charCodeAt(i) !== 62) i++;
  if (buf.charCodeAt(i) !== 34) return -1;
  tag.at = parseA1At(buf, lt + 6, i);
  tag.s = 0;
  tag.t = undefined;
  i++;
  // ` s="`
  if (buf.charCodeAt(i) === 32 && buf.charCodeAt(i + 1) === 115 && buf.charCodeAt(i + 2) === 61 && buf.charCodeAt(i + 3) === 34) {
    const start = i + 4;
    let s = 0;
    for (i = start; i < n; i++) {
      const digit = buf.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) break;
      s = s * 10 + digit;
    }
    if (i === start || i - start > 15 || buf.charCodeAt(i) !== 34) return -1;
    tag.s = s;
    i++;
  }
  // ` t="`
  if (buf.charCodeAt(i) === 32 && buf.charCodeAt(i + 1) === 116 && buf.charCodeAt(i + 2) === 61 && buf.charCodeAt(i + 3) === 34) {
    const start = i + 4;
    i = start;
    while (i < n && buf.charCodeAt(i) !== 34 && buf.charCodeAt(i) !== 62) i++;
    if (buf.charCodeAt(i) !== 34) return -1;
    tag.t = i === start + 1 && buf.charCodeAt(start) === 115 ? "s" : buf.slice(start, i);
    i++;
  }
  if (buf.charCodeAt(i) === 62) return i;
  return buf.charCodeAt(i) === 47 && buf.charCodeAt(i + 1) === 62 ? i + 1 : -1;
}

/** `</v></c>` at `at` (compared in place: a call to startsWith costs more, once per cell). */
function isValueCellEnd(buf: string, at: number): boolean {
  return (
    buf.charCodeAt(at) === 60 &&
    buf.charCodeAt(at + 1) === 47 &&
    buf.charCodeAt(at + 2) === 118 &&
    buf.charCodeAt(at + 3) === 62 &&
    buf.charCodeAt(at + 4) === 60 &&
    buf.charCodeAt(at + 5) === 47 &&
    buf.charCodeAt(at + 6) === 99 &&
    buf.charCodeAt(at + 7) === 62
  );
}

export function readSheet(zip: ZipArchive, part: string, ctx: SheetContext): SheetRead {
  const cells: SheetCells = { rows: [], cols: [], vals: [], merges: [], uncachedFormulas: [], dimension: null };
  const { rows, cols, vals, merges } = cells;
  let tooMany: "cells" | "merges" | null = null;

  let rowIndex = -1;
  let row = 0;
  let col = -1;
  let type: string | undefined;
  let styled = false;
  let style = 0;
  let inCell = false;
  let where = In.Nothing;
  let value: string | undefined;
  let formula = false;
  let runs: string[] | null = null;
  let runText = "";

  const push = (v: CellValue): void => {
    rows.push(row);
    cols.push(col);
    vals.push(v);
    if (vals.length > ctx.maxCells) {
      tooMany = "cells";
      throw new StopScan();
    }
  };

  const number = (text: string): CellValue => {
    const n = parseFloat(text);
    return styled && ctx.dateStyles.has(style) ? serialToDate(n, ctx.date1904) : n;
  };

  const endCell = (): void => {
    if (formula) {
      let result: CellValue | undefined;
      if (value) {
        if (type === "str") result = xmlDecodeAgain(value);
        else if (type === "b") result = parseInt(value, 10) !== 0;
        else if (type === "e") result = value;
        else result = number(value);
      }
      if (result === undefined) cells.uncachedFormulas.push(toA1({ row, col }));
      else push(result);
      return;
    }
    if (runs !== null && (type === "inlineStr" || value === undefined)) {
      push(runs.join(""));
      return;
    }
    if (value === undefined) {
      if (!styled) push(null);
      return;
    }
    switch (type) {
      case "s": {
        const s = ctx.sharedStrings[parseInt(value, 10)];
        if (s !== undefined) push(s);
        return;
      }
      case "str":
        return push(xmlDecodeAgain(value));
      case "inlineStr":
        return push(value);
      case "b":
        return push(parseInt(value, 10) !== 0);
      case "e":
        return push(value);
      default:
        return push(number(value));
    }
  };

  const startCell = (at: number, t: string | undefined, s: number): void => {
    if (at >= 0) ((row = Math.floor(at / 16384)), (col = at % 16384));
    else col++;
    inCell = true;
    type = t;
    style = s;
    styled = style > 0;
    value = undefined;
    formula = false;
    runs = null;
    where = In.Nothing;
  };

  /**
   * The cells nearly every sheet is made of, `<c r="B2" s="3" t="s"><v>7</v></c>` and `<c r="B2"/>`,
   * read in place without the general tokenizer; anything else is left to it.
   */
  const fastCell = (buf: string, lt: number): number => {
    if (inCell) return NOT_MINE;
    const first = buf.charCodeAt(lt + 1);
    if (first !== 99 /* c */) return first === 47 /* / */ ? fastClose(buf, lt) : first === 114 /* r */ ? fastRow(buf, lt) : NOT_MINE;
    const after = buf.charCodeAt(lt + 2);
    if (after !== 32 && after !== 62 && after !== 47) return NOT_MINE;
    const n = buf.length;
    let gt = cellTag(buf, lt);
    const usual = gt >= 0;
    if (!usual) {
      // A cell's tag is a few dozen characters: a loop the JIT inlines beats a call to indexOf.
      gt = lt + 2;
      while (gt < n && buf.charCodeAt(gt) !== 62 /* > */) gt++;
      if (gt >= n) return INCOMPLETE;
    }
    const selfClosing = buf.charCodeAt(gt - 1) === 47;
    const attrsEnd = selfClosing ? gt - 1 : gt;
    let at = usual ? tag.at : -1;
    let t = usual ? tag.t : undefined;
    let s = usual ? tag.s : 0;
    // The general attribute loop, for a tag the usual layout does not fit.
    let i = usual ? attrsEnd : lt + 2;
    while (i < attrsEnd) {
      if (buf.charCodeAt(i) <= 32) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < attrsEnd && buf.charCodeAt(i) > 32 && buf.charCodeAt(i) !== 61) i++;
      const nameLength = i - nameStart;
      while (i < attrsEnd && buf.charCodeAt(i) <= 32) i++;
      if (buf.charCodeAt(i) !== 61) return NOT_MINE;
      i++;
      while (i < attrsEnd && buf.charCodeAt(i) <= 32) i++;
      const quote = buf.charCodeAt(i);
      if (quote !== 34 && quote !== 39) return NOT_MINE;
      // Attribute values are a few characters: a loop the JIT inlines beats a call to indexOf.
      let valueEnd = i + 1;
      while (valueEnd < attrsEnd && buf.charCodeAt(valueEnd) !== quote) valueEnd++;
      if (valueEnd >= attrsEnd) return NOT_MINE;
      if (nameLength === 1) {
        const name = buf.charCodeAt(nameStart);
        if (name === 114 /* r */) at = parseA1At(buf, i + 1, valueEnd);
        else if (name === 116 /* t */) t = valueEnd === i + 2 && buf.charCodeAt(i + 1) === 115 ? "s" : buf.slice(i + 1, valueEnd);
        else if (name === 115 /* s */ && valueEnd > i + 1) {
          const digits = digitsAt(buf, i + 1, valueEnd);
          s = digits >= 0 ? digits : parseInt(buf.slice(i + 1, valueEnd), 10);
        }
      }
      i = valueEnd + 1;
    }
    if (selfClosing) {
      startCell(at, t, s);
      inCell = false;
      endCell();
      return gt + 1;
    }
    if (gt + 4 > buf.length) return INCOMPLETE;
    // "<v>"
    if (buf.charCodeAt(gt + 1) !== 60 || buf.charCodeAt(gt + 2) !== 118 || buf.charCodeAt(gt + 3) !== 62) return NOT_MINE;
    let textEnd = gt + 4;
    while (textEnd < n && buf.charCodeAt(textEnd) !== 60) textEnd++;
    if (textEnd + 8 > n) return INCOMPLETE;
    if (!isValueCellEnd(buf, textEnd)) return NOT_MINE;
    startCell(at, t, s);
    inCell = false;
    if ((t === undefined || t === "n") && textEnd > gt + 4) {
      const num = plainNumber(buf, gt + 4, textEnd);
      push(Number.isNaN(num) ? number(buf.slice(gt + 4, textEnd)) : styled && ctx.dateStyles.has(style) ? serialToDate(num, ctx.date1904) : num);
      return textEnd + 8;
    }
    if (t === "s") {
      // A shared string's index, read in place (endCell would parse the same digits from a string).
      const index = digitsAt(buf, gt + 4, textEnd);
      if (index >= 0) {
        const shared = ctx.sharedStrings[index];
        if (shared !== undefined) push(shared);
        return textEnd + 8;
      }
    }
    if (textEnd > gt + 4) value = decodeEntities(buf.slice(gt + 4, textEnd));
    endCell();
    return textEnd + 8;
  };

  /** A closing tag outside a cell (`</row>`, `</sheetData>`) changes nothing: stepped over. */
  const fastClose = (buf: string, lt: number): number => {
    const gt = buf.indexOf(">", lt);
    return gt < 0 ? NOT_MINE : gt + 1;
  };

  /** `<row r="2" spans="1:3" ...>`, read where it lies; `<rows>` or `<x:row>` are left to the general path. */
  const fastRow = (buf: string, lt: number): number => {
    if (buf.charCodeAt(lt + 2) !== 111 /* o */ || buf.charCodeAt(lt + 3) !== 119 /* w */) return NOT_MINE;
    const after = buf.charCodeAt(lt + 4);
    if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) return NOT_MINE;
    // `<row r="12"`, as nearly every row starts: its number read in place.
    if (after === 32 && buf.charCodeAt(lt + 5) === 114 && buf.charCodeAt(lt + 6) === 61 && buf.charCodeAt(lt + 7) === 34) {
      let end = lt + 8;
      while (end < buf.length && buf.charCodeAt(end) !== 34) end++;
      const r = buf.charCodeAt(end) === 34 ? digitsAt(buf, lt + 8, end) : -1;
      if (r >= 0) {
        const gt = buf.indexOf(">", end);
        if (gt < 0) return NOT_MINE;
        startRow(r);
        return gt + 1;
      }
    }
    const gt = buf.indexOf(">", lt);
    if (gt < 0) return NOT_MINE;
    startRow(rowNumber(attrIn(buf, lt + 1, gt, "r")));
    return gt + 1;
  };

  const rowNumber = (rAttr: string | undefined): number => (rAttr === undefined ? NaN : parseInt(rAttr, 10));

  const startRow = (r: number): void => {
    rowIndex = r >= 1 && r <= 1048576 ? r - 1 : rowIndex + 1;
    row = rowIndex;
    col = -1;
  };

  scanPart(zip, part, {
    fast: fastCell,
    open(name, tag) {
      if (inCell) {
        switch (name) {
          case "v":
            where = In.Value;
            return;
          case "f":
            where = In.Formula;
            if (attr(tag, "t") !== undefined) formula = true;
            return;
          case "t":
            if (where === In.Run) ((where = In.RunText), (runText = ""));
            else if (where !== In.Phonetic) where = In.InlineText;
            return;
          case "r":
            where = In.Run;
            runText = "";
            return;
          case "rPh":
            where = In.Phonetic;
            return;
        }
        return;
      }
      switch (name) {
        case "c": {
          const r = attr(tag, "r");
          const s = attr(tag, "s");
          startCell(r === undefined ? -1 : parseA1At(r, 0, r.length), attr(tag, "t"), s ? parseInt(s, 10) : 0);
          return;
        }
        case "row":
          startRow(rowNumber(attr(tag, "r")));
          return;
        case "mergeCell": {
          const ref = attr(tag, "ref");
          const rect = ref === undefined ? null : parseRange(ref);
          if (!rect) return;
          if (merges.length / 4 >= ctx.maxMerges) {
            tooMany = "merges";
            throw new StopScan();
          }
          merges.push(rect[0], rect[1], rect[2], rect[3]);
          return;
        }
        case "dimension":
          cells.dimension = attr(tag, "ref") ?? null;
          return;
      }
    },
    text(t) {
      switch (where) {
        case In.Value:
        case In.InlineText:
          value = value === undefined ? t : value + t;
          return;
        case In.Formula:
          formula = true;
          return;
        case In.RunText:
          runText += t;
          return;
      }
    },
    close(name) {
      if (!inCell) return;
      switch (name) {
        case "c":
          inCell = false;
          endCell();
          return;
        case "r":
          (runs ??= []).push(unescapeText(runText));
          where = In.Nothing;
          return;
        case "t":
          if (where === In.RunText) where = In.Run;
          else if (where !== In.Phonetic) where = In.Nothing;
          return;
        case "rPh":
        case "v":
        case "f":
          where = In.Nothing;
          return;
      }
    },
  });
  if (tooMany === "cells") return { ok: false, tooMany, counted: vals.length, dimension: cells.dimension };
  if (tooMany === "merges") return { ok: false, tooMany, counted: merges.length / 4, dimension: cells.dimension };
  return { ok: true, cells };
}

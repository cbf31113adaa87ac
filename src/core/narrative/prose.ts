/**
 * The report's prose as it sits in a workbook: text cells outside the located tables, one
 * paragraph per cell or the whole report pasted into one cell, split into lines and grouped under
 * the section headings (`六、其他需要报告的事项`) they follow.
 */
import { toA1 } from "../address";
import { rectOfA1, type Rect } from "../layout/rects";
import type { LocatedTable } from "../located";
import type { SheetGrid } from "../types";
import { isStampText } from "./stamp";

export interface ProseLine {
  sheet: string;
  /** A1 reference of the cell holding the line. */
  cell: string;
  text: string;
}

function rectOf(range: string): Rect | null {
  try {
    return rectOfA1(range);
  } catch {
    return null;
  }
}

/** Whether the sheet cell (`row`, `col`) lies in one of `rects` (`contains`, without a position object per cell). */
function insideAny(rects: readonly Rect[], row: number, col: number): boolean {
  for (const r of rects) if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) return true;
  return false;
}

/**
 * Every non-empty line of text outside the located tables, sheet by sheet, row by row. With
 * `keep`, a line before the sheet's first section heading is left out unless `keep` wants it:
 * the text checks read such a line only for what it states, while a section's body is read whole
 * (section 六's lines are a finding's cells). A data sheet's cells then cost a test each.
 */
export function proseLines(sheets: readonly SheetGrid[], tables: readonly LocatedTable[], keep?: (text: string) => boolean): ProseLine[] {
  const out: ProseLine[] = [];
  for (const sheet of sheets) sheetLines(sheet, tableRects(tables, sheet.name), keep, out);
  return out;
}

function tableRects(tables: readonly LocatedTable[], sheet: string): Rect[] {
  const rects: Rect[] = [];
  for (const t of tables) {
    if (t.sheet !== sheet) continue;
    const rect = rectOf(t.range);
    if (rect !== null) rects.push(rect);
  }
  return rects;
}

/**
 * One sheet's lines. The walk over every cell is kept apart from the (rarer) work on a text
 * outside the tables, so the engine compiles a small loop once instead of recompiling one large
 * function each time a sheet's rows hold a new kind of array.
 */
function sheetLines(sheet: SheetGrid, rects: readonly Rect[], keep: ((text: string) => boolean) | undefined, out: ProseLine[]): void {
  const state = { inSection: false };
  // Plain loops (a hole reads as undefined, which is no text, as `forEach` skipping it).
  const values = sheet.values;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (row === undefined) continue;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value !== "string") continue;
      // A table's own labels are most of a report sheet's text: ruled out first, by position
      // alone (the tests below are pure, so their order changes nothing but the cost).
      const sheetRow = sheet.originRow + r;
      const sheetCol = sheet.originCol + c;
      if (insideAny(rects, sheetRow, sheetCol)) continue;
      cellLines(sheet.name, sheetRow, sheetCol, value, keep, state, out);
    }
  }
}

/** The lines of one text cell outside the tables; `state` carries the sheet's section flag. */
function cellLines(
  sheet: string,
  row: number,
  col: number,
  value: string,
  keep: ((text: string) => boolean) | undefined,
  state: { inSection: boolean },
  out: ProseLine[],
): void {
  if (value.trim() === "" || isStampText(value)) return;
  const wanted = (text: string): boolean => !keep || state.inSection || keep(text) || headingNumeral(text) !== null;
  // `trim` removes what `[\s\u3000\u00a0]` names; most cells hold one line.
  const lines = /[\r\n]/.test(value) ? value.split(/\r\n|\r|\n/) : [value];
  if (!lines.some((line) => wanted(line.trim()))) return;
  const cell = toA1({ row, col });
  for (const line of lines) {
    const text = line.trim();
    if (text === "") continue;
    if (!state.inSection && headingNumeral(text) !== null) state.inSection = true;
    if (wanted(text)) out.push({ sheet, cell, text });
  }
}

/**
 * The numeral of a top-level section heading (`六、其他需要报告的事项` → `六`), or null. A heading is
 * short and is not a sentence: `一、加强组织领导，…` is a paragraph that happens to be numbered.
 */
export function headingNumeral(text: string): string | null {
  const m = /^([一二三四五六七八九十]+)[、.．]/.exec(text);
  if (!m) return null;
  const body = text.replace(/[。.]$/, "");
  if ([...body].length > 40 || /[，,；;。]/.test(body)) return null;
  return m[1];
}

export interface ProseSection {
  numeral: string;
  heading: ProseLine;
  body: ProseLine[];
}

/**
 * The lines grouped under the headings they follow. Lines before the first heading are left out,
 * and a section ends with its sheet: the next sheet's lines (a table's title) are not its text.
 */
export function proseSections(lines: readonly ProseLine[]): ProseSection[] {
  const sections: ProseSection[] = [];
  let current: ProseSection | null = null;
  for (const line of lines) {
    const numeral = headingNumeral(line.text);
    if (numeral !== null) {
      current = { numeral, heading: line, body: [] };
      sections.push(current);
    } else if (current && current.heading.sheet === line.sheet) current.body.push(line);
    else current = null;
  }
  return sections;
}

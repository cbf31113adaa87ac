/**
 * The report year. Read, in this order, from: the command line; the nearest title above the table
 * on its sheet (`2023年度政府信息公开工作年度报告`); the sheet's name (`2025年度统计表`); a year
 * the rest of the workbook names unambiguously; the file name. Only text that names a year as a
 * year counts (`2023年`): not `国办公开办函〔2021〕30号`, not a date such as `2024年1月31日`
 * (reports are published the year after), not a number in a value cell.
 */
import type { SheetGrid } from "../types";
import type { SheetView } from "./sheet-view";

export interface YearFound {
  year: number;
  /** Chinese, for messages: `标题“…”`, `工作表名“…”`, `文件名`, `命令行参数`. */
  source: string;
}

/*
 * The year is group 1 of both patterns. What stands before it is matched (the start, or a character
 * that is no digit), not looked behind at: lookbehind is ES2018, and the pane runs in web views
 * without it (EdgeHTML 18, Safari before 16.4). Matching it finds the same years: the character
 * before a year is never part of the previous match, because YEAR_IN_TEXT leaves the `年` after a
 * year to a lookahead, and YEAR_IN_NAME's year must be followed by a non-digit it does not take.
 */
/** A year written as a year (`2023年`, `2023 年度`), not the start of a date. */
const YEAR_IN_TEXT = /(?:^|[^\d.])((?:19|20)\d{2})(?=\s*年(?!\s*\d{1,2}\s*月))/g;
/** A four-digit year standing alone in a name (`2025年度统计表`, `报告_2023.xlsx`). */
const YEAR_IN_NAME = /(?:^|\D)((?:19|20)\d{2})(?!\d)/g;
/** What a title names: the report, its statistics, its tables. */
const TITLE_WORDS = /政府信息公开|信息公开|年度报告|年报|统计|工作情况|情况表/;
/** Titles are short; a paragraph that names a year is prose. */
const MAX_TITLE_LENGTH = 60;
/** A title is no sentence: `2022年度，本机关……。` is prose however short (checked after NFKC). */
const SENTENCE_PUNCTUATION = /[,。;!?]/;

const plausible = (y: number): boolean => y >= 2000 && y <= 2099;

/** Years written in Chinese numerals, as titles often are: `二〇二三年度`, `二零二三年`. */
const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  〇: "0",
  零: "0",
  "○": "0",
  Ｏ: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};
const CHINESE_YEAR = /[〇零○Ｏ一二三四五六七八九]{4}(?=\s*年)/g;

function yearsIn(text: string, pattern: RegExp): number[] {
  const out: number[] = [];
  const digits = text.replace(CHINESE_YEAR, (y) => [...y].map((ch) => CHINESE_DIGITS[ch] ?? ch).join(""));
  for (const m of digits.normalize("NFKC").matchAll(pattern)) {
    const y = Number(m[1]);
    if (plausible(y)) out.push(y);
  }
  return out;
}

/** A text cell that names a year, and whether it reads as a title. */
export interface YearMention {
  row: number;
  col: number;
  year: number;
  text: string;
  title: boolean;
}

/** What `yearMentions` reads of a sheet: a `SheetView`, or a bare grid (`gridCells`). */
export type SheetCells = Pick<SheetView, "height" | "width" | "raw">;

/** A grid's cells as `yearMentions` reads them, without building a `SheetView`. */
export function gridCells(grid: SheetGrid): SheetCells {
  let width = 0;
  for (const row of grid.values) if (row.length > width) width = row.length;
  return {
    height: grid.values.length,
    width,
    raw: (row: number, col: number) => grid.values[row]?.[col] ?? null,
  };
}

/** What a text says of the year it names, or null when it names none. */
type TextYear = Pick<YearMention, "year" | "text" | "title"> | null;

/**
 * Answers of `textYear` by raw text: the same captions and titles (`2023年度…统计表`) come back
 * in every report, and each answer takes a few regular expressions and a normalisation.
 */
const textYears = new Map<string, TextYear>();
const TEXT_YEARS_LIMIT = 5000;

function textYear(raw: string): TextYear {
  let known = textYears.get(raw);
  if (known === undefined) {
    const years = yearsIn(raw, YEAR_IN_TEXT);
    if (years.length === 0) known = null;
    else {
      const text = raw.trim().replace(/\s+/g, " ");
      const compact = text.replace(/\s/g, "").normalize("NFKC");
      const title = compact.length <= MAX_TITLE_LENGTH && !SENTENCE_PUNCTUATION.test(compact) && (TITLE_WORDS.test(compact) || /^\d{4}年度?$/.test(compact));
      known = { year: years[0], text, title };
    }
    if (textYears.size >= TEXT_YEARS_LIMIT) textYears.clear();
    textYears.set(raw, known);
  }
  return known;
}

/** Every text cell of the sheet that names a year, except cells `skip` says belong to a table. */
export function yearMentions(view: SheetCells, skip: (row: number, col: number) => boolean): YearMention[] {
  const out: YearMention[] = [];
  for (let r = 0; r < view.height; r++) {
    for (let c = 0; c < view.width; c++) {
      const raw = view.raw(r, c);
      if (typeof raw !== "string" || !raw.includes("年") || skip(r, c)) continue;
      const named = textYear(raw);
      if (named) out.push({ row: r, col: c, year: named.year, text: named.text, title: named.title });
    }
  }
  return out;
}

/** The title nearest above a table that starts at (`top`, `left`). */
export function titleAbove(mentions: readonly YearMention[], top: number, left: number): YearMention | null {
  let best: YearMention | null = null;
  for (const m of mentions) {
    if (!m.title || m.row >= top) continue;
    if (!best || m.row > best.row || (m.row === best.row && Math.abs(m.col - left) < Math.abs(best.col - left))) best = m;
  }
  return best;
}

/** The year in a sheet or file name, preferring one followed by 年. */
export function yearInName(name: string): number | null {
  const marked = yearsIn(name, YEAR_IN_TEXT);
  if (marked.length) return marked[0];
  const bare = yearsIn(name, YEAR_IN_NAME);
  return bare.length ? bare[0] : null;
}

/** A file name without its folders. */
export const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** A short excerpt of prose around the year it names, for messages. */
export function excerpt(text: string, year: number): string {
  const at = text.indexOf(String(year));
  if (text.length <= 24 || at < 0) return text;
  const from = Math.max(0, at - 6);
  return `${from > 0 ? "…" : ""}${text.slice(from, from + 22)}…`;
}

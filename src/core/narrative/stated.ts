/**
 * The table quantities a sentence states: each number with a unit, named by the words before it
 * (see `quantities.ts`), with the year the sentence gives it.
 */
import { lastBefore } from "./bisect";
import { parseCount } from "./numbers";
import { ALL_APPLICANTS, CARRIED, CUMULATIVE, NOT_COUNTED, OFF_TOPIC, OTHER_TIME, QUANTITIES, type Quantity, type QuantityUnit } from "./quantities";

/** The year governing a number: an explicit year, `this` for `本年`/`今年`/`全年`, or none. */
export type StatedYear = number | "this" | null;

export interface StatedNumber {
  quantity: Quantity;
  /** In the quantity's unit: `0.15万元` is 1500 (元). */
  value: number;
  /** The number and unit as written (NFKC): `0.15万元`. */
  written: string;
  /** Position in the matching text of the sentence. */
  at: number;
  year: StatedYear;
}

/** A year mark in a sentence, at its position. */
export interface YearMark {
  year: number | "this";
  index: number;
}

/** `128件`, `1250条`, `0.15万元`, `五件`; `万` scales (`1.2万条`). */
const NUMBER = /(\d+(?:\.\d+)?|[零〇○一二两三四五六七八九十百千]+)(万)?(元|件|个|份|宗|条)/g;
const UNITS: Readonly<Record<string, QuantityUnit>> = { 件: "件", 个: "件", 份: "件", 宗: "件", 条: "条", 元: "元" };
/** A clause ends here: the words before a number never reach across it. */
const BOUNDARY = /[,;:()。!?…]/;
/** Words that speak of the report year itself (`全年` is the whole of whatever year the text speaks of). */
export const THIS_YEAR = /本年度?|今年|本年内/g;

function valueOf(digits: string, wan: boolean): number | null {
  const n = /^\d/.test(digits) ? Number(digits) : parseCount(digits);
  if (n === null || !Number.isFinite(n)) return null;
  return wan ? n * 10000 : n;
}

/** Where each sentence-wide word first occurs (or Infinity), found once per sentence. */
interface Firsts {
  offTopic: number;
  subject: Map<RegExp, number>;
}

function firstsIn(text: string): Firsts {
  const at = (re: RegExp): number => {
    const i = text.search(re);
    return i < 0 ? Infinity : i;
  };
  const subject = new Map<RegExp, number>();
  for (const q of QUANTITIES) if (q.subject && !subject.has(q.subject)) subject.set(q.subject, at(q.subject));
  return { offTopic: at(OFF_TOPIC), subject };
}

/** How far the words before a number and after its unit are read: a clause is never longer in a report. */
const BEFORE = 60;
const AFTER = 30;

function quantityOf(unit: QuantityUnit, before: string, after: string, at: number, firsts: Firsts): Quantity | null {
  // `同比增长5件`, `较上年减少3件`, `去年收到申请3件`: not this year's figure.
  if (OTHER_TIME.test(before.replace(CARRIED, "")) || firsts.offTopic < at || OFF_TOPIC.test(after)) return null;
  if (NOT_COUNTED.test(after)) return null;
  const cumulative = CUMULATIVE.test(before);
  for (const q of QUANTITIES) {
    if (q.unit !== unit || (cumulative && !q.cumulative)) continue;
    const named = q.before.test(before) || (q.numberFirst !== undefined && q.numberFirst.before.test(before) && q.numberFirst.after.test(after));
    if (!named) continue;
    if (q.unless && q.unless.test(before.replace(ALL_APPLICANTS, ""))) continue;
    if (q.subject && !((firsts.subject.get(q.subject) ?? Infinity) < at)) continue;
    return q;
  }
  return null;
}

/**
 * The quantities stated in `text` (a sentence's NFKC form without spaces), in order. Numbers that
 * name no quantity (dates, percentages, 浏览量, hotline calls, `第十三条`) are not returned.
 */
export function statedNumbers(text: string, marks: readonly YearMark[]): StatedNumber[] {
  const out: StatedNumber[] = [];
  let firsts: Firsts | null = null;
  let clauseStart = 0;
  const re = new RegExp(NUMBER);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    let start = clauseStart;
    for (let i = at - 1; i >= clauseStart; i--) {
      if (BOUNDARY.test(text[i])) {
        start = i + 1;
        break;
      }
    }
    clauseStart = at + m[0].length;
    // `第十三条` is an article, not a count.
    if (at > 0 && text[at - 1] === "第") continue;
    const value = valueOf(m[1], m[2] === "万");
    const unit = UNITS[m[3]];
    if (value === null || !unit) continue;
    firsts ??= firstsIn(text);
    const before = text.slice(Math.max(start, at - BEFORE), at);
    const quantity = quantityOf(unit, before, text.slice(clauseStart, clauseStart + AFTER), at, firsts);
    if (!quantity) continue;
    out.push({ quantity, value, written: m[0], at, year: lastBefore(marks, at)?.year ?? null });
  }
  return out;
}

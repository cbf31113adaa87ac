/**
 * Reading what a sentence of the report claims about the numbers: that no requests were received,
 * that N were; that no fees were charged, that an amount was; that no 行政复议 / 行政诉讼 occurred,
 * that N did; that no 人大政协建议提案 were handled. Patterns follow the wordings published reports
 * use (narrative.md) and our own generated sentences; each claim carries the year that governs it.
 *
 * Matching is done on the NFKC form of the sentence: full-width `，；：（）` and digits become
 * ASCII, `、` and `。` stay; spaces are dropped (`受理申请 41 件`) and so are thousands
 * separators (`1,250条`).
 */
import { lastBefore } from "./bisect";
import { parseCount } from "./numbers";
import { statedNumbers, THIS_YEAR, type StatedNumber, type YearMark } from "./stated";

export type Topic = "requests" | "fees" | "appeals" | "proposals";

export interface Claim {
  topic: Topic;
  /** `none`: says nothing happened; `count`: states a number (which may be 0). */
  kind: "none" | "count";
  /** The stated number (`count` only); fees in 万元 whatever unit the text used. */
  value?: number;
  /** Appeals: whether the claim speaks of 行政复议, of 行政诉讼, or both. */
  review?: boolean;
  litigation?: boolean;
  /** Requests: the claim also speaks of handling (`未收到和处理`), i.e. of last year's carry-over too. */
  handled?: boolean;
  /** The matched words, as written. */
  phrase: string;
  /** The year the sentence states for the claim (the nearest before it), or null. */
  year: number | null;
}

export interface Sentence {
  /** The sentence as written (matching is done on its NFKC form). */
  text: string;
  claims: Claim[];
  /** Every year the sentence names as a year of events (not `2019年修订的《条例》`). */
  years: number[];
  /** The sentence compares years (`同比`, `比上年`): its counts are not this year's alone. */
  comparative: boolean;
  /** The table quantities it states (`上年结转4件`), see `quantities.ts`. */
  numbers: StatedNumber[];
  /** Where it names a year (`2023年`) or the report year itself (`本年度`), in order. */
  marks: YearMark[];
}

const NUM = "(\\d+|[零〇○一二两三四五六七八九十百千]+)";
const CHINESE_DIGITS: Readonly<Record<string, string>> = { 〇: "0", "○": "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

/**
 * A year of events: `2023年`, `2023年度`, `二〇二三年`. Years followed by words of a law's history
 * (`2019年修订的《条例》`, `2008年5月1日起施行`) are about the law, not the report.
 */
const YEAR = /(\d{4}|[〇○零一二三四五六七八九]{4})年(?:度)?(?!\d{1,2}月|修订|修正|颁布|印发|发布|施行|实施|出台|制定|以来|起)/g;

export function parseYear(text: string): number {
  return Number([...text].map((ch) => CHINESE_DIGITS[ch] ?? ch).join(""));
}

export function yearsIn(text: string): { year: number; index: number }[] {
  return [...text.matchAll(YEAR)].map((m) => ({ year: parseYear(m[1]), index: m.index ?? 0 }));
}

/**
 * Negations that are not claims: `尚未审结`, `未经复议`, `未按收费通知`, `未缴纳`. The `尚` before
 * is the pattern's `notAfter`, checked beside the match (see `matchesOf`), not in it.
 */
const NEG = "(?:未|没有|无)";
/** The character a negation must not follow: `尚未` is "not yet", no claim. */
const NOT_YET = "尚";
const CLAUSE = "[^,;。]";

interface Pattern {
  topic: Topic;
  kind: "none" | "count";
  re: RegExp;
  /** A match directly after this character does not count (where lookbehind `(?<!尚)` would serve). */
  notAfter?: string;
  /** Words that make a match something else (a breakdown, another topic). */
  unless?: RegExp;
}

/**
 * Words every match of a topic's patterns contains (the prefilter, `prefilter.ts`): a line with
 * none of them cannot hold a claim. Kept beside the patterns so a new pattern updates it.
 */
export const TOPIC_NEEDS: Readonly<Record<Topic, readonly string[]>> = {
  requests: ["申请", "咨询"],
  fees: ["费", "收取"],
  appeals: ["复议", "诉讼"],
  proposals: ["建议", "提案"],
};

const BREAKDOWN = /自然人|商业企业|科研机构|社会公益组织|法律服务机构|当面|网络|信函|传真|邮件|复议|诉讼|上年|结转|其中/;

const PATTERNS: readonly Pattern[] = [
  // 2017年度，未有公民、法人或其他组织向我单位申请公开信息情况。
  { topic: "requests", kind: "none", re: new RegExp(`未有[^;。]{0,30}?申请公开`, "g"), notAfter: NOT_YET },
  // 未收到政府信息公开申请 · 没有收到任何形式的依申请公开政府信息申请件 · 未收到和处理…申请 · 未收到依申请公开信息的咨询
  {
    topic: "requests",
    kind: "none",
    re: new RegExp(`${NEG}有?(?:收到|接到|受理|接收)过?(?:任何)?${CLAUSE}{0,20}?(?:申请|咨询)`, "g"),
    notAfter: NOT_YET,
    unless: /复议|诉讼/,
  },
  // 没有依申请公开信息的情况
  { topic: "requests", kind: "none", re: new RegExp(`(?:没有|无)${CLAUSE}{0,6}?依申请公开${CLAUSE}{0,10}?(?:情况|事项|申请)`, "g"), notAfter: NOT_YET },
  // 共收到政府信息公开申请5件 · 收到申请0件
  {
    topic: "requests",
    kind: "count",
    re: new RegExp(`(?:收到|受理|接收|新收)${CLAUSE}{0,16}?申请(?:数量|数|件)?(?:共|总计|合计|共计)?(?:为)?(?:计)?${NUM}(?:件|个|份|宗)`, "g"),
    unless: BREAKDOWN,
  },
  // 收到5件政府信息公开申请
  { topic: "requests", kind: "count", re: new RegExp(`(?:收到|受理|接收)了?${NUM}(?:件|个|份)${CLAUSE}{0,14}?申请`, "g"), unless: BREAKDOWN },

  // 无政府信息公开收费及减免情况 · 未收取与政府信息公开申请有关的任何费用 · 未收取信息处理费
  {
    topic: "fees",
    kind: "none",
    re: new RegExp(`${NEG}(?!按|缴|交)(?:发生|收取|产生|实际收取)?${CLAUSE}{0,20}?(?:收费|费用|信息处理费)`, "g"),
    notAfter: NOT_YET,
    unless: /行政事业性收费|经费|正当理由/,
  },
  // 收取费用0.05万元 · 收取信息处理费300元
  { topic: "fees", kind: "count", re: new RegExp(`(?:收取|收费)${CLAUSE}{0,16}?(\\d+(?:\\.\\d+)?)(万元|元)`, "g"), unless: /行政事业性收费|经费|专项/ },

  // 没有发生因政府信息公开申请行政复议、提起行政诉讼的情况 · 未发生…行政复议和行政诉讼案件
  // (`未发生行政复议纠错案件` denies only one outcome, not the cases.)
  {
    topic: "appeals",
    kind: "none",
    re: new RegExp(`${NEG}(?!经)(?:发生|出现|有|收到)?${CLAUSE}{0,24}?(?:行政复议|行政诉讼)${CLAUSE}{0,6}`, "g"),
    notAfter: NOT_YET,
    unless: /纠错|纠正|败诉|撤销|确认违法|尚未/,
  },
  // 涉及政府信息公开的行政复议、行政诉讼案件为0件
  { topic: "appeals", kind: "none", re: new RegExp(`(?:行政复议|行政诉讼)${CLAUSE}{0,16}?均?为(?:0|零)件?`, "g") },
  // 被申请行政复议2件 · 被提起行政诉讼0件
  { topic: "appeals", kind: "count", re: new RegExp(`行政(复议|诉讼)(?:案件)?(?:共|共计)?${NUM}件`, "g") },

  // 2017年度，我局无人大政协建议提案办理事项。
  { topic: "proposals", kind: "none", re: new RegExp(`${NEG}${CLAUSE}{0,10}?(?:人大|政协)${CLAUSE}{0,12}?(?:建议|提案)`, "g"), notAfter: NOT_YET },
];

/** The rest of the clause from `index`, to tell which of 复议 / 诉讼 a claim speaks of. */
const clauseFrom = (text: string, index: number): string => /^[^,;。]*/.exec(text.slice(index))?.[0] ?? "";

function claimOf(p: Pattern, m: RegExpMatchArray, text: string, years: { year: number; index: number }[]): Claim | null {
  const phrase = m[0];
  if (p.unless) {
    // `收到公民、法人或其他组织…申请` is the total; `收到法人或其他组织申请` is a breakdown.
    const checked = p.topic === "requests" && p.kind === "count" ? phrase.replace(/公民、法人或其他组织/, "") : phrase;
    if (p.unless.test(checked)) return null;
  }
  const index = m.index ?? 0;
  const last = lastBefore(years, index);
  const claim: Claim = { topic: p.topic, kind: p.kind, phrase, year: last ? last.year : null };
  if (p.topic === "requests") {
    claim.handled = /处理|办理/.test(phrase);
    if (p.kind === "count") {
      const n = parseCount(m[1]);
      if (n === null) return null;
      claim.value = n;
    }
  } else if (p.topic === "fees" && p.kind === "count") {
    const amount = Number(m[1]);
    claim.value = m[2] === "元" ? amount / 10000 : amount;
  } else if (p.topic === "appeals") {
    if (p.kind === "count") {
      const n = parseCount(m[2]);
      if (n === null) return null;
      claim.value = n;
      claim.review = m[1] === "复议";
      claim.litigation = m[1] === "诉讼";
    } else {
      const scope = phrase + clauseFrom(text, index + phrase.length);
      claim.review = /行政复议/.test(scope);
      claim.litigation = /行政诉讼/.test(scope);
    }
  }
  return claim;
}

/**
 * The matches of `p` in `text`, in order, as `text.matchAll(p.re)` gives them, less those right
 * after `p.notAfter`. A match refused for that is retried one character on, as the engine retries
 * a start whose lookbehind fails, so the matches are exactly those of `(?<!尚)…`. (Lookbehind is
 * ES2018; the pane also runs in EdgeHTML 18 and Safari before 16.4, which lack it.)
 */
function matchesOf(text: string, p: Pattern): RegExpExecArray[] {
  const re = new RegExp(p.re); // a copy, as matchAll makes: p.re's lastIndex stays untouched
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (p.notAfter !== undefined && m.index > 0 && text[m.index - 1] === p.notAfter) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  return out;
}

/** A sentence: up to and with its `。！？!?`, or the rest of the line after the last one. */
const SENTENCE = /[^。！？!?]*[。！？!?]|[^。！？!?]+/g;

type Found = Claim & { at: number };

/**
 * Two claims of one topic at overlapping words are one claim. The claims kept of a topic never
 * overlap, so sorted by start they are sorted by end too: a new one overlaps some kept one iff it
 * overlaps the last kept one that starts before it ends.
 */
function overlapsKept(kept: Found[], claim: Found): boolean {
  const end = claim.at + claim.phrase.length;
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid].at < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && kept[lo - 1].at + kept[lo - 1].phrase.length > claim.at;
}

function keep(kept: Found[], claim: Found): void {
  let i = kept.length;
  while (i > 0 && kept[i - 1].at > claim.at) i--;
  kept.splice(i, 0, claim);
}

/** The form patterns are matched on (see the module comment). */
export function matchingText(sentence: string): string {
  return sentence
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/(\d),(?=\d{3}(?:\D|$))/g, "$1");
}

/** Years of events and `本年度`-like words, in order of position. */
function yearMarks(text: string, years: readonly { year: number; index: number }[]): YearMark[] {
  const marks: YearMark[] = years.map((y) => ({ year: y.year, index: y.index }));
  for (const m of text.matchAll(THIS_YEAR)) marks.push({ year: "this", index: m.index ?? 0 });
  return marks.sort((a, b) => a.index - b.index);
}

/** The sentences of a line (split at `。！？`), each with what it claims. */
export function readSentences(line: string): Sentence[] {
  const out: Sentence[] = [];
  for (const raw of line.match(SENTENCE) ?? []) {
    const original = raw.trim();
    if (original === "") continue;
    const text = matchingText(original);
    const years = yearsIn(text);
    const found: Found[] = [];
    const byTopic = new Map<Topic, Found[]>();
    for (const p of PATTERNS) {
      for (const m of matchesOf(text, p)) {
        const claim = claimOf(p, m, text, years);
        if (!claim) continue;
        const at = m.index ?? 0;
        const withAt = { ...claim, at };
        const kept = byTopic.get(withAt.topic) ?? [];
        if (overlapsKept(kept, withAt)) continue;
        keep(kept, withAt);
        byTopic.set(withAt.topic, kept);
        found.push(withAt);
      }
    }
    found.sort((a, b) => a.at - b.at);
    const marks = yearMarks(text, years);
    out.push({
      text: original,
      claims: found.map(({ at: _at, ...claim }) => claim),
      years: years.map((y) => y.year),
      comparative: /同比|相比|较上年|比上年|与上年|去年同期/.test(text),
      numbers: statedNumbers(text, marks),
      marks,
    });
  }
  return out;
}

/**
 * The year of a report title line (`某某局2023年政府信息公开工作年度报告`,
 * `2017年度政府信息公开工作情况统计表`, legacy heading `八、2017年度人大政协建议提案办理总体情况`),
 * or null when the line is not one.
 */
/**
 * Whether `s` has more than `max` code points (`[...s].length > max`), without making the array:
 * a paragraph naming 政府信息公开 is long, and its length alone mostly answers.
 */
function longerThan(s: string, max: number): boolean {
  if (s.length <= max) return false;
  if (s.length > 2 * max) return true;
  let points = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; a lone surrogate counts alone.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    points++;
  }
  return points > max;
}

export function titleYear(line: string): number | null {
  // Most lines are no title: look for the words before normalising (compatibility ideographs aside).
  if (!/政府信息公开|人大政协/.test(line) && !/[\uF900-\uFAFF\u2F00-\u2FDF]/.test(line)) return null;
  const s = line.normalize("NFKC").trim();
  if (longerThan(s, 60) || /[,;。]/.test(s)) return null;
  const title = /^[^,;。]{0,30}?(\d{4}|[〇○零一二三四五六七八九]{4})年度?[^,;。]{0,20}?政府信息公开(?:工作)?(?:年度报告|年报|工作情况统计表|情况统计表|工作年度报告)/.exec(s);
  if (title) return parseYear(title[1]);
  const legacyEight = /^八、(\d{4})年度?人大政协建议提案办理总体情况/.exec(s);
  return legacyEight ? parseYear(legacyEight[1]) : null;
}

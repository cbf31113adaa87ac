/**
 * Checks on the report's text already in the workbook (a sheet holding the report, or the
 * `YYYY年度报告正文` sheet the add-in writes) against the located tables.
 *
 * Rules (ids and severities):
 * - `narrative.requests-contradict` (error): the text says no disclosure requests were received
 *   while the table shows some, or states a number of requests where the table shows none, or
 *   states 0 where it shows some.
 * - `narrative.fees-contradict` (error, legacy tables only): the text says no fees were charged
 *   while row 八 shows an amount, or states an amount where row 八 is 0, or 0 where it is not.
 *   2019+ tables hold no collected fees, so nothing there can contradict the text.
 * - `narrative.appeals-contradict` (error): the text says no 行政复议 / 行政诉讼 occurred while the
 *   table shows some, or states a number where the table shows none, or 0 where it shows some.
 * - `narrative.number-mismatch` (warning): a sentence states a quantity the table holds and the
 *   numbers differ; for the three topics above only two non-zero numbers (see number-checks.ts,
 *   which says which rule owns which case, and quantities.ts, the quantities read).
 * - `narrative.stale-year` (error): a zero or count statement, or the report's own title, names a
 *   year other than the report year (`正文写2022年，报告年度为2023年`): text copied from last year.
 *   Other years are left alone (`2018年，将重点做好以下几方面工作`, `2019年修订的《条例》`,
 *   `国办公开办函〔2021〕30号`), and so is a sentence that also names the report year or compares
 *   years (`同比`).
 * - `narrative.fee-notice-unmentioned` (warning, 2021+ only): Table B shows requests dropped
 *   because the applicant did not pay a fee notice (（六）2 > 0), section 六's text is present and
 *   says nothing of 信息处理费 (国办函〔2020〕109号 asks for it there).
 *
 * The text is every text cell outside the tables (prose.ts), a document's paragraphs included
 * (the readers present them as the sheet `正文`, one paragraph per row). A year named at the start
 * of a sentence governs the rest of its paragraph; a paragraph opening with a year governs the
 * paragraphs after it up to the next section heading (`2022年，…。全年共收到申请3件。` is 2022's).
 * Lines that contain none of the words the patterns need are not read (prefilter.ts).
 *
 * A finding's `sheet` is the sheet of the text; `cells` are the text cells, then the table cells
 * concerned — written `'统计表'!H7` when the table is on another sheet.
 */
import { cellKey, type CellKey, type TableId } from "../formats/model";
import type { LocatedTable } from "../located";
import type { Finding, SheetGrid } from "../types";
import { readSentences, titleYear, type Claim, type Sentence } from "./claims";
import { cellLabel } from "./labels";
import { mismatchOf, NUMBER_MISMATCH } from "./number-checks";
import { wanText } from "./numbers";
import { tablesYear } from "./options";
import { mayState } from "./prefilter";
import { headingNumeral, proseLines, proseSections, type ProseLine } from "./prose";
import type { StatedNumber, StatedYear } from "./stated";
import { MAY_OPEN, SectionYear } from "./years";
import { findTable, readKey } from "./values";
import { qualifiedRef } from "../address";

export interface TextCheckOptions {
  /** The report year; defaults to the year the located tables name. */
  year?: number;
  /**
   * Skip lines without any word the patterns need (default true). Off only to show, in tests and
   * the benchmark, that the findings are the same.
   */
  prefilter?: boolean;
}

export { qualifiedRef };

/** A table cell spoken of: its value (when readable) and how to name it. */
interface Spoken {
  table: LocatedTable;
  key: CellKey;
  value: number;
  cell: string;
}

function spoken(table: LocatedTable | undefined, keys: readonly CellKey[]): Spoken[] | null {
  if (!table) return null;
  const out: Spoken[] = [];
  for (const key of keys) {
    const state = readKey(table, key);
    // A blank or unreadable cell cannot be compared: the checker already reports it.
    if (state.status !== "value") return null;
    out.push({ table, key, value: state.value, cell: state.cell });
  }
  return out;
}

const total = (cells: readonly Spoken[]): number => cells.reduce((s, c) => s + c.value, 0);
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

/** `“…收到政府信息公开申请5件…”`, cut to a readable length. */
function quote(sentence: Sentence): string {
  // 82 UTF-16 units hold at least 41 characters: enough to tell whether to cut, without
  // spreading a hostile paragraph of a million characters for every number it states.
  const chars = [...sentence.text.slice(0, 82)];
  return `“${chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : sentence.text}”`;
}

function tableText(cells: readonly Spoken[], format = (n: number): string => String(n)): string {
  return cells.map((c) => `${cellLabel(c.table.format, c.table.table, c.key)}填 ${format(c.value)}`).join("，");
}

interface Ctx {
  tables: readonly LocatedTable[];
  year: number | null;
  findings: Finding[];
  /** Findings pushed, by rule, place and message. */
  seen: Set<string>;
}

function push(
  ctx: Ctx,
  line: ProseLine,
  rule: string,
  severity: Finding["severity"],
  message: string,
  cells: readonly Spoken[],
  table?: TableId,
  compared: Pick<Finding, "reported" | "computed"> = {},
): void {
  const refs = [line.cell, ...cells.map((c) => (c.table.sheet === line.sheet ? c.cell : qualifiedRef(c.table.sheet, c.cell)))];
  // A Set, not a scan of the findings: a hostile cell may state thousands of numbers.
  const key = `${rule}\u0000${line.sheet}\u0000${line.cell}\u0000${message}`;
  if (ctx.seen.has(key)) return;
  ctx.seen.add(key);
  ctx.findings.push({ rule, severity, message, sheet: line.sheet, cells: [...new Set(refs)], table, ...compared });
}

const FIX = "正文与统计表矛盾，请按实际情况修改正文或统计表";

function checkRequests(ctx: Ctx, line: ProseLine, s: Sentence, claim: Claim): void {
  const legacy = findTable(ctx.tables, "L", undefined, ctx.year);
  const national = findTable(ctx.tables, "B", undefined, ctx.year);
  const table = legacy ?? national;
  if (!table) return;
  const received = spoken(table, legacy ? [cellKey("L3.1", "value")] : [cellKey("B1", "total")]);
  if (!received) return;
  const carried = legacy ? [] : (spoken(table, [cellKey("B2", "total")]) ?? []);
  const rule = "narrative.requests-contradict";
  if (claim.kind === "none") {
    // `未收到和处理` also denies last year's carry-over; `未收到` alone speaks of new requests.
    const spokenOf = claim.handled ? [...received, ...carried] : received;
    if (total(spokenOf) > 0)
      push(ctx, line, rule, "error", `正文${quote(s)}称未收到政府信息公开申请，但统计表${tableText(spokenOf.filter((c) => c.value > 0))}：${FIX}`, spokenOf, table.table);
    return;
  }
  const stated = claim.value ?? 0;
  // `共收到申请6件` may count last year's carry-over in: accept either reading.
  if (same(stated, total(received)) || (carried.length > 0 && same(stated, total(received) + total(carried)))) return;
  // Two non-zero numbers that differ are number-mismatch's (number-checks.ts).
  if (!same(stated, 0) && !same(total(received), 0)) return;
  push(ctx, line, rule, "error", `正文${quote(s)}称收到政府信息公开申请 ${stated} 件，但统计表${tableText(received)}：${FIX}`, received, table.table);
}

function checkFees(ctx: Ctx, line: ProseLine, s: Sentence, claim: Claim): void {
  const table = findTable(ctx.tables, "L", undefined, ctx.year);
  const fee = spoken(table, [cellKey("L8", "value")]);
  if (!table || !fee) return;
  const rule = "narrative.fees-contradict";
  const amount = fee[0].value;
  if (claim.kind === "none") {
    if (amount > 0) push(ctx, line, rule, "error", `正文${quote(s)}称无收费，但统计表${tableText(fee, wanText)}万元：${FIX}`, fee, "L");
    return;
  }
  const stated = claim.value ?? 0;
  if (Math.abs(stated - amount) > 5e-5 && (Math.abs(stated) < 5e-5 || Math.abs(amount) < 5e-5))
    push(ctx, line, rule, "error", `正文${quote(s)}称收取费用 ${wanText(stated)} 万元，但统计表${tableText(fee, wanText)}万元：${FIX}`, fee, "L");
}

function checkAppeals(ctx: Ctx, line: ProseLine, s: Sentence, claim: Claim): void {
  const legacy = findTable(ctx.tables, "L", undefined, ctx.year);
  const table = legacy ?? findTable(ctx.tables, "C", undefined, ctx.year);
  if (!table) return;
  const review = spoken(table, legacy ? [cellKey("L4", "value")] : [cellKey("C1", "review.total")]);
  const litigation = spoken(table, legacy ? [cellKey("L5", "value")] : [cellKey("C1", "direct.total"), cellKey("C1", "afterReview.total")]);
  const rule = "narrative.appeals-contradict";
  const cells = [...(claim.review && review ? review : []), ...(claim.litigation && litigation ? litigation : [])];
  if ((claim.review && !review) || (claim.litigation && !litigation) || cells.length === 0) return;
  const what = claim.review && claim.litigation ? "行政复议、行政诉讼" : claim.review ? "行政复议" : "行政诉讼";
  if (claim.kind === "none") {
    if (total(cells) > 0) push(ctx, line, rule, "error", `正文${quote(s)}称没有${what}，但统计表${tableText(cells.filter((c) => c.value > 0))}：${FIX}`, cells, table.table);
    return;
  }
  const stated = claim.value ?? 0;
  if (!same(stated, total(cells)) && (same(stated, 0) || same(total(cells), 0)))
    push(ctx, line, rule, "error", `正文${quote(s)}称${what} ${stated} 件，但统计表${tableText(cells)}：${FIX}`, cells, table.table);
}

function checkYears(ctx: Ctx, line: ProseLine, s: Sentence): boolean {
  if (ctx.year === null || s.comparative || s.years.includes(ctx.year)) return false;
  const wrong = s.claims.map((c) => c.year).find((y): y is number => y !== null && y !== ctx.year);
  if (wrong === undefined) return false;
  push(
    ctx,
    line,
    "narrative.stale-year",
    "error",
    `正文${quote(s)}写${wrong}年，报告年度为${ctx.year}年：可能沿用了${wrong}年报告的表述，请改为${ctx.year}年并按本年统计数核对`,
    [],
  );
  return true;
}

function checkTitle(ctx: Ctx, line: ProseLine): void {
  const year = titleYear(line.text);
  if (year === null || ctx.year === null || year === ctx.year) return;
  // A workbook may keep last year's table for comparison: its own title names its own year.
  if (ctx.tables.some((t) => t.sheet === line.sheet && t.year === year)) return;
  push(ctx, line, "narrative.stale-year", "error", `标题“${line.text}”写${year}年，报告年度为${ctx.year}年：请改为${ctx.year}年`, []);
}

/** 2021+: B3.6.2 > 0 means a fee notice went unpaid; section 六 should speak of 信息处理费. */
function checkFeeNotice(ctx: Ctx, lines: readonly ProseLine[]): void {
  const table = findTable(ctx.tables, "B", "national-2021", ctx.year);
  const unpaid = spoken(table, [cellKey("B3.6.2", "total")]);
  if (!table || !unpaid || unpaid[0].value <= 0) return;
  const six = proseSections(lines).find((sec) => sec.numeral === "六" && /其他需要报告/.test(sec.heading.text));
  if (!six) return;
  if (six.body.some((l) => /信息处理费|收费|缴费|费用/.test(l.text))) return;
  const message =
    `统计表${tableText(unpaid)}，即本年度有申请人未按收费通知缴纳信息处理费，但正文“${six.heading.text}”未提及信息处理费：` +
    "请按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）在该节说明信息处理费的收取情况";
  const refs = [six.heading, ...six.body];
  const cells = unpaid.map((c) => (c.table.sheet === six.heading.sheet ? c.cell : qualifiedRef(c.table.sheet, c.cell)));
  ctx.findings.push({
    rule: "narrative.fee-notice-unmentioned",
    severity: "warning",
    message,
    sheet: six.heading.sheet,
    cells: [...new Set([...refs.filter((l) => l.sheet === six.heading.sheet).map((l) => l.cell), ...cells])],
    table: "B",
  });
}

function checkNumber(ctx: Ctx, line: ProseLine, s: Sentence, n: StatedNumber, claims: readonly Claim[]): void {
  const owner = n.quantity.owner;
  const ownerSpoke = owner !== undefined && claims.some((c) => c.topic === owner.topic);
  const mismatch = mismatchOf(n, ctx.tables, ctx.year, ownerSpoke);
  if (!mismatch) return;
  const { sum } = mismatch;
  const cells: Spoken[] = sum.cells.map((c) => ({ table: sum.table, key: c.key, value: c.value, cell: c.cell }));
  const values = { reported: mismatch.reported, computed: mismatch.computed };
  push(ctx, line, NUMBER_MISMATCH, "warning", mismatch.message(quote(s)), cells, sum.table.table, values);
}

/** Whether a claim or number of the year `year` (as the sentence and its paragraph give it) is this year's. */
function thisYears(ctx: Ctx, year: StatedYear): boolean {
  return year === null || year === "this" || ctx.year === null || year === ctx.year;
}

function checkSentences(ctx: Ctx, line: ProseLine, carriedIn: StatedYear): void {
  let carried = carriedIn;
  for (const s of readSentences(line.text)) {
    const governing = carried;
    const last = s.marks[s.marks.length - 1];
    if (last) carried = last.year;
    if (s.claims.length === 0 && s.numbers.length === 0) continue;
    if (s.claims.length > 0 && checkYears(ctx, line, s)) continue;
    // A comparison of years, or a claim about another year, is not compared with this year's table.
    const compared = s.comparative ? [] : s.claims.filter((claim) => thisYears(ctx, claim.year ?? governing));
    for (const claim of compared) {
      if (claim.topic === "requests") checkRequests(ctx, line, s, claim);
      else if (claim.topic === "fees") checkFees(ctx, line, s, claim);
      else if (claim.topic === "appeals") checkAppeals(ctx, line, s, claim);
    }
    // Numbers are taken one by one: `同比增长2件` is left out by the words before it (stated.ts).
    for (const n of s.numbers) if (thisYears(ctx, n.year ?? governing)) checkNumber(ctx, line, s, n, compared);
  }
}

/**
 * Whether a line can change a finding: one that states nothing, names no title and opens with no
 * year cannot. Remembered per text, since a data sheet repeats its values (states, offices).
 */
function relevance(): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let v = known.get(text);
    if (v === undefined) {
      v = mayState(text) || MAY_OPEN.test(text) || titleYear(text) !== null;
      known.set(text, v);
    }
    return v;
  };
}

/** Findings where the report's text contradicts the located tables or names a stale year. */
export function checkNarrativeText(sheets: readonly SheetGrid[], tables: readonly LocatedTable[], options: TextCheckOptions = {}): Finding[] {
  const ctx: Ctx = { tables, year: options.year ?? tablesYear(tables), findings: [], seen: new Set() };
  const prefilter = options.prefilter ?? true;
  const lines = proseLines(sheets, tables, prefilter ? relevance() : undefined);
  // The year a paragraph opening with one gives the paragraphs after it, up to the next heading.
  const sectionYear = new SectionYear();
  let sheet: string | null = null;
  for (const line of lines) {
    if (line.sheet !== sheet || headingNumeral(line.text) !== null) sectionYear.reset();
    sheet = line.sheet;
    checkTitle(ctx, line);
    if (!prefilter || mayState(line.text)) checkSentences(ctx, line, sectionYear.current());
    sectionYear.see(line.text);
  }
  checkFeeNotice(ctx, lines);
  return ctx.findings;
}

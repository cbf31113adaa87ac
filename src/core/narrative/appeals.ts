/**
 * 行政复议 and 行政诉讼 over disclosure (legacy section 五, national section 四). "None" stands only
 * when every cell the statement speaks for is filled in with 0 — legacy L4 and L5; 2019/2021 all
 * 15 cells of Table C — otherwise a sentence states the numbers, e.g.
 * `2023年，我局因政府信息公开工作被申请行政复议2件，结果维持1件，尚未审结1件；被提起行政诉讼0件。`
 */
import { cellKey } from "../formats/model";
import { nonZeroList, paragraph, sectionHeading, type Context, type Outcome } from "./compose";
import { gatherNotices, tableMissingNotice } from "./notices";
import { countText } from "./numbers";
import { complete, findTable, gather, isZero, valueOf, type Gathered } from "./values";

const L = (row: string): string => cellKey(row, "value");
const C = (column: string): string => cellKey("C1", column);

const LEGACY_REVIEW: ReadonlyArray<readonly [string, string]> = [
  ["L4.1", "维持具体行政行为"],
  ["L4.2", "被依法纠错"],
  ["L4.3", "其他情形"],
];
const LEGACY_LITIGATION: ReadonlyArray<readonly [string, string]> = [
  ["L5.1", "维持具体行政行为或者驳回原告诉讼请求"],
  ["L5.2", "被依法纠错"],
  ["L5.3", "其他情形"],
];
const legacyKeys = ["L4", ...LEGACY_REVIEW.map(([k]) => k), "L5", ...LEGACY_LITIGATION.map(([k]) => k)].map(L);

const OUTCOMES: ReadonlyArray<readonly [string, string]> = [
  ["upheld", "结果维持"],
  ["corrected", "结果纠正"],
  ["other", "其他结果"],
  ["pending", "尚未审结"],
];
const GROUPS = ["review", "direct", "afterReview"] as const;
const nationalKeys = GROUPS.flatMap((g) => [...OUTCOMES.map(([o]) => C(`${g}.${o}`)), C(`${g}.total`)]);

const outcomeList = (g: Gathered, group: string): string[] => nonZeroList(OUTCOMES.map(([o, label]) => [label, valueOf(g, C(`${group}.${o}`))] as const));

function legacyFacts(g: Gathered, lead: string, S: string): string {
  const review = nonZeroList(LEGACY_REVIEW.map(([k, label]) => [label, valueOf(g, L(k))] as const));
  const litigation = nonZeroList(LEGACY_LITIGATION.map(([k, label]) => [label, valueOf(g, L(k))] as const));
  const paren = (list: string[]): string => (list.length > 0 ? `（${list.join("、")}）` : "");
  return (
    `${lead}${S}因政府信息公开申请被申请行政复议${countText(valueOf(g, L("L4")))}件${paren(review)}；` +
    `被提起行政诉讼${countText(valueOf(g, L("L5")))}件${paren(litigation)}。`
  );
}

function nationalFacts(g: Gathered, lead: string, S: string): string {
  const review = outcomeList(g, "review");
  const direct = valueOf(g, C("direct.total"));
  const after = valueOf(g, C("afterReview.total"));
  const routes: string[] = [];
  for (const [group, name, n] of [
    ["direct", "未经复议直接起诉", direct],
    ["afterReview", "复议后起诉", after],
  ] as const) {
    if (isZero(n)) continue;
    const list = outcomeList(g, group);
    routes.push(`${name}${countText(n)}件${list.length > 0 ? `（${list.join("、")}）` : ""}`);
  }
  return (
    `${lead}${S}因政府信息公开工作被申请行政复议${countText(valueOf(g, C("review.total")))}件` +
    `${review.length > 0 ? `，${review.join("，")}` : ""}；` +
    `被提起行政诉讼${countText(direct + after)}件${routes.length > 0 ? `，其中${routes.join("、")}` : ""}。`
  );
}

export function appealsStatement(ctx: Context): Outcome {
  const legacy = ctx.era === "legacy";
  const section = sectionHeading(ctx, legacy ? "五" : "四");
  const table = findTable(ctx.tables, legacy ? "L" : "C", ctx.format.id, ctx.year);
  if (!table) return { notices: [tableMissingNotice(section, legacy ? "L" : "C", ctx.tables[0])] };
  const S = ctx.subject;
  const Y = ctx.year;

  // Legacy: the zero statement speaks for L4 and L5 only; their parts matter to the facts sentence.
  const zeroKeys = legacy ? [L("L4"), L("L5")] : nationalKeys;
  const zero = gather(table, zeroKeys);
  if (!complete(zero)) return { notices: gatherNotices(section, zero) };
  if (zeroKeys.every((k) => isZero(valueOf(zero, k)))) {
    const text = ctx.style.zero[ctx.era].appeals(Y, S);
    return { paragraph: paragraph(ctx, "appeals", section, "zero", text, zero.basis), notices: [] };
  }
  const facts = legacy ? gather(table, legacyKeys) : zero;
  if (!complete(facts)) return { notices: gatherNotices(section, facts) };
  const lead = ctx.style.lead(ctx.era, Y);
  const text = legacy ? legacyFacts(facts, lead, S) : nationalFacts(facts, lead, S);
  return { paragraph: paragraph(ctx, "appeals", section, "facts", text, facts.basis), notices: [] };
}

/**
 * Section 三: requests for disclosure. The "no requests" statement stands only when the table says
 * none were received — legacy L3.1 = 0; 2019/2021 Table B rows 一 (新收) and 二 (上年结转) = 0 in
 * the 总计 column — and those cells are filled in. Otherwise a sentence states the numbers.
 */
import { cellKey } from "../formats/model";
import { findTable, complete, gather, isZero, sumOf, tableDef, valueOf, type Gathered } from "./values";
import { nonZeroList, paragraph, sectionHeading, type Context, type Outcome } from "./compose";
import { shortLabel } from "./labels";
import { gatherNotices, tableMissingNotice } from "./notices";
import { countText } from "./numbers";

const L = (row: string): string => cellKey(row, "value");
const T = (row: string): string => cellKey(row, "total");

const LEGACY_CHANNELS: ReadonlyArray<readonly [string, string]> = [
  ["L3.1.1", "当面申请"],
  ["L3.1.2", "传真申请"],
  ["L3.1.3", "网络申请"],
  ["L3.1.4", "信函申请"],
  ["L3.1.5", "其他形式申请"],
];
const LEGACY_CLOSED: ReadonlyArray<readonly [string, string]> = [
  ["L3.2.1", "按时办结"],
  ["L3.2.2", "延期办结"],
];
const LEGACY_REPLIES: ReadonlyArray<readonly [string, string]> = [
  ["L3.3.1", "属于已主动公开范围"],
  ["L3.3.2", "同意公开"],
  ["L3.3.3", "同意部分公开"],
  ["L3.3.4", "不同意公开"],
  ["L3.3.5", "不属于本行政机关公开"],
  ["L3.3.6", "申请信息不存在"],
  ["L3.3.7", "告知作出更改补充"],
  ["L3.3.8", "告知通过其他途径办理"],
];
const LEGACY_REFUSALS: ReadonlyArray<readonly [string, string]> = [
  ["L3.3.4a", "涉及国家秘密"],
  ["L3.3.4b", "涉及商业秘密"],
  ["L3.3.4c", "涉及个人隐私"],
  ["L3.3.4d", "危及国家安全、公共安全、经济安全和社会稳定"],
  ["L3.3.4e", "不是《条例》所指政府信息"],
  ["L3.3.4f", "法律法规规定的其他情形"],
];

const legacyFactKeys = [
  "L3.1",
  ...LEGACY_CHANNELS.map(([k]) => k),
  "L3.2",
  ...LEGACY_CLOSED.map(([k]) => k),
  "L3.3",
  ...LEGACY_REPLIES.map(([k]) => k),
  ...LEGACY_REFUSALS.map(([k]) => k),
].map(L);

const withParts = (g: Gathered, parts: ReadonlyArray<readonly [string, string]>, key: (r: string) => string): string => {
  const list = nonZeroList(parts.map(([row, label]) => [label, valueOf(g, key(row))] as const));
  return list.length > 0 ? `，其中${list.join("、")}` : "";
};

function legacyFacts(g: Gathered, lead: string, S: string): string {
  const refusals = nonZeroList(LEGACY_REFUSALS.map(([row, label]) => [label, valueOf(g, L(row))] as const));
  const replies = LEGACY_REPLIES.map(([row, label]) => {
    const n = valueOf(g, L(row));
    const text = `${label}${countText(n)}件`;
    return { n, text: row === "L3.3.4" && refusals.length > 0 ? `${text}（${refusals.join("、")}）` : text };
  }).filter((r) => !isZero(r.n));
  const replyList = replies.length > 0 ? `，其中${replies.map((r) => r.text).join("、")}` : "";
  return (
    `${lead}${S}共收到政府信息公开申请${countText(valueOf(g, L("L3.1")))}件${withParts(g, LEGACY_CHANNELS, L)}；` +
    `办结${countText(valueOf(g, L("L3.2")))}件${withParts(g, LEGACY_CLOSED, L)}；` +
    `答复${countText(valueOf(g, L("L3.3")))}件${replyList}。`
  );
}

/** Sentence names of Table B's outcome rows where the official label is too long for prose. */
const SENTENCE_NAMES: Readonly<Record<string, string>> = {
  "B3.6.1": "申请人逾期不补正",
  "B3.6.2": "申请人逾期未缴纳信息处理费",
};

interface OutcomeGroup {
  name: string;
  /** The data rows whose sum is the group's count; one row = no breakdown. */
  rows: { key: string; name: string }[];
}

/** Table B's outcome groups （一）…（六）, read from the format so 2019's single （六） row fits. */
function outcomeGroups(ctx: Context): OutcomeGroup[] {
  const def = tableDef(ctx.format.id, "B");
  if (!def) return [];
  const rows = def.blocks[0].rows;
  const groups: OutcomeGroup[] = [];
  for (const row of rows) {
    if (row.parent !== "B3" || row.role === "total" || row.label === null) continue;
    const name = shortLabel(row.label);
    if (row.heading) {
      const children = rows.filter((r) => r.parent === row.key && !r.heading && r.label !== null);
      groups.push({ name, rows: children.map((c) => ({ key: c.key, name: SENTENCE_NAMES[c.key] ?? shortLabel(c.label ?? "") })) });
    } else groups.push({ name, rows: [{ key: row.key, name }] });
  }
  return groups;
}

function nationalFacts(ctx: Context, g: Gathered, lead: string, S: string): string {
  const parts: string[] = [];
  for (const group of outcomeGroups(ctx)) {
    const n = sumOf(
      g,
      group.rows.map((r) => T(r.key)),
    );
    if (isZero(n)) continue;
    let text = `${group.name}${countText(n)}件`;
    if (group.rows.length > 1) {
      const subs = group.rows.filter((r) => !isZero(valueOf(g, T(r.key))));
      // `其他处理2件（其他2件）` says nothing: a lone `其他` needs no breakdown.
      if (!(subs.length === 1 && subs[0].name === "其他")) text += `（${subs.map((r) => `${r.name}${countText(valueOf(g, T(r.key)))}件`).join("、")}）`;
    }
    parts.push(text);
  }
  const closed = valueOf(g, T("B3.7"));
  const outcomes = parts.length > 0 ? `本年度办理完毕${countText(closed)}件，其中${parts.join("、")}` : `本年度办理完毕${countText(closed)}件`;
  return (
    `${lead}${S}共收到政府信息公开申请${countText(valueOf(g, T("B1")))}件，上年结转${countText(valueOf(g, T("B2")))}件；` +
    `${outcomes}；结转下年度继续办理${countText(valueOf(g, T("B4")))}件。`
  );
}

function nationalFactKeys(ctx: Context): string[] {
  const rows = outcomeGroups(ctx).flatMap((g) => g.rows.map((r) => r.key));
  return ["B1", "B2", ...rows, "B3.7", "B4"].map(T);
}

export function requestsStatement(ctx: Context): Outcome {
  const section = sectionHeading(ctx, "三");
  const legacy = ctx.era === "legacy";
  const table = findTable(ctx.tables, legacy ? "L" : "B", ctx.format.id, ctx.year);
  if (!table) return { notices: [tableMissingNotice(section, legacy ? "L" : "B", ctx.tables[0])] };

  const zeroKeys = legacy ? [L("L3.1")] : [T("B1"), T("B2")];
  const zero = gather(table, zeroKeys);
  if (!complete(zero)) return { notices: gatherNotices(section, zero) };
  const S = ctx.subject;
  const Y = ctx.year;
  if (zeroKeys.every((k) => isZero(valueOf(zero, k)))) {
    const text = ctx.style.zero[ctx.era].requests(Y, S);
    return { paragraph: paragraph(ctx, "requests", section, "zero", text, zero.basis), notices: [] };
  }

  const facts = gather(table, legacy ? legacyFactKeys : nationalFactKeys(ctx));
  if (!complete(facts)) return { notices: gatherNotices(section, facts) };
  const lead = ctx.style.lead(ctx.era, Y);
  const text = legacy ? legacyFacts(facts, lead, S) : nationalFacts(ctx, facts, lead, S);
  return { paragraph: paragraph(ctx, "requests", section, "facts", text, facts.basis), notices: [] };
}

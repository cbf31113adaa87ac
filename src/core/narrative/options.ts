/**
 * Checking what the user chose before anything is generated. Every problem is one Chinese
 * sentence saying what is wrong and what to type instead; a host shows them as they are.
 */
import { FORMATS, formatForYear, isFormatId } from "../formats";
import type { FormatDef } from "../formats/model";
import type { LocatedTable } from "../located";
import { STYLES, isStyleId } from "./styles";
import type { NarrativeOptions } from "./types";

/** Thrown by `generateNarrative` when the options cannot be used; `problems` are Chinese. */
export class NarrativeOptionsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("；"));
    this.name = "NarrativeOptionsError";
  }
}

/** The 条例 took effect in 2008: no annual report is older. */
const FIRST_YEAR = 2008;
const LAST_YEAR = 2100;

const styleChoices = STYLES.map((s) => `${s.id}（${s.name}）`).join("、");

/** Problems with the options, in Chinese; empty when they can be used. */
export function checkNarrativeOptions(options: NarrativeOptions): string[] {
  const problems: string[] = [];
  const subject = typeof options.subject === "string" ? options.subject.trim() : "";
  if (subject === "") problems.push("请填写正文中对本机关的称谓，例如“我单位”“我局”“本机关”，或本机关简称如“区审计局”");
  else if (/[\s\u3000，。；、,.;：:！？!?“”"'‘’（）()《》<>【】[\]0-9０-９]/.test(subject))
    problems.push(`称谓“${subject}”中含有标点、空格或数字，请只填写称谓本身，例如“我局”或“区审计局”`);
  else if ([...subject].length > 20) problems.push(`称谓“${subject}”过长（${[...subject].length} 个字），请填写简称，例如“区审计局”`);

  if (options.year !== undefined && !(Number.isInteger(options.year) && options.year >= FIRST_YEAR && options.year <= LAST_YEAR))
    problems.push(`报告年度“${String(options.year)}”无效，请填写四位数年份，例如 2023`);
  if (options.style !== undefined && !isStyleId(options.style)) problems.push(`正文风格“${String(options.style)}”不存在，可选：${styleChoices}`);
  if (options.format !== undefined && !isFormatId(options.format)) problems.push(`格式“${String(options.format)}”不存在，可选：${Object.keys(FORMATS).join("、")}`);

  const fees = options.feesCollected;
  if (fees !== undefined) {
    if (typeof fees !== "number" || !Number.isFinite(fees) || fees < 0)
      problems.push(`信息处理费金额“${String(fees)}”无效：请填写本年收取的金额，单位为元，例如 300；未收取填 0`);
    else if (Math.abs(fees * 100 - Math.round(fees * 100)) > 1e-6) problems.push(`信息处理费金额 ${fees} 超过两位小数：单位为元，最多精确到分，例如 ${fees.toFixed(2)}`);
  }
  const proposals = options.proposals;
  if (proposals !== undefined && !(Number.isInteger(proposals) && proposals >= 0))
    problems.push(`人大政协建议提案件数“${String(proposals)}”无效：应为不小于 0 的整数，例如 3；没有的填 0`);
  return problems;
}

/** The year most located tables name, or null. */
export function tablesYear(tables: readonly LocatedTable[]): number | null {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.year !== null) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = year;
  return best;
}

/** The report year: the option, else the tables' year; throws when neither says. */
export function resolveYear(options: NarrativeOptions, tables: readonly LocatedTable[]): number {
  const year = options.year ?? tablesYear(tables);
  if (year === null) throw new NarrativeOptionsError(["未能确定报告年度：统计表的标题和工作表名中都没有写明年度，请指定报告年度，例如 2023"]);
  return year;
}

/**
 * The format whose sections are written: the option, else the located tables' (the headings must
 * match the tables the report prints), else the one the year requires.
 */
export function resolveFormat(options: NarrativeOptions, tables: readonly LocatedTable[], year: number): FormatDef {
  if (options.format !== undefined) return FORMATS[options.format];
  const located = tables.find((t) => t.year === year) ?? tables[0];
  return located ? FORMATS[located.format] : formatForYear(year);
}

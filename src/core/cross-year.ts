/**
 * Checks against last year's report (all warnings: last year's report may itself have been wrong).
 *
 * - `B-carry-over`: this year's 二、上年结转 = last year's 四、结转下年度继续办理, column by column.
 * - `A-effective-carry` (2021 format both years): 现行有效件数 = last year's 现行有效件数 + 本年制发件数
 *   − 本年废止件数, for 规章 and 行政规范性文件.
 * - `report.same-as-last-year`: every value cell equals last year's and not all are 0 (内容雷同,
 *   named as grounds for accountability by 国办公开办函〔2021〕30号).
 *
 * Only tables of the same id are compared. Findings point at this year's cells; last year's values
 * are stated in the message. A blank counts as 0 (and the message says so); an unreadable or missing
 * cell on either side leaves the comparison it belongs to unevaluated.
 */
import { readStates } from "./check";
import { formatNumber, tableDef, tableName } from "./describe";
import { dataCells } from "./formats/derive";
import { cellKey, type CellKey } from "./formats/model";
import type { LocatedTable } from "./located";
import { blanksClause, makeFinding, tolerance, totalOf, type RuleInput } from "./rules/operands";
import type { Finding } from "./types";

/** `上年（2022年度）报告`, or `上年报告` when last year's table names no year. */
function lastYear(previous: LocatedTable): string {
  return previous.year !== null ? `上年（${previous.year}年度）报告` : "上年报告";
}

/** A single cell's value, or null when it cannot be used (unreadable or not found). */
function known(input: RuleInput, key: CellKey): number | null {
  const t = totalOf(input, [key]);
  return t.invalid || !t.complete ? null : t.lo;
}

function carryOver(current: RuleInput, previous: RuleInput, prevTable: LocatedTable): Finding[] {
  const out: Finding[] = [];
  const columns = tableDef(current.format, "B").blocks[0].columns.filter((c) => !c.group);
  for (const column of columns) {
    const b2 = cellKey("B2", column.key);
    const b4 = cellKey("B4", column.key);
    const now = known(current, b2);
    const before = known(previous, b4);
    if (now === null || before === null || Math.abs(now - before) <= tolerance(current, [b2])) continue;
    const blanks = [...totalOf(current, [b2]).blanks, ...totalOf(previous, [b4]).blanks];
    const message =
      `${current.name(b2)}为 ${formatNumber(now)}，${lastYear(prevTable)}的${previous.name(b4)}为 ` +
      `${formatNumber(before)}，相差 ${formatNumber(Math.abs(now - before))}${blanksClause(blanks)}：` +
      "本年的上年结转数应等于上年的结转下年度继续办理数，请核实两年的数据";
    out.push(makeFinding(current, "B-carry-over", "warning", message, [b2], { reported: now, computed: before }));
  }
  return out;
}

function effectiveCarry(current: RuleInput, previous: RuleInput, prevTable: LocatedTable): Finding[] {
  const out: Finding[] = [];
  for (const row of ["A1.1", "A1.2"]) {
    const effective = cellKey(row, "effective");
    const issued = cellKey(row, "issued");
    const repealed = cellKey(row, "repealed");
    const now = known(current, effective);
    const add = known(current, issued);
    const remove = known(current, repealed);
    const before = known(previous, effective);
    if (now === null || add === null || remove === null || before === null) continue;
    const expected = before + add - remove;
    if (Math.abs(now - expected) <= tolerance(current, [effective])) continue;
    const blanks = [...totalOf(current, [effective, issued, repealed]).blanks, ...totalOf(previous, [effective]).blanks];
    const message =
      `${current.name(effective)}为 ${formatNumber(now)}，按${lastYear(prevTable)}的现行有效件数 ` +
      `${formatNumber(before)} 加本年制发 ${formatNumber(add)}、减本年废止 ${formatNumber(remove)} 应为 ` +
      `${formatNumber(expected)}，相差 ${formatNumber(Math.abs(now - expected))}${blanksClause(blanks)}：` +
      "现行有效件数应等于上年现行有效件数加本年制发件数减本年废止件数，请核实";
    out.push(
      makeFinding(current, "A-effective-carry", "warning", message, [effective, issued, repealed], {
        reported: now,
        computed: expected,
      }),
    );
  }
  return out;
}

function sameAsLastYear(table: LocatedTable, current: RuleInput, previous: RuleInput, prevTable: LocatedTable): Finding[] {
  const keys = dataCells(tableDef(table.format, table.table)).map((c) => c.key);
  let nonZero = false;
  for (const key of keys) {
    // A cell this year's format has and last year's does not (2019 → 2021 Table B's （六）) differs.
    const now = known(current, key);
    const before = known(previous, key);
    if (now === null || before === null || Math.abs(now - before) > tolerance(current, [key])) return [];
    if (now !== 0) nonZero = true;
  }
  if (!nonZero) return [];
  const message =
    `${tableName(table.format, table.table)}的 ${keys.length} 个数据与${lastYear(prevTable)}完全相同：` +
    "年度报告内容雷同是国办公开办函〔2021〕30号列明的问责情形，请核实是否沿用了上年的数据";
  return [makeFinding(current, "report.same-as-last-year", "warning", message, keys)];
}

/** Findings from comparing this year's table with the same table of last year's report. */
export function checkAgainstPreviousYear(current: LocatedTable, previous: LocatedTable): Finding[] {
  if (current.table !== previous.table) return [];
  const now = readStates(current);
  const before = readStates(previous);
  const out: Finding[] = [];
  if (current.table === "B") out.push(...carryOver(now, before, previous));
  if (current.table === "A" && current.format === "national-2021" && previous.format === "national-2021") out.push(...effectiveCarry(now, before, previous));
  out.push(...sameAsLastYear(current, now, before, previous));
  return out;
}

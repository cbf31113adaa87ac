/**
 * Last year's report for `nianbao check --previous`: read once, its tables located, so the
 * cross-year rules can compare this year's 上年结转 with last year's 结转下年度 and so on.
 */
import * as path from "path";
import type { LocatedTable } from "../core/located";
import { locateTables } from "../core/locate";
import { readFoundFile } from "./open-file";

export type PreviousReport = { ok: true; tables: LocatedTable[]; notes: string[] } | { ok: false; notes: string[] };

/**
 * Read `file` (relative to `cwd`) as last year's report. `year` is this year's report year when
 * the user stated it; the previous report is then expected to be the year before.
 */
export async function readPrevious(file: string, cwd: string, year?: number): Promise<PreviousReport> {
  const read = await readFoundFile({ file, absolute: path.resolve(cwd, file) });
  if (!read.ok) return { ok: false, notes: [`上年报告 ${file}：无法读取：${read.error}`] };
  const tables = locateTables(
    read.book.sheets.map((s) => s.grid),
    { fileName: path.basename(file), ...(year !== undefined ? { year: year - 1 } : {}) },
  );
  if (tables.length === 0) return { ok: false, notes: [`上年报告 ${file}：没有找到统计表，无法与上年比对`] };
  const years = [...new Set(tables.map((t) => t.year).filter((y): y is number => y !== null))];
  return { ok: true, tables, notes: [`上年报告 ${file}：找到 ${tables.length} 张表${years.length ? `（${years.join("、")} 年度）` : ""}，与本年比对`] };
}

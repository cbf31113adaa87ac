/**
 * A table whose format is not the one its report year requires: the 2019 table used for a 2023
 * report is a real, common error. Said once per sheet and format, naming every such table.
 */
import { formatForYear } from "../formats";
import type { FormatId } from "../formats/model";
import type { LocatedTable } from "../located";
import { formatYear } from "./messages";

/** One `format.year` finding per sheet and format whose tables do not fit their report year. */
export function addFormatYearFindings(tables: LocatedTable[]): void {
  const groups = new Map<string, LocatedTable[]>();
  for (const t of tables) {
    if (t.year === null) continue;
    const expected: FormatId = formatForYear(t.year).id;
    if (expected === t.format) continue;
    const key = `${t.sheet}\u0000${t.format}\u0000${t.year}`;
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  for (const list of groups.values()) {
    const first = list[0];
    const year = first.year as number;
    const cells = list.map((t) => t.range.split(":")[0]);
    first.findings.unshift(formatYear({ format: first.format, table: first.table, sheet: first.sheet }, year, formatForYear(year).id, first.yearSource, cells));
  }
}

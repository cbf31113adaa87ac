/**
 * After each check: has any number a written paragraph was made from changed since? For every
 * narrative sheet the pane wrote that is still in the workbook, the stored stamps are compared with
 * the tables just located (`staleness`, by cell key, so inserted rows do not matter), and one
 * notice per sheet names what changed, cells named as the check's own findings name them:
 *   正文生成后，表三“一、本年新收政府信息公开申请数量（总计）”由 0 变为 2：工作表“2025年度报告正文”
 *   中“三、收到和处理政府信息公开申请情况”下的正文已过时，请点“生成正文”重新生成
 * Part of the narrative chunk.
 */
import { cellName, formatNumber, tableShortName } from "../core/describe";
import type { FormatId, TableId } from "../core/formats/model";
import type { LocatedTable } from "../core/located";
import { decodeStamp, staleness, type BasisChange } from "../core/narrative";
import type { SheetRecord } from "./narrative-record";

/** How many changes a notice spells out before `等 N 处`. */
const NAMED = 3;

const NOW_TEXT: Readonly<Record<string, string>> = {
  blank: "现为空白",
  invalid: "现在填写的不是数字",
  missing: "现在在统计表中找不到",
  "table-missing": "所在的统计表现在找不到",
  "not-given": "现未填写",
};

function changeText(change: BasisChange, format: FormatId): string {
  const { entry, now } = change;
  // Inputs are not compared here (only the tables are passed), but a message is ready for them.
  if (entry.source === "input") return change.message;
  const table = entry.source as TableId;
  const name = `${tableShortName(table)}“${cellName(format, table, entry.key)}”`;
  const was = entry.value === null ? "未填写" : formatNumber(entry.value);
  return typeof now === "number" ? `${name}由 ${was} 变为 ${formatNumber(now)}` : `${name}原为 ${was}，${NOW_TEXT[now] ?? now}`;
}

export function staleNotices(records: readonly SheetRecord[], sheetNames: readonly string[], tables: readonly LocatedTable[]): string[] {
  if (tables.length === 0) return [];
  const out: string[] = [];
  for (const record of records) {
    if (!sheetNames.includes(record.sheet)) continue;
    const changes = new Map<string, string>();
    const headings: string[] = [];
    for (const slot of record.slots) {
      const stamp = slot.stamp === null ? null : decodeStamp(slot.stamp);
      if (!stamp) continue;
      const s = staleness(stamp, tables);
      if (!s.stale) continue;
      if (!headings.includes(slot.heading)) headings.push(slot.heading);
      for (const c of s.changes) changes.set(`${c.entry.source}:${c.entry.key}`, changeText(c, record.format));
    }
    if (changes.size === 0) continue;
    const list = [...changes.values()];
    const named = list.slice(0, NAMED).join("；") + (list.length > NAMED ? `等 ${list.length} 处` : "");
    out.push(`正文生成后，${named}：工作表“${record.sheet}”中${headings.map((h) => `“${h}”`).join("、")}下的正文已过时，请点“生成正文”重新生成`);
  }
  return out;
}

/**
 * After each check: has any number a written paragraph was made from changed since? For every
 * narrative sheet the pane wrote that is still in the workbook, the stored stamps are compared with
 * the tables just located (`staleness`, by cell key, so inserted rows do not matter), and one
 * notice per sheet names what changed:
 *   正文生成后，表三“一、本年新收政府信息公开申请数量”（总计）由 0 改为 2：工作表“2025年度报告正文”
 *   中“三、收到和处理政府信息公开申请情况”下的正文已过时，请点“生成正文”重新生成
 */
import { tableShortName } from "../core/describe";
import type { TableId } from "../core/formats/model";
import type { LocatedTable } from "../core/located";
import type { BasisChange } from "../core/narrative";
import type { NarrativeModule } from "./narrative-load";
import type { SheetRecord } from "./narrative-record";

type Mod = Pick<NarrativeModule, "decodeStamp" | "staleness">;

/** How many changes a notice spells out before `等 N 处`. */
const NAMED = 3;

function changeText(change: BasisChange): string {
  const source = change.entry.source;
  return source === "input" ? change.message : `${tableShortName(source as TableId)}${change.message}`;
}

export function staleNotices(mod: Mod, records: readonly SheetRecord[], sheetNames: readonly string[], tables: readonly LocatedTable[]): string[] {
  if (tables.length === 0) return [];
  const out: string[] = [];
  for (const record of records) {
    if (!sheetNames.includes(record.sheet)) continue;
    const changes = new Map<string, string>();
    const headings: string[] = [];
    for (const slot of record.slots) {
      const stamp = slot.stamp === null ? null : mod.decodeStamp(slot.stamp);
      if (!stamp) continue;
      const s = mod.staleness(stamp, tables);
      if (!s.stale) continue;
      if (!headings.includes(slot.heading)) headings.push(slot.heading);
      for (const c of s.changes) changes.set(`${c.entry.source}:${c.entry.key}`, changeText(c));
    }
    if (changes.size === 0) continue;
    const list = [...changes.values()];
    const named = list.slice(0, NAMED).join("；") + (list.length > NAMED ? `等 ${list.length} 处` : "");
    out.push(
      `正文生成后，${named}：工作表“${record.sheet}”中${headings.map((h) => `“${h}”`).join("、")}下的正文已过时，请点“生成正文”重新生成`,
    );
  }
  return out;
}

/**
 * Findings as the pane lists them: by severity (错误, 核实, 未填写, 提示, then the kept ones),
 * then by the table they concern (`表三（收到和处理政府信息公开申请情况）` on its sheet), in the
 * order the tables stand in the workbook. Findings about a sheet rather than one table (a table's
 * year read from elsewhere, say) form a group of their sheet.
 */
import { fromA1, splitRef } from "../core/address";
import { formatNumber, tableName } from "../core/describe";
import { contains as rectContains, rectOfA1 } from "../core/layout/rects";
import type { LocatedTable } from "../core/located";
import type { Finding } from "../core/types";
import { findingId, type FindingId } from "./identity";
import { isKeepable, type KeptNote } from "./kept";
import { isBlankFinding } from "./summary";

export type SectionKind = "error" | "warning" | "blank" | "info" | "kept";

const SECTION_TITLES: Readonly<Record<SectionKind, string>> = {
  error: "错误",
  warning: "核实",
  blank: "未填写",
  info: "提示",
  kept: "已保留",
};

/** What each section asks of the user, under its heading. */
const SECTION_HINTS: Readonly<Record<SectionKind, string>> = {
  error: "数字之间的关系不可能成立，提交前必须改正。",
  warning: "通常有误，但也可能确实如此：请核实；确认无误的，可“保留并说明”。",
  blank: "没有发生的事项应填 0，不要留空。",
  info: "供参考，请视情况处理。",
  kept: "已核实并说明理由的问题，不再计入“核实”。",
};

const SECTION_ORDER: readonly SectionKind[] = ["error", "warning", "blank", "info", "kept"];

/** How many cells a finding line names before saying `等 N 个单元格`. */
const CELLS_NAMED = 6;

export interface FindingItem {
  id: FindingId;
  finding: Finding;
  /** `单元格：D47、D26、D27、D28、D29、D30 等 22 个单元格`, or "" when it names no cell. */
  cellsText: string;
  /** `填报 5 · 计算 6 · 相差 1`, or null when the finding compares no values. */
  detail: string | null;
  /** A 核实 finding that can be kept with a note. */
  keepable: boolean;
  /** The note it was kept with, when kept. */
  kept: KeptNote | null;
}

export interface FindingGroup {
  key: string;
  /** `表三（收到和处理政府信息公开申请情况）`, or `工作表“Sheet1”`. */
  title: string;
  /** `工作表“2024年度统计表” A21:J48`, or "" for a sheet group. */
  where: string;
  items: FindingItem[];
}

export interface FindingSection {
  kind: SectionKind;
  title: string;
  hint: string;
  /** Findings in the section (cells for 未填写). */
  count: number;
  /** `个单元格` for 未填写, `项` otherwise. */
  unit: string;
  groups: FindingGroup[];
}

export function cellsText(cells: readonly string[]): string {
  if (cells.length === 0) return "";
  const named = cells.slice(0, CELLS_NAMED).join("、");
  return cells.length > CELLS_NAMED ? `单元格：${named} 等 ${cells.length} 个单元格` : `单元格：${named}`;
}

export function detailText(f: Pick<Finding, "reported" | "computed">): string | null {
  const parts: string[] = [];
  if (f.reported !== undefined) parts.push(`填报 ${formatNumber(f.reported)}`);
  if (f.computed !== undefined) parts.push(`计算 ${formatNumber(f.computed)}`);
  if (f.reported !== undefined && f.computed !== undefined) {
    parts.push(`相差 ${formatNumber(Math.abs(f.reported - f.computed))}`);
  }
  return parts.length ? parts.join(" · ") : null;
}

function contains(range: string, cell: string): boolean {
  try {
    return rectContains(rectOfA1(range), fromA1(cell));
  } catch {
    return false; // not an A1 cell: no containment to speak of
  }
}

/**
 * The located table a finding concerns: same sheet and table id; when a sheet holds two tables of
 * the same id (this year's and last year's side by side), the one whose range holds its first cell.
 */
export function tableOf(finding: Finding, tables: readonly LocatedTable[]): number {
  if (!finding.table) return -1;
  const candidates: number[] = [];
  tables.forEach((t, i) => {
    if (t.sheet === finding.sheet && t.table === finding.table) candidates.push(i);
  });
  if (candidates.length <= 1) return candidates.length ? candidates[0] : -1;
  const first = finding.cells[0];
  if (first === undefined) return candidates[0];
  const { sheet, cell } = splitRef(first, finding.sheet);
  const inside = candidates.find((i) => sheet === finding.sheet && contains(tables[i].range, cell));
  return inside ?? candidates[0];
}

function sectionOf(finding: Finding, kept: ReadonlyMap<FindingId, KeptNote>): SectionKind {
  if (isBlankFinding(finding)) return "blank";
  if (isKeepable(finding) && kept.has(findingId(finding))) return "kept";
  return finding.severity;
}

function groupOf(finding: Finding, tables: readonly LocatedTable[]): { key: string; title: string; where: string; order: number } {
  const i = tableOf(finding, tables);
  if (i >= 0) {
    const t = tables[i];
    return { key: `table:${i}`, title: tableName(t.format, t.table), where: `工作表“${t.sheet}” ${t.range}`, order: i };
  }
  const title = finding.sheet ? `工作表“${finding.sheet}”` : "工作簿";
  return { key: `sheet:${finding.sheet}`, title, where: "", order: tables.length };
}

/** The sections to show, in order, each with at least one finding. */
export function groupFindings(findings: readonly Finding[], tables: readonly LocatedTable[], kept: ReadonlyMap<FindingId, KeptNote>): FindingSection[] {
  const sections = new Map<SectionKind, Map<string, FindingGroup & { order: number }>>();
  for (const finding of findings) {
    const kind = sectionOf(finding, kept);
    const groups = sections.get(kind) ?? new Map<string, FindingGroup & { order: number }>();
    sections.set(kind, groups);
    const g = groupOf(finding, tables);
    const group = groups.get(g.key) ?? { key: g.key, title: g.title, where: g.where, order: g.order, items: [] };
    groups.set(g.key, group);
    const id = findingId(finding);
    group.items.push({
      id,
      finding,
      cellsText: cellsText(finding.cells),
      detail: detailText(finding),
      keepable: isKeepable(finding),
      kept: kept.get(id) ?? null,
    });
  }
  const out: FindingSection[] = [];
  for (const kind of SECTION_ORDER) {
    const groups = sections.get(kind);
    if (!groups) continue;
    // Stable sort: tables in workbook order, sheet groups after them in order of appearance.
    const ordered = [...groups.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...g }) => g);
    const items = ordered.flatMap((g) => g.items);
    out.push({
      kind,
      title: SECTION_TITLES[kind],
      hint: SECTION_HINTS[kind],
      count: kind === "blank" ? items.reduce((n, it) => n + it.finding.cells.length, 0) : items.length,
      unit: kind === "blank" ? "个单元格" : "项",
      groups: ordered,
    });
  }
  return out;
}

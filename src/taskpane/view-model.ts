/**
 * Everything the pane shows, computed from the controller's state and the workbook's kept notes:
 * plain data, so what the user sees is tested without a DOM.
 */
import { columnLetters } from "../core/address";
import { FORMAT_IDS, formatShortName } from "../core/formats";
import { tableName } from "../core/describe";
import type { FormatId } from "../core/formats/model";
import type { HostCapabilities } from "../host/workbook-host";
import type { InsertForm, NoteEditor, PaneState } from "./controller";
import { groupFindings, type FindingSection } from "./groups";
import { buildNarrativeView, type NarrativeView } from "./narrative-view";
import type { FindingId } from "./identity";
import type { KeptNote } from "./kept";
import { READ_BOX, type CutSheet } from "./read-box";
import { countFindings, isClean, summaryText, type SummaryCounts } from "./summary";

export interface TableLine {
  key: string;
  /** `表三（收到和处理政府信息公开申请情况）`. */
  title: string;
  sheet: string;
  range: string;
  /** `2021 版格式（国办公开办函〔2021〕30号）`. */
  format: string;
  /** `2024 年度`, or `年度未知`. */
  year: string;
}

export interface InsertView {
  /** Open when the user opened it, and always when the workbook has no table. */
  open: boolean;
  form: InsertForm;
  formats: ReadonlyArray<{ id: FormatId; label: string }>;
  busy: boolean;
  /** What the inserted sheet will lack in this Excel. */
  limits: string[];
  /** Whether the pane opens by itself with this workbook (the user's switch, `auto-show.ts`). */
  autoOpen: boolean;
  /** Whether the host opens the pane with the document at all (Office does; a web page does not). */
  autoOpenSwitch: boolean;
}

export interface PaneView {
  /** `正在校验…`, `正在插入统计表…`, or "". */
  busy: string;
  /** null until the first check has read the workbook. */
  counts: SummaryCounts | null;
  summary: string;
  /** No table found in the workbook (after a check). */
  noTables: boolean;
  /** A check found tables and nothing left to do. */
  clean: boolean;
  /** Lasting notes about this Excel (no live checks). */
  limits: string[];
  problem: string | null;
  notice: string | null;
  sections: FindingSection[];
  editor: NoteEditor | null;
  tables: TableLine[];
  insert: InsertView;
  /** The 报告正文 section; null when no table was found (nothing to write about). */
  narrative: NarrativeView | null;
}

export const LIVE_UNSUPPORTED = "此版本 Excel 不支持实时校验，请在修改后点“重新校验”。";
export const LIVE_FAILED = "未能开启实时校验，请在修改后点“重新校验”。";

/** A sheet too large to read whole: what was checked of it, and why that is enough. */
export function cutNote(cut: CutSheet): string {
  const parts: string[] = [];
  if (cut.rows > READ_BOX.rows) parts.push(`前 ${READ_BOX.rows} 行`);
  if (cut.cols > READ_BOX.cols) parts.push(`前 ${READ_BOX.cols} 列（A 至 ${columnLetters(READ_BOX.cols - 1)} 列）`);
  return `工作表“${cut.sheet}”很大（${cut.rows} 行 × ${cut.cols} 列），只检查了其中${parts.join("、")}：统计表一般在工作表的左上方，其余部分未检查。`;
}

function insertLimits(caps: HostCapabilities): string[] {
  const out: string[] = [];
  if (!caps.dataValidation) out.push("此版本 Excel 不支持数据验证：插入的表格不会拦下非数字的输入，请以本面板的检查为准。");
  if (!caps.conditionalFormats) out.push("此版本 Excel 不支持条件格式：合计不符的单元格不会在表中标红，请以本面板的检查为准。");
  if (!caps.pageLayout) out.push("此版本 Excel 不支持冻结窗格和页面设置：插入后请自行设置打印为 A4、一页宽。");
  return out;
}

export function buildView(state: PaneState, kept: ReadonlyMap<FindingId, KeptNote>, caps: HostCapabilities): PaneView {
  const report = state.report;
  const counts = report ? countFindings(report.findings, kept) : null;
  const noTables = report !== null && report.tables.length === 0;
  let summary = "正在读取工作簿…";
  if (report && noTables) summary = "工作簿中没有找到统计表";
  else if (counts) summary = summaryText(counts);

  const limits: string[] = [];
  if (state.live === "unsupported") limits.push(LIVE_UNSUPPORTED);
  if (state.live === "failed") limits.push(LIVE_FAILED);
  for (const cut of state.cut) limits.push(cutNote(cut));

  const tables: TableLine[] = (report?.tables ?? []).map((t, i) => ({
    key: `table:${i}`,
    title: tableName(t.format, t.table),
    sheet: t.sheet,
    range: t.range,
    format: formatShortName(t.format),
    year: t.year === null ? "年度未知" : `${t.year} 年度`,
  }));

  return {
    busy: state.inserting ? "正在插入统计表…" : state.narrative.generating ? "正在生成正文…" : state.checking ? "正在校验…" : "",
    counts,
    summary,
    noTables,
    clean: counts !== null && !noTables && isClean(counts),
    limits,
    problem: state.problem,
    notice: state.notice,
    sections: report ? groupFindings(report.findings, report.tables, kept) : [],
    editor: state.editor,
    tables,
    insert: {
      open: state.form.open || noTables,
      form: state.form,
      formats: FORMAT_IDS.map((id) => ({ id, label: formatShortName(id) })),
      busy: state.inserting,
      limits: insertLimits(caps),
      autoOpen: state.autoOpen,
      autoOpenSwitch: caps.paneOpensWithDocument === true,
    },
    narrative: report && !noTables ? buildNarrativeView(state.narrative, state.inserting) : null,
  };
}

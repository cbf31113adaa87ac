/**
 * What the 报告正文 section does once the narrative chunk is here: the text findings, the stale
 * notices and the preview added to each check (from the sheets that check read), and 生成正文's
 * writes. Part of the chunk; the pane's shell (`narrative-controller.ts`) calls it.
 *
 * 生成正文 reads the workbook once, then either inserts the year's sheet (`insertPlan`) or, when
 * the pane wrote that sheet before, writes the paragraphs that are still exactly ours
 * (`writeCells`, one round trip); the stamps go to the workbook's settings.
 */
import { checkTables, type WorkbookReport } from "../core/check-tables";
import { formatForYear } from "../core/formats";
import type { LocatedTable } from "../core/located";
import {
  NarrativeOptionsError,
  SELF_REFERENCES,
  STYLES,
  agencyFromTitles,
  encodeStamp,
  generateNarrative,
  narrativeSheetName,
  plainText,
  planNarrativeSheet,
  stampOf,
  type Narrative,
} from "../core/narrative";
import type { SheetGrid } from "../core/types";
import type { WorkbookHost } from "../host/workbook-host";
import type { NarrativeDefaults, NarrativeField, NarrativeResult, NarrativeState } from "./narrative-form";
import { FieldError, agencyOf, narrativeOptions } from "./narrative-options";
import { readRecords, recordFor, saveRecords, withRecord, type SheetRecord } from "./narrative-record";
import { staleNotices } from "./narrative-stale";
import { planSheetUpdate } from "./narrative-update";
import { READ_BOX } from "./read-box";
import { TextCheckCache } from "./text-cache";

/** What the writer needs of the pane. */
export interface WriterContext {
  readonly host: WorkbookHost;
  readonly state: NarrativeState;
  /** The agency and year of the remembered template choice (the insert form's defaults). */
  remembered(): { agency: string; year: number };
}

/** Each sheet's text findings, kept while the sheet and the table cells they read are unchanged. */
const textChecks = new TextCheckCache();

/** The choices the section offers. */
export function catalog(): NonNullable<NarrativeState["catalog"]> {
  return {
    styles: STYLES.map((s) => ({ id: s.id, name: s.name, description: s.description })),
    selfReferences: [...SELF_REFERENCES],
  };
}

/** The year most located tables name, or null. */
function tablesYear(tables: readonly LocatedTable[]): number | null {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.year !== null) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = year;
  return best;
}

function defaultsFor(ctx: WriterContext, sheets: readonly SheetGrid[], tables: readonly LocatedTable[]): NarrativeDefaults {
  const remembered = ctx.remembered();
  const year = tablesYear(tables) ?? remembered.year;
  const located = tables.find((t) => t.year === year) ?? tables[0];
  return {
    agency: agencyFromTitles(sheets, tables) ?? remembered.agency,
    year,
    format: located ? located.format : formatForYear(year).id,
  };
}

/** The module's problems, attributed to the form's field when only one field can cause them. */
function fieldOfProblem(message: string): NarrativeField | null {
  if (/称谓/.test(message)) return "subject";
  if (/信息处理费/.test(message)) return "fees";
  if (/建议提案/.test(message)) return "proposals";
  if (/年度/.test(message)) return "year";
  if (/风格/.test(message)) return "style";
  return null;
}

/** The narrative the form asks for; sets the form's error and gives null when it cannot be made. */
function compose(state: NarrativeState, tables: readonly LocatedTable[]): Narrative | null {
  const form = state.form;
  try {
    const narrative = generateNarrative(tables, narrativeOptions(form, state.defaults));
    form.error = null;
    return narrative;
  } catch (e) {
    if (e instanceof FieldError) form.error = { field: e.field, message: e.message };
    else if (e instanceof NarrativeOptionsError) {
      const fields = new Set(e.problems.map(fieldOfProblem));
      form.error = { field: fields.size === 1 ? [...fields][0] : null, message: e.problems.join("；") };
    } else throw e;
    return null;
  }
}

/** What 生成正文 would write now, for the preview and 复制正文. */
export function refreshPreview(ctx: WriterContext, tables: readonly LocatedTable[], sheets: readonly SheetGrid[]): void {
  const state = ctx.state;
  const narrative = tables.length > 0 ? compose(state, tables) : null;
  if (!narrative) {
    state.preview = null;
    return;
  }
  const record = recordFor(
    readRecords(ctx.host),
    narrative.year,
    sheets.map((s) => s.name),
  );
  state.preview = {
    year: narrative.year,
    format: narrative.format,
    subject: narrative.subject,
    sections: narrative.sections.filter((s) => s.paragraphs.length > 0).map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.map((p) => p.text) })),
    notices: narrative.notices,
    text: plainText(narrative),
    sheet: record ? record.sheet : narrativeSheetName(narrative.year),
    update: record !== null,
  };
}

/** A check's additions: text findings (into `report`), defaults, stale notices, preview. */
export function enrich(ctx: WriterContext, report: WorkbookReport, sheets: readonly SheetGrid[]): void {
  const state = ctx.state;
  if (report.tables.length === 0) {
    state.preview = null;
    state.stale = [];
    return;
  }
  try {
    report.findings.push(...textChecks.findings(sheets, report.tables));
  } catch {
    // A fault in the text checks must not hide the table findings already shown.
  }
  state.defaults = defaultsFor(ctx, sheets, report.tables);
  state.stale = staleNotices(
    readRecords(ctx.host),
    sheets.map((s) => s.name),
    report.tables,
  );
  refreshPreview(ctx, report.tables, sheets);
}

function problem(notice: string): NarrativeResult {
  return { notice, problem: true, kept: [] };
}

function reason(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.trim() || "未知原因";
}

async function insertSheet(ctx: WriterContext, narrative: Narrative, records: SheetRecord[], names: string[]): Promise<boolean> {
  const agency = agencyOf(ctx.state.form, ctx.state.defaults);
  const { plan, slots } = planNarrativeSheet(narrative, agency);
  const name = await ctx.host.insertPlan(plan);
  const record: SheetRecord = {
    sheet: name,
    year: narrative.year,
    format: narrative.format,
    slots: slots.map((s) => ({
      id: s.id,
      heading: s.heading,
      address: s.address,
      offset: s.offset,
      stamp: s.paragraph ? encodeStamp(stampOf(s.paragraph)) : null,
    })),
  };
  const taken = name !== plan.name ? `（工作表“${plan.name}”已存在且不是本面板生成的，未改动它）` : "";
  let notice = `已插入工作表“${name}”${taken}：标题、各部分标题和 ${narrative.paragraphs.length} 段正文。再次点“生成正文”只会更新本面板写入且未经修改的段落。`;
  try {
    await saveRecords(ctx.host, withRecord(records, record), [...names, name]);
  } catch (e) {
    notice = `已插入工作表“${name}”，但未能在工作簿中记下写入的段落（${reason(e)}）：以后再次生成时不会更新这张工作表，而是另建一张。`;
  }
  ctx.state.result = { notice, problem: false, kept: [] };
  return true;
}

async function updateSheet(ctx: WriterContext, narrative: Narrative, record: SheetRecord, grid: SheetGrid, records: SheetRecord[], names: string[]): Promise<boolean> {
  const update = planSheetUpdate(record, grid, narrative);
  if (update.writes.length > 0) await ctx.host.writeCells(record.sheet, update.writes);
  const next: SheetRecord = { ...record, format: narrative.format, slots: update.slots };
  let unsaved = "";
  if (JSON.stringify(next) !== JSON.stringify(record)) {
    try {
      await saveRecords(ctx.host, withRecord(records, next), names);
    } catch (e) {
      // Safe all the same: the new text no longer matches the old stamps, so it is never overwritten.
      unsaved = `但未能在工作簿中记下本次写入（${reason(e)}）：这些段落以后会当作手工修改过的，不再自动更新。`;
    }
  }

  const rewritten = update.written.filter((w) => w.reason === "regenerated").length;
  const added = update.written.filter((w) => w.reason === "new").length;
  const parts: string[] = [];
  if (rewritten > 0) parts.push(`改写 ${rewritten} 段`);
  if (added > 0) parts.push(`新写入 ${added} 段`);
  if (update.upToDate > 0) parts.push(`${update.upToDate} 段已是最新`);
  if (update.kept.length > 0) parts.push(`${update.kept.length} 段未改动（见下）`);
  const what = update.writes.length > 0 ? `已更新工作表“${record.sheet}”` : `工作表“${record.sheet}”未作改动`;
  ctx.state.result = {
    notice: `${what}${parts.length > 0 ? `：${parts.join("，")}` : ""}。${unsaved}`,
    problem: false,
    kept: update.kept.map((k) => ({ heading: k.heading, message: k.address ? `${k.message}（单元格 ${k.address}）` : k.message })),
  };
  return update.writes.length > 0;
}

/**
 * 生成正文: one read, then one insertion or one write of cells, then the stamps. Sets the
 * section's result (or the form's error); true when anything was written. When the tables just
 * read have errors and the user has not answered 仍然生成 (`confirmed`), nothing is written and
 * the section asks (`state.confirm`).
 */
export async function writeNarrative(ctx: WriterContext, confirmed = false): Promise<boolean> {
  let sheets: SheetGrid[];
  try {
    // Every sheet cut to the read box, as a check reads them (a data sheet of a million cells
    // would make this one read too large for Excel on the web).
    sheets = ctx.host.readSome ? (await ctx.host.readSome(null, READ_BOX)).grids : await ctx.host.readSheets();
  } catch (e) {
    ctx.state.result = problem(`读取工作簿失败（${reason(e)}），未写入。请结束单元格编辑后再点“生成正文”。`);
    return false;
  }
  const checked = checkTables(sheets);
  const tables = checked.tables;
  if (tables.length === 0) {
    ctx.state.result = problem("工作簿中没有找到统计表，无法生成正文。请先插入统计表并填写数字。");
    return false;
  }
  const errors = checked.findings.filter((f) => f.severity === "error").length;
  if (errors > 0 && !confirmed) {
    ctx.state.confirm = { errors };
    return false;
  }
  ctx.state.defaults = defaultsFor(ctx, sheets, tables);
  const narrative = compose(ctx.state, tables);
  if (!narrative) return false;
  const names = sheets.map((s) => s.name);
  const records = readRecords(ctx.host);
  const record = recordFor(records, narrative.year, names);
  try {
    if (!record) return await insertSheet(ctx, narrative, records, names);
    const grid = sheets.find((s) => s.name === record.sheet);
    return grid ? await updateSheet(ctx, narrative, record, grid, records, names) : false;
  } catch (e) {
    ctx.state.result = problem(`生成正文失败（${reason(e)}）。工作表可能已改名、删除或受保护，请点“重新校验”后再试。`);
    return false;
  }
}

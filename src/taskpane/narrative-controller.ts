/**
 * The pane's 报告正文 behaviour: loading the narrative chunk after the first check, adding the text
 * findings and the stale notices to each check (from the sheets that check read: no second read),
 * the preview of what 生成正文 would write, 生成正文 itself, and 复制正文.
 *
 * Writes happen only in `generate`, on the user's click: a new sheet (`insertPlan`), or, when the
 * year's sheet was written before, the paragraphs that are still exactly ours (`writeCells`, one
 * round trip); the stamps go to the workbook's settings.
 */
import { checkTables, type WorkbookReport } from "../core/check-tables";
import { formatForYear } from "../core/formats";
import type { LocatedTable } from "../core/located";
import type { Narrative } from "../core/narrative";
import type { SheetGrid } from "../core/types";
import type { WorkbookHost } from "../host/workbook-host";
import { copyText as defaultCopy } from "./narrative-clipboard";
import {
  FieldError,
  agencyOf,
  narrativeOptions,
  type NarrativeField,
  type NarrativeForm,
  type NarrativeResult,
  type NarrativeState,
} from "./narrative-form";
import { LazyModule, type NarrativeLoader, type NarrativeModule } from "./narrative-load";
import { readRecords, recordFor, saveRecords, withRecord, type SheetRecord } from "./narrative-record";
import { staleNotices } from "./narrative-stale";
import { planSheetUpdate } from "./narrative-update";

/** What the narrative part needs of the pane around it. */
export interface NarrativeContext {
  readonly host: WorkbookHost;
  readonly state: NarrativeState;
  /** Redraw. */
  changed(): void;
  /** Check again (after writing). */
  check(): Promise<void>;
  /** The agency and year of the remembered template choice (the insert form's defaults). */
  remembered(): { agency: string; year: number };
  /** Another write is running (an insertion): 生成正文 waits for the next click. */
  busy(): boolean;
}

export interface NarrativeOptionsIn {
  loader: NarrativeLoader;
  copyText?: (text: string) => Promise<boolean>;
}

/** The year most located tables name, or null. */
function tablesYearOf(tables: readonly LocatedTable[]): number | null {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.year !== null) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = year;
  return best;
}

function reason(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.trim() || "未知原因";
}

/** The module's problems, attributed to the form's field when only one field can cause them. */
function fieldOfProblem(message: string): NarrativeField | null {
  if (/称谓/.test(message)) return "subject";
  if (/年度/.test(message) && !/信息处理费|建议提案/.test(message)) return "year";
  if (/信息处理费/.test(message)) return "fees";
  if (/建议提案/.test(message)) return "proposals";
  if (/风格/.test(message)) return "style";
  return null;
}

export class NarrativeController {
  private readonly module: LazyModule;
  private readonly copier: (text: string) => Promise<boolean>;
  /** What the last check read and found: reused for the text findings, the preview and staleness. */
  private sheets: SheetGrid[] | null = null;
  private report: WorkbookReport | null = null;
  private readonly enriched = new WeakSet<WorkbookReport>();

  constructor(
    private readonly ctx: NarrativeContext,
    options: NarrativeOptionsIn,
  ) {
    this.module = new LazyModule(options.loader);
    this.copier = options.copyText ?? ((text) => defaultCopy(text));
  }

  private get state(): NarrativeState {
    return this.ctx.state;
  }

  /** Fetch the narrative chunk; once here, the last check gets its text findings. */
  async load(): Promise<NarrativeModule | null> {
    if (this.module.value) return this.module.value;
    this.state.module = "loading";
    try {
      const mod = await this.module.get();
      this.state.module = "ready";
      this.state.catalog = {
        styles: mod.STYLES.map((s) => ({ id: s.id, name: s.name, description: s.description })),
        selfReferences: [...mod.SELF_REFERENCES],
      };
      if (this.report && this.sheets && !this.enriched.has(this.report)) this.enrich(mod, this.report, this.sheets);
      this.ctx.changed();
      return mod;
    } catch {
      this.state.module = "failed";
      this.ctx.changed();
      return null;
    }
  }

  /** Called by each check with what it read; adds the text findings when the chunk is here. */
  afterCheck(sheets: SheetGrid[], report: WorkbookReport): void {
    this.sheets = sheets;
    this.report = report;
    const mod = this.module.value;
    if (mod) this.enrich(mod, report, sheets);
  }

  private enrich(mod: NarrativeModule, report: WorkbookReport, sheets: SheetGrid[]): void {
    this.enriched.add(report);
    if (report.tables.length === 0) {
      this.state.preview = null;
      this.state.stale = [];
      return;
    }
    try {
      report.findings.push(...mod.checkNarrativeText(sheets, report.tables));
    } catch {
      // A fault in the text checks must not hide the table findings already shown.
    }
    this.state.defaults = this.defaultsFor(mod, sheets, report.tables);
    const names = sheets.map((s) => s.name);
    this.state.stale = staleNotices(mod, readRecords(this.ctx.host), names, report.tables);
    this.refreshPreview(mod);
  }

  private defaultsFor(mod: NarrativeModule, sheets: readonly SheetGrid[], tables: readonly LocatedTable[]): NarrativeState["defaults"] {
    const remembered = this.ctx.remembered();
    const year = tablesYearOf(tables) ?? remembered.year;
    const located = tables.find((t) => t.year === year) ?? tables[0];
    return {
      agency: mod.agencyFromTitles(sheets, tables) ?? remembered.agency,
      year,
      format: located ? located.format : formatForYear(year).id,
    };
  }

  /** The narrative the form asks for, from the last check's tables; sets the form's error. */
  private compose(mod: NarrativeModule, tables: readonly LocatedTable[]): Narrative | null {
    const form = this.state.form;
    try {
      const options = narrativeOptions(form, this.state.defaults, mod.selfReferenceFor);
      const narrative = mod.generateNarrative(tables, options);
      form.error = null;
      return narrative;
    } catch (e) {
      if (e instanceof FieldError) form.error = { field: e.field, message: e.message };
      else if (e instanceof mod.NarrativeOptionsError) {
        const fields = new Set(e.problems.map(fieldOfProblem));
        form.error = { field: fields.size === 1 ? [...fields][0] : null, message: e.problems.join("；") };
      } else throw e;
      return null;
    }
  }

  private refreshPreview(mod: NarrativeModule): void {
    const tables = this.report?.tables ?? [];
    if (tables.length === 0) {
      this.state.preview = null;
      return;
    }
    const narrative = this.compose(mod, tables);
    if (!narrative) {
      this.state.preview = null;
      return;
    }
    const names = (this.sheets ?? []).map((s) => s.name);
    const record = recordFor(readRecords(this.ctx.host), narrative.year, names);
    this.state.preview = {
      year: narrative.year,
      format: narrative.format,
      subject: narrative.subject,
      sections: narrative.sections.filter((s) => s.paragraphs.length > 0).map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.map((p) => p.text) })),
      notices: narrative.notices,
      text: mod.plainText(narrative),
      sheet: record ? record.sheet : mod.narrativeSheetName(narrative.year),
      update: record !== null,
    };
  }

  // --- the form ----------------------------------------------------------------------------

  setOpen(open: boolean): void {
    if (this.state.form.open === open) return;
    this.state.form.open = open;
    this.ctx.changed();
  }

  /**
   * A field typed or picked. Text fields call this on every keystroke with `commit` false (no
   * redraw: a redraw while a Chinese input method composes would break the composition), then
   * with `commit` true on `change`, which refreshes the preview.
   */
  setField(field: NarrativeField, value: string, commit = true): void {
    const form: NarrativeForm = this.state.form;
    switch (field) {
      case "subject":
        // The picker's last entry switches to typing the short name.
        if (value === CUSTOM_SUBJECT) {
          form.customSubject = true;
          form.subject = "";
        } else form.subject = value;
        break;
      case "style":
        if (this.state.catalog?.styles.some((s) => s.id === value)) form.style = value as NarrativeForm["style"];
        break;
      case "year":
        form.yearText = value;
        break;
      case "agency":
        form.agency = value;
        break;
      case "fees":
        form.feesText = value;
        break;
      case "proposals":
        form.proposalsText = value;
        break;
    }
    if (form.error?.field === field) form.error = null;
    if (!commit) return;
    this.state.copied = null;
    const mod = this.module.value;
    if (mod) this.refreshPreview(mod);
    this.ctx.changed();
  }

  /** Back from typing a short name to the list of self-references. */
  pickSubject(): void {
    this.state.form.customSubject = false;
    this.state.form.subject = null;
    const mod = this.module.value;
    if (mod) this.refreshPreview(mod);
    this.ctx.changed();
  }

  // --- 复制正文 -------------------------------------------------------------------------------

  /** Copy what 生成正文 would write. Starts the copy at once: the clipboard needs the click. */
  async copy(): Promise<void> {
    const preview = this.state.preview;
    if (!preview || preview.text === "") {
      this.state.copied = { ok: false, message: "没有可复制的正文：统计表中还没有能生成表述的数字，请先按提示填写统计表" };
      this.ctx.changed();
      return;
    }
    const copying = this.copier(preview.text);
    let ok = false;
    try {
      ok = await copying;
    } catch {
      ok = false;
    }
    const count = preview.sections.reduce((n, s) => n + s.paragraphs.length, 0);
    this.state.copied = ok
      ? { ok, message: `已复制 ${count} 段正文（含所在章节标题），可粘贴到 Word 报告中` }
      : { ok, message: `未能复制到剪贴板（此环境不允许网页写入剪贴板）。请在工作表“${preview.sheet}”中选中正文单元格，按 Ctrl+C 复制` };
    this.ctx.changed();
  }

  // --- 生成正文 -------------------------------------------------------------------------------

  get generating(): boolean {
    return this.state.generating;
  }

  /** Write the narrative: a new sheet, or our unedited paragraphs of the existing one. Then check. */
  async generate(): Promise<void> {
    if (this.state.generating || this.ctx.busy()) return;
    this.state.result = null;
    this.state.copied = null;
    this.state.generating = true;
    this.ctx.changed();
    let wrote = false;
    try {
      // Fetched again here if the first fetch failed (a dropped connection).
      const mod = await this.load();
      if (!mod) {
        this.state.result = problem("未能加载生成正文的功能（网络中断或加载项已更新）。请关闭本面板后重新打开再试。");
      } else {
        wrote = await this.write(mod);
      }
    } catch (e) {
      this.state.result = problem(`生成正文失败（${reason(e)}）。工作表可能已改名、删除或受保护，请点“重新校验”后再试。`);
    } finally {
      this.state.generating = false;
    }
    this.ctx.changed();
    // A check after writing shows the text findings of the new text, and clears the stale notice.
    if (wrote) await this.ctx.check();
  }

  /** One read, then one insertion or one write of cells, then the stamps. True when anything was written. */
  private async write(mod: NarrativeModule): Promise<boolean> {
    const sheets = await this.ctx.host.readSheets();
    const tables = checkTables(sheets).tables;
    if (tables.length === 0) {
      this.state.result = problem("工作簿中没有找到统计表，无法生成正文。请先插入统计表并填写数字。");
      return false;
    }
    this.state.defaults = this.defaultsFor(mod, sheets, tables);
    const narrative = this.compose(mod, tables);
    if (!narrative) return false;
    const names = sheets.map((s) => s.name);
    const records = readRecords(this.ctx.host);
    const record = recordFor(records, narrative.year, names);
    if (!record) return this.insertSheet(mod, narrative, records, names);
    const grid = sheets.find((s) => s.name === record.sheet);
    if (!grid) return false;
    return this.updateSheet(mod, narrative, record, grid, records, names);
  }

  private async insertSheet(mod: NarrativeModule, narrative: Narrative, records: SheetRecord[], names: string[]): Promise<boolean> {
    const agency = agencyOf(this.state.form, this.state.defaults);
    const { plan, slots } = mod.planNarrativeSheet(narrative, agency);
    const name = await this.ctx.host.insertPlan(plan);
    const record: SheetRecord = {
      sheet: name,
      year: narrative.year,
      format: narrative.format,
      slots: slots.map((s) => ({
        id: s.id,
        heading: s.heading,
        address: s.address,
        offset: s.offset,
        stamp: s.paragraph ? mod.encodeStamp(mod.stampOf(s.paragraph)) : null,
      })),
    };
    const count = narrative.paragraphs.length;
    const taken = name !== plan.name ? `（工作表“${plan.name}”已存在且不是本面板生成的，未改动它）` : "";
    let notice = `已插入工作表“${name}”${taken}：标题、各部分标题和 ${count} 段正文。再次点“生成正文”只会更新本面板写入且未经修改的段落。`;
    try {
      await saveRecords(this.ctx.host, withRecord(records, record), [...names, name]);
    } catch (e) {
      notice = `已插入工作表“${name}”，但未能在工作簿中记下写入的段落（${reason(e)}）：以后再次生成时不会更新这张工作表，而是另建一张。`;
    }
    this.state.result = { notice, problem: false, kept: [] };
    return true;
  }

  private async updateSheet(
    mod: NarrativeModule,
    narrative: Narrative,
    record: SheetRecord,
    grid: SheetGrid,
    records: SheetRecord[],
    names: string[],
  ): Promise<boolean> {
    const update = planSheetUpdate(mod, record, grid, narrative);
    if (update.writes.length > 0) await this.ctx.host.writeCells(record.sheet, update.writes);
    const next: SheetRecord = { ...record, format: narrative.format, slots: update.slots };
    if (JSON.stringify(next) !== JSON.stringify(record)) await saveRecords(this.ctx.host, withRecord(records, next), names);

    const rewritten = update.written.filter((w) => w.reason === "regenerated").length;
    const added = update.written.filter((w) => w.reason === "new").length;
    const parts: string[] = [];
    if (rewritten > 0) parts.push(`改写 ${rewritten} 段`);
    if (added > 0) parts.push(`新写入 ${added} 段`);
    if (update.upToDate > 0) parts.push(`${update.upToDate} 段已是最新`);
    if (update.kept.length > 0) parts.push(`${update.kept.length} 段未改动（见下）`);
    const what = update.writes.length > 0 ? `已更新工作表“${record.sheet}”` : `工作表“${record.sheet}”未作改动`;
    this.state.result = {
      notice: `${what}${parts.length > 0 ? `：${parts.join("，")}` : ""}。`,
      problem: false,
      kept: update.kept.map((k) => ({ heading: k.heading, message: k.address ? `${k.message}（单元格 ${k.address}）` : k.message })),
    };
    return update.writes.length > 0;
  }
}

function problem(notice: string): NarrativeResult {
  return { notice, problem: true, kept: [] };
}

/** The self-reference picker's entry for typing the agency's short name. */
export const CUSTOM_SUBJECT = "__short-name__";

/**
 * The pane's 报告正文 shell, in the first bundle: it fetches the narrative chunk after the first
 * check, hands each check's sheets and report to it (text findings, stale notices, the preview:
 * no second read), keeps the form's choices, and runs 生成正文 and 复制正文 through the chunk. What
 * those do is in `narrative-writer.ts`, part of the chunk.
 */
import type { WorkbookReport } from "../core/check-tables";
import type { SheetGrid } from "../core/types";
import type { WorkbookHost } from "../host/workbook-host";
import { CUSTOM_SUBJECT, type NarrativeField, type NarrativeForm, type NarrativeState } from "./narrative-form";
import { LazyModule, type NarrativeLoader, type NarrativeModule } from "./narrative-load";

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
  /** Puts text on the clipboard; defaults to the chunk's (async clipboard, then execCommand). */
  copyText?: (text: string) => Promise<boolean>;
}

export class NarrativeController {
  private readonly module: LazyModule;
  /** What the last check read and found: reused for the text findings, the preview and staleness. */
  private sheets: SheetGrid[] | null = null;
  private report: WorkbookReport | null = null;
  private readonly enriched = new WeakSet<WorkbookReport>();

  constructor(
    private readonly ctx: NarrativeContext,
    private readonly options: NarrativeOptionsIn,
  ) {
    this.module = new LazyModule(options.loader);
  }

  private get state(): NarrativeState {
    return this.ctx.state;
  }

  /** Fetch the narrative chunk; once here, the last check gets its text findings. Null on failure. */
  async load(): Promise<NarrativeModule | null> {
    if (this.module.value) return this.module.value;
    this.state.module = "loading";
    let mod: NarrativeModule;
    try {
      mod = await this.module.get();
    } catch {
      this.state.module = "failed";
      this.ctx.changed();
      return null;
    }
    this.state.module = "ready";
    this.state.catalog = mod.catalog();
    if (this.report && this.sheets && !this.enriched.has(this.report)) this.enrich(mod, this.report, this.sheets);
    this.ctx.changed();
    return mod;
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
    mod.enrich(this.ctx, report, sheets);
  }

  private refreshPreview(): void {
    const mod = this.module.value;
    if (mod && this.report && this.sheets) mod.refreshPreview(this.ctx, this.report.tables, this.sheets);
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
    this.refreshPreview();
    this.ctx.changed();
  }

  /** Back from typing a short name to the list of self-references. */
  pickSubject(): void {
    this.state.form.customSubject = false;
    this.state.form.subject = null;
    this.refreshPreview();
    this.ctx.changed();
  }

  /** The answer 先改正统计表: nothing is written. */
  cancelGenerate(): void {
    if (!this.state.confirm) return;
    this.state.confirm = null;
    this.ctx.changed();
  }

  // --- 复制正文 -------------------------------------------------------------------------------

  /** Copy what 生成正文 would write. Starts the copy at once: the clipboard needs the click. */
  async copy(): Promise<void> {
    const preview = this.state.preview;
    const mod = this.module.value;
    if (!preview || preview.text === "" || !mod) {
      this.state.copied = { ok: false, message: "没有可复制的正文：统计表中还没有能生成表述的数字，请先按提示填写统计表" };
      this.ctx.changed();
      return;
    }
    const copying = (this.options.copyText ?? mod.copyText)(preview.text);
    let ok: boolean;
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

  /**
   * Write the narrative (a new sheet, or our unedited paragraphs of the existing one), then check.
   * When the tables have errors, ask first (`confirm`): sentences written from totals that do not
   * add up state numbers that are wrong. `confirmed` is the answer 仍然生成.
   */
  async generate(confirmed = false): Promise<void> {
    if (this.state.generating || this.ctx.busy()) return;
    this.state.confirm = null;
    this.state.result = null;
    this.state.copied = null;
    this.state.generating = true;
    this.ctx.changed();
    let wrote = false;
    try {
      // Fetched again here if the first fetch failed (a dropped connection).
      const mod = await this.load();
      if (mod) wrote = await mod.writeNarrative(this.ctx, confirmed);
      else this.state.result = { notice: "未能加载生成正文的功能（网络中断或加载项已更新）。请关闭本面板后重新打开再试。", problem: true, kept: [] };
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      this.state.result = { notice: `生成正文失败（${text.trim() || "未知原因"}），请点“重新校验”后再试。`, problem: true, kept: [] };
    } finally {
      this.state.generating = false;
    }
    this.ctx.changed();
    // A check after writing shows the text findings of the new text, and clears the stale notice.
    if (wrote) await this.ctx.check();
  }
}

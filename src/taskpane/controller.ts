/**
 * The pane's behaviour, without the DOM: when to check, what a check reads, inserting, selecting
 * cells, keeping 核实 findings with notes, and the insert form's values. The renderer shows
 * `state` and calls these methods; tests drive them against a fake host.
 *
 * Rules kept here: a check reads the workbook in one host call (`readSome`, or `readSheets` on a
 * host without it) and writes nothing; a live check after an edit reads only the sheets the
 * edits named and keeps what was found on the others (`sheet-store.ts`, the locator's cache);
 * 重新校验 and the check after the pane's own writes read everything; changes are debounced;
 * changes that arrive while the pane's own insertion is running start no check (the check after
 * the insertion covers them); writes happen only on a click.
 *
 * A check locates and checks the tables only (`checkTables`), so the pane's first bundle stays
 * small; the 报告正文 part (`narrative-controller.ts`) loads the narrative chunk after the first
 * check and adds the text findings from the same sheets, without reading again.
 */
import { formatShortName, isFormatId } from "../core/formats";
import type { FormatId } from "../core/formats/model";
import type { SheetPlan } from "../core/layout";
import { TemplateInputError } from "../core/layout/input";
import type { Finding } from "../core/types";
import { checkTables, type WorkbookReport } from "../core/check-tables";
import { LocateCache } from "../core/locate";
import type { SheetChange, WorkbookHost } from "../host/workbook-host";
import { autoOpenWanted, setAutoOpen } from "../commands/auto-show";
import { defaultChoice, defaultFormat, rememberChoice, type TemplateChoice } from "./choices";
import { CHECK_DELAY_MS, Debouncer, globalTimers, type Timers } from "./debounce";
import { findingId, type FindingId } from "./identity";
import { KeptNotes, NoteError } from "./kept";
import { keys } from "./keys";
import { NarrativeController } from "./narrative-controller";
import { CUSTOM_SUBJECT, initialNarrativeState, type NarrativeField, type NarrativeState } from "./narrative-form";
import { loadNarrativeModule, type NarrativeLoader } from "./narrative-load";
import type { CutSheet } from "./read-box";
import { SheetStore } from "./sheet-store";

export { CUSTOM_SUBJECT };

export type FormField = "format" | "year" | "agency";

export interface InsertForm {
  format: FormatId;
  /** As typed, so a half-typed year is not overwritten. */
  yearText: string;
  agency: string;
  /** Whether the insert section is open (always shown open when the workbook has no table). */
  open: boolean;
  error: { field: FormField | null; message: string } | null;
}

export interface NoteEditor {
  id: FindingId;
  draft: string;
  error: string | null;
}

/** Whether checks follow the user's edits. */
export type LiveState = "on" | "unsupported" | "failed";

export interface PaneState {
  /** The last check's result; null until the first check completes. */
  report: WorkbookReport | null;
  checking: boolean;
  inserting: boolean;
  live: LiveState;
  /** What went wrong in the last operation, for the user (Chinese); null when all is well. */
  problem: string | null;
  /** A passing remark (`已插入工作表“2024年度统计表”`, a selection limit); cleared by the next action. */
  notice: string | null;
  form: InsertForm;
  editor: NoteEditor | null;
  /** The `data-key` of the element to focus after an action removed the focused one, or null. */
  focus: string | null;
  /** Whether the pane opens by itself with this workbook (the user's switch). */
  autoOpen: boolean;
  /** Sheets the last check read only in part (too large; see `read-box.ts`). */
  cut: CutSheet[];
  /** The 报告正文 section. */
  narrative: NarrativeState;
  /** Bumped on every change, so a renderer can tell a new state from the last one it drew. */
  version: number;
}

export interface ControllerOptions {
  now?: () => Date;
  timers?: Timers;
  delayMs?: number;
  /** Fetches the narrative chunk (tests pass their own, to hold it or fail it). */
  loadNarrative?: NarrativeLoader;
  /** Puts text on the clipboard; true when it got there. */
  copyText?: (text: string) => Promise<boolean>;
}

function reason(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.trim() || "未知原因";
}

/** The year typed in the form, or null when it is not a whole number yet. */
export function parseYear(text: string): number | null {
  const s = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/年$/, "");
  return /^\d{4}$/.test(s) ? Number(s) : null;
}

export class PaneController {
  readonly state: PaneState;
  readonly kept: KeptNotes;
  readonly narrative: NarrativeController;
  private readonly listeners = new Set<() => void>();
  private readonly debouncer: Debouncer;
  private running: Promise<void> | null = null;
  private again = false;
  private stopListening: (() => void) | null = null;
  private disposed = false;
  private readonly store = new SheetStore();
  private readonly locateCache = new LocateCache();

  constructor(
    readonly host: WorkbookHost,
    private readonly options: ControllerOptions = {},
  ) {
    const now = options.now ?? (() => new Date());
    this.kept = new KeptNotes(host, now);
    this.debouncer = new Debouncer(() => void this.checkEdits(), options.delayMs ?? CHECK_DELAY_MS, options.timers ?? globalTimers);
    const choice = defaultChoice(now(), host);
    this.state = {
      report: null,
      checking: false,
      inserting: false,
      live: host.capabilities.changeEvents ? "on" : "unsupported",
      problem: null,
      notice: null,
      form: { format: choice.format, yearText: String(choice.year), agency: choice.agency, open: false, error: null },
      editor: null,
      focus: null,
      autoOpen: autoOpenWanted(host),
      cut: [],
      narrative: initialNarrativeState(),
      version: 0,
    };
    this.narrative = new NarrativeController(
      {
        host,
        state: this.state.narrative,
        changed: () => this.changed(),
        check: () => this.check(),
        remembered: () => {
          const c = defaultChoice(this.nowDate(), host);
          return { agency: c.agency, year: c.year };
        },
        busy: () => this.state.inserting,
      },
      { loader: options.loadNarrative ?? loadNarrativeModule, copyText: options.copyText },
    );
  }

  /** Call `listener` after every state change; returns a function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.state.version++;
    for (const l of [...this.listeners]) l();
  }

  /**
   * Listen to the workbook (when the host can) and run the first check, side by side; then fetch
   * the narrative chunk, which adds the text findings to that check.
   */
  async start(): Promise<void> {
    await Promise.all([this.listen(), this.check()]);
    if (!this.disposed) await this.narrative.load();
  }

  private async listen(): Promise<void> {
    if (this.state.live !== "on") return;
    try {
      const stop = await this.host.onChanged((change) => this.onWorkbookChanged(change));
      // Closed while the registration was on its way: undo it at once.
      if (this.disposed) stop();
      else this.stopListening = stop;
    } catch {
      // Some hosts refuse the event registration (a protected view, an older build): checks
      // then run on the button only, and the pane says so.
      this.state.live = "failed";
      this.changed();
    }
  }

  /** Stop listening and forget any pending check (the pane is closing). */
  dispose(): void {
    this.disposed = true;
    this.debouncer.cancel();
    this.stopListening?.();
    this.stopListening = null;
    this.listeners.clear();
  }

  /**
   * An edit in the workbook: check once the burst of edits is over, unless our insertion runs.
   * (生成正文's own writes never arrive here: the host drops them; the user's edits meanwhile do.)
   * The sheet is remembered either way, so the next check reads it. Without a change (a caller
   * that does not know), everything is read.
   */
  onWorkbookChanged(change?: SheetChange): void {
    if (change) this.store.changed(change);
    else this.store.invalidate();
    if (this.state.inserting) return;
    this.debouncer.trigger();
  }

  /** Whether a debounced check is waiting to run. */
  get checkPending(): boolean {
    return this.debouncer.pending;
  }

  /**
   * Read the whole workbook (one host call) and check it: 重新校验, and the check after the pane's
   * own writes (which raise no change events). A check asked for while one runs makes the running
   * one go round once more, since the workbook may have changed after its read.
   */
  check(): Promise<void> {
    this.store.invalidate();
    return this.checkEdits();
  }

  /** The debounced check after edits (run by the debounce, or at once): reads the sheets the edits named. */
  checkEdits(): Promise<void> {
    this.debouncer.cancel();
    if (this.state.inserting) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runChecks().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runChecks(): Promise<void> {
    this.state.checking = true;
    this.changed();
    do {
      this.again = false;
      try {
        const sheets = await this.store.read(this.host);
        const report = checkTables(sheets, { cache: this.locateCache });
        this.narrative.afterCheck(sheets, report);
        this.state.report = report;
        this.state.cut = this.store.cut;
        this.state.problem = null;
      } catch (e) {
        this.state.problem = `读取工作簿失败（${reason(e)}）。请结束单元格编辑后点“重新校验”。`;
      }
    } while (this.again);
    this.state.checking = false;
    if (this.state.report && this.state.report.tables.length === 0) this.state.form.open = true;
    this.changed();
  }

  // --- selecting cells ---------------------------------------------------------------------

  /** Activate the finding's sheet and select its cells. */
  async select(finding: Finding): Promise<void> {
    this.state.notice = null;
    try {
      const result = await this.host.select(finding.sheet, finding.cells);
      // The host says what it selected when it could not select every cell (Excel below 1.18).
      if (result && result.partial) this.state.notice = result.partial;
      else if (!result && !this.host.capabilities.multiSelect && finding.cells.length > 1) {
        this.state.notice = `此版本 Excel 不能同时选中多个不相邻的单元格，已选中第一个（${finding.cells[0]}）；其余见列表。`;
      }
    } catch (e) {
      // The host's reason is the whole story (a missing sheet says so itself); no guessing here.
      this.state.notice = `无法选中工作表“${finding.sheet}”中的单元格（${reason(e)}）。如工作表已改名或删除，请点“重新校验”。`;
    }
    this.changed();
  }

  // --- keeping 核实 findings ---------------------------------------------------------------

  /** Open the note editor of a finding (one at a time). */
  startKeeping(finding: Finding): void {
    const id = findingId(finding);
    const existing = this.kept.get(finding);
    this.state.editor = { id, draft: existing?.note ?? "", error: null };
    this.state.focus = keys.note(id);
    this.changed();
  }

  /** The text typed in the open editor; kept in state so a re-render does not lose it. */
  setDraft(text: string): void {
    if (this.state.editor) this.state.editor.draft = text;
  }

  cancelKeeping(): void {
    if (this.state.editor) this.state.focus = keys.keep(this.state.editor.id);
    this.state.editor = null;
    this.changed();
  }

  /** Save the open editor's note for `finding`. Writes settings only. */
  async saveNote(finding: Finding): Promise<void> {
    const editor = this.state.editor;
    if (!editor || editor.id !== findingId(finding)) return;
    try {
      await this.kept.keep(finding, editor.draft);
      this.state.editor = null;
      this.state.focus = keys.release(editor.id);
    } catch (e) {
      editor.error = e instanceof NoteError ? e.message : `说明未能保存（${reason(e)}），请重试。`;
    }
    this.changed();
  }

  /** Count a kept finding as 核实 again. */
  async release(finding: Finding): Promise<void> {
    try {
      await this.kept.release(finding);
      this.state.focus = keys.keep(findingId(finding));
    } catch (e) {
      this.state.notice = `未能取消保留（${reason(e)}），请重试。`;
    }
    this.changed();
  }

  // --- the insert form ---------------------------------------------------------------------

  setFormOpen(open: boolean): void {
    if (this.state.form.open === open) return;
    this.state.form.open = open;
    this.changed();
  }

  /** A new year selects its format, since each year has exactly one. */
  setYear(text: string): void {
    const form = this.state.form;
    form.yearText = text;
    const year = parseYear(text);
    if (year !== null) form.format = defaultFormat(year);
    form.error = null;
    this.changed();
  }

  setFormat(id: string): void {
    if (!isFormatId(id)) return;
    this.state.form.format = id;
    this.state.form.error = null;
    this.changed();
  }

  setAgency(text: string): void {
    this.state.form.agency = text;
    if (this.state.form.error?.field === "agency") this.state.form.error = null;
  }

  /** The 打开此工作簿时自动打开检查面板 switch, stored in the workbook; insertions respect it. */
  async setAutoOpen(on: boolean): Promise<void> {
    const before = this.state.autoOpen;
    this.state.autoOpen = on;
    this.changed();
    try {
      await setAutoOpen(this.host, on);
    } catch (e) {
      this.state.autoOpen = before;
      this.state.problem = `设置没有保存：${reason(e)}`;
    }
    this.changed();
  }

  /** The form's choice, or an error for the form. */
  private formChoice(): TemplateChoice | null {
    const form = this.state.form;
    const year = parseYear(form.yearText);
    if (year === null) {
      form.error = { field: "year", message: `报告年度“${form.yearText.trim()}”不是四位数年份，请填写例如 ${defaultChoice(this.nowDate(), this.host).year}` };
      return null;
    }
    return { format: form.format, year, agency: form.agency };
  }

  private nowDate(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  /**
   * Insert the tables of the form's choice as a new sheet, then check. Changes reported while
   * the insertion runs are ignored; the check after it reads everything anyway.
   */
  async insert(): Promise<void> {
    if (this.state.inserting || this.state.narrative.generating) return;
    this.state.notice = null;
    const choice = this.formChoice();
    if (!choice) return this.changed();
    let plan: SheetPlan;
    try {
      // The layout is needed only to insert: loaded on the first insertion, so opening the pane
      // (which checks) does not wait for it.
      const { planTemplate } = await import(/* webpackChunkName: "layout" */ "../core/layout");
      plan = planTemplate(choice.format, choice.year, choice.agency);
    } catch (e) {
      if (!(e instanceof TemplateInputError)) throw e;
      this.state.form.error = { field: e.field, message: e.message };
      return this.changed();
    }
    this.state.form.error = null;
    this.state.inserting = true;
    this.debouncer.cancel();
    this.changed();
    let inserted: string | null = null;
    try {
      inserted = await this.host.insertPlan(plan);
    } catch (e) {
      // Shown in the form, where the user retries; the check below may clear `problem`.
      this.state.form.error = { field: null, message: `插入统计表失败（${reason(e)}）。如果留下了不完整的新工作表，请删除它后重试。` };
      this.state.form.open = true;
    } finally {
      this.state.inserting = false;
    }
    if (inserted !== null) {
      this.state.notice = `已插入工作表“${inserted}”，使用${formatShortName(choice.format)}。请在空白单元格中填写数字。`;
      this.state.form.open = false;
      try {
        await rememberChoice(this.host, choice, this.nowDate());
      } catch {
        // Remembering the agency is a convenience; the inserted sheet is what matters.
      }
    }
    this.changed();
    await this.check();
  }

  // --- 报告正文 (narrative-controller.ts) -------------------------------------------------------

  setNarrativeOpen(open: boolean): void {
    this.narrative.setOpen(open);
  }

  /** `commit` false while typing (no redraw), true on `change`. */
  setNarrativeField(field: NarrativeField, value: string, commit = true): void {
    this.narrative.setField(field, value, commit);
  }

  pickSubject(): void {
    this.narrative.pickSubject();
  }

  /**
   * 生成正文: the only place the narrative is written (a new sheet, or our own unedited paragraphs).
   * With errors in the tables it asks first; `confirmNarrative` is 仍然生成.
   */
  generateNarrative(): Promise<void> {
    return this.narrative.generate();
  }

  /** 仍然生成: write the narrative although the tables have errors. */
  confirmNarrative(): Promise<void> {
    return this.narrative.generate(true);
  }

  /** 先改正统计表: the question is closed, nothing written. */
  cancelNarrative(): void {
    this.narrative.cancelGenerate();
  }

  /** 复制正文: what 生成正文 would write, onto the clipboard; the workbook is not touched. */
  copyNarrative(): Promise<void> {
    return this.narrative.copy();
  }
}

/**
 * The ribbon's 插入统计表 button: one click inserts the statistics tables of the format the
 * reporting year uses, for the agency last chosen, as a new sheet — no pane needed. The year and
 * agency come from `choiceFor` (see `template-choice.ts`: remembered choice of this season, else
 * the reporting year of today). With no agency remembered, a small form asks for it (see
 * `ask-agency.ts`) and it is remembered. A second click for the same year activates the sheet
 * already there and says so (the pane inserts another on request); a click while one insertion
 * runs is ignored. Failures and parts this Excel cannot apply are told in Chinese in a small
 * dialog (see `notice.ts`). `event.completed()` is always called.
 *
 * Round trips (Excel batches) per click: 2, whether a sheet is added or the existing one
 * activated; settings cost none (Office's refreshAsync/saveAsync).
 */
import { TemplateInputError, planTemplate } from "../core/layout";
import { createExcelHost, ExcelHostError, type ExcelHost } from "../excel";
import { askAgency, isAskPage, renderAskPage, type AgencyAnswer } from "./ask-agency";
import { AUTO_SHOW_SETTING, openPaneWithWorkbook } from "./auto-show";
import { NOTICE_PARAM, noticeMessage, renderNoticePage, showNotice } from "./notice";
import { TEMPLATE_CHOICE_SETTING, choiceFor, rememberChoice } from "./template-choice";

/** The name the manifest's ExecuteFunction action calls (manifest.xml, `<FunctionName>`). */
export const INSERT_TEMPLATE_ACTION = "insertTemplate";

/** Kept under its old name: Office's setting that opens the pane with the workbook. */
export const AUTO_SHOW_TASKPANE_SETTING = AUTO_SHOW_SETTING;

export interface CommandDeps {
  host: Pick<ExcelHost, "getSetting" | "setSetting" | "insertPlanDetailed"> & Partial<Pick<ExcelHost, "refreshSettings">>;
  today: () => Date;
  /** Show a Chinese message and resolve when the user has seen it. */
  notify: (message: string) => Promise<void>;
  /**
   * Ask for the agency when none is remembered. Absent (the preview): the table is inserted with
   * whatever agency is remembered, possibly none.
   */
  askAgency?: () => Promise<AgencyAnswer>;
}

/** The message for a failed insertion: what went wrong and what to do. */
export function failureMessage(error: unknown): string {
  if (error instanceof TemplateInputError) {
    return `无法插入统计表：${error.message}。也可以点击“检查面板”，在面板中选择年度和单位后插入。`;
  }
  if (error instanceof ExcelHostError) return error.message;
  const text = error instanceof Error && error.message ? error.message : String(error);
  return `插入统计表没有完成：${text}。请稍后重试；如仍失败，可点击“检查面板”，在面板中插入。`;
}

/** Said when the form for the agency cannot be shown: where to insert instead. */
export const NO_AGENCY_MESSAGE = "还没有填写单位名称，统计表没有插入。请点击“检查面板”，在面板中填写单位名称后插入；以后点击“插入统计表”会自动使用该名称。";

/**
 * Insert the button's table. Returns what to tell the user: a failure, a sheet that was there
 * already, or on success the parts this Excel could not apply; null when there is nothing to say
 * (the new sheet is shown, or the user cancelled the agency form).
 */
export async function insertFromButton(deps: CommandDeps): Promise<string | null> {
  let sheet: string;
  let missing: string[];
  try {
    // The pane may have saved a choice since this runtime loaded the settings.
    await deps.host.refreshSettings?.().catch(() => undefined);
    const today = deps.today();
    const choice = choiceFor(deps.host.getSetting<unknown>(TEMPLATE_CHOICE_SETTING), today);
    let asked = false;
    if (choice.agency.trim() === "" && deps.askAgency) {
      const answer = await deps.askAgency();
      if (answer === "cancelled") return null;
      if (answer === "unavailable") return NO_AGENCY_MESSAGE;
      choice.agency = answer.agency;
      asked = true;
    }
    const plan = planTemplate(choice.format, choice.year, choice.agency);
    if (asked) {
      // Remembered once the template accepts it, so the next click does not ask again.
      await deps.host.setSetting(TEMPLATE_CHOICE_SETTING, rememberChoice(choice, today)).catch(() => undefined);
    }
    const result = await deps.host.insertPlanDetailed(plan, { reuse: true });
    if (result.existing) {
      return `${choice.year} 年度的统计表已在工作表“${result.sheet}”中，已切换到该表，没有再插入。如需再插入一张，请在“检查面板”中点击“插入统计表”。`;
    }
    sheet = result.sheet;
    missing = result.skipped.map((s) => s.label);
  } catch (error) {
    return failureMessage(error);
  }
  try {
    await openPaneWithWorkbook(deps.host);
  } catch {
    // Only a convenience: the table is in, the pane can still be opened from the ribbon.
  }
  if (missing.length === 0) return null;
  return `统计表已插入到工作表“${sheet}”。此版本 Excel 不支持以下设置，已略过：${missing.join("；")}。打印前请在“页面布局”中设置纸张和缩放；需要时可升级到 Microsoft 365 或 Excel 2021 及以上版本。`;
}

/** Whether an insertion of this runtime is under way (a double click must not insert twice). */
let running = false;

/** The function Office calls for the button. Completion is reported whatever happens. */
export async function insertTemplate(event: Office.AddinCommands.Event, deps?: CommandDeps): Promise<void> {
  if (running) {
    // The first click's insertion (or its dialog) is still under way: this click adds nothing.
    event.completed();
    return;
  }
  running = true;
  try {
    const d = deps ?? {
      host: createExcelHost(),
      today: () => new Date(),
      notify: (m: string) => showNotice(m),
      askAgency: () => askAgency(),
    };
    const message = await insertFromButton(d);
    if (message) await d.notify(message).catch(() => undefined);
  } catch {
    // Nothing left to tell the user with; Office must still hear that the command ended.
  } finally {
    running = false;
    event.completed();
  }
}

/**
 * Register the ribbon functions with Office (the names the manifest uses). A command runs only
 * once Office.js is ready (`ready`, from `Office.onReady()`): some hosts hand the function file
 * a command before initialising it, and the host is read at that point.
 */
export function registerCommands(ready: Promise<unknown> = Promise.resolve()): void {
  Office.actions.associate(INSERT_TEMPLATE_ACTION, (event: Office.AddinCommands.Event) => {
    const run = (): Promise<void> => insertTemplate(event);
    void ready.then(run, run);
  });
}

/**
 * The whole of commands.html's script: as the notice dialog (`?notice=…`) it shows the message,
 * as the agency form (`?ask=agency`) it asks; otherwise it initialises Office.js
 * (`Office.onReady()`, which Microsoft requires of a function file: some hosts run no command
 * before it) and registers the ribbon functions right away, as Office's templates do.
 */
export function startCommands(): void {
  const message = noticeMessage(window.location.search);
  if (message !== null) {
    void Office.onReady(() => renderNoticePage(document, message, () => Office.context.ui.messageParent("close")));
    return;
  }
  if (isAskPage(window.location.search)) {
    void Office.onReady(() => renderAskPage(document, (m) => Office.context.ui.messageParent(m)));
    return;
  }
  const ready = Office.onReady();
  registerCommands(ready);
}

export { NOTICE_PARAM, TEMPLATE_CHOICE_SETTING };

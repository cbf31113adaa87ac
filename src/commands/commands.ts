/**
 * The ribbon's 插入统计表 button: one click inserts the statistics tables of the format the
 * reporting year uses, for the agency last chosen, as a new sheet — no pane needed. The year and
 * agency come from `choiceFor` (see `template-choice.ts`: remembered choice of this season, else
 * the reporting year of today). Failures and parts this Excel cannot apply are told in Chinese in
 * a small dialog (see `notice.ts`). `event.completed()` is always called.
 */
import { TemplateInputError, planTemplate } from "../core/layout";
import { createExcelHost, ExcelHostError, type ExcelHost } from "../excel";
import { NOTICE_PARAM, noticeMessage, renderNoticePage, showNotice } from "./notice";
import { TEMPLATE_CHOICE_SETTING, choiceFor } from "./template-choice";

/** The name the manifest's ExecuteFunction action calls (manifest.xml, `<FunctionName>`). */
export const INSERT_TEMPLATE_ACTION = "insertTemplate";

/**
 * Office's own document setting: when true, Office opens the pane (the manifest's ShowTaskpane
 * button with TaskpaneId `Office.AutoShowTaskpaneWithDocument`) whenever this workbook is opened.
 * The button sets it after inserting, so whoever fills the table in finds the checker open.
 */
export const AUTO_SHOW_TASKPANE_SETTING = "Office.AutoShowTaskpaneWithDocument";

export interface CommandDeps {
  host: Pick<ExcelHost, "getSetting" | "setSetting" | "insertPlanDetailed">;
  today: () => Date;
  /** Show a Chinese message and resolve when the user has seen it. */
  notify: (message: string) => Promise<void>;
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

/**
 * Insert the button's table. Returns what to tell the user: a failure, or on success the parts
 * this Excel could not apply; null when there is nothing to say (the new sheet is shown).
 */
export async function insertFromButton(deps: CommandDeps): Promise<string | null> {
  let sheet: string;
  let missing: string[];
  try {
    const choice = choiceFor(deps.host.getSetting<unknown>(TEMPLATE_CHOICE_SETTING), deps.today());
    const plan = planTemplate(choice.format, choice.year, choice.agency);
    const result = await deps.host.insertPlanDetailed(plan);
    sheet = result.sheet;
    missing = result.skipped.map((s) => s.label);
  } catch (error) {
    return failureMessage(error);
  }
  try {
    await deps.host.setSetting(AUTO_SHOW_TASKPANE_SETTING, true);
  } catch {
    // Only a convenience: the table is in, the pane can still be opened from the ribbon.
  }
  if (missing.length === 0) return null;
  return `统计表已插入到工作表“${sheet}”。此版本 Excel 不支持以下设置，已略过：${missing.join("；")}。打印前请在“页面布局”中设置纸张和缩放；需要时可升级到 Microsoft 365 或 Excel 2021 及以上版本。`;
}

/** The function Office calls for the button. Completion is reported whatever happens. */
export async function insertTemplate(event: Office.AddinCommands.Event, deps?: CommandDeps): Promise<void> {
  try {
    const d = deps ?? { host: createExcelHost(), today: () => new Date(), notify: (m: string) => showNotice(m) };
    const message = await insertFromButton(d);
    if (message) await d.notify(message).catch(() => undefined);
  } catch {
    // Nothing left to tell the user with; Office must still hear that the command ended.
  } finally {
    event.completed();
  }
}

/** Register the ribbon functions with Office (the names the manifest uses). */
export function registerCommands(): void {
  Office.actions.associate(INSERT_TEMPLATE_ACTION, (event: Office.AddinCommands.Event) => {
    void insertTemplate(event);
  });
}

/**
 * The whole of commands.html's script: as the notice dialog (`?notice=…`) it shows the message;
 * otherwise it registers the ribbon functions, right away as Office's templates do.
 */
export function startCommands(): void {
  const message = noticeMessage(window.location.search);
  if (message !== null) {
    void Office.onReady(() => renderNoticePage(document, message, () => Office.context.ui.messageParent("close")));
    return;
  }
  registerCommands();
}

export { NOTICE_PARAM, TEMPLATE_CHOICE_SETTING };

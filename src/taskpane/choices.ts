/**
 * The insert form's defaults and where the pane remembers the user's choice. The rules live in
 * the ribbon command's `src/commands/template-choice.ts` (the reporting year of a date, the
 * remembered choice of this season): the pane offers exactly what the 插入统计表 button would
 * insert, and stores its choice in the same setting, so the button inserts what the user last
 * chose here.
 */
import { formatForYear } from "../core/formats";
import type { FormatId } from "../core/formats/model";
import type { WorkbookHost } from "../host/workbook-host";
import { TEMPLATE_CHOICE_SETTING, choiceFor, rememberChoice as rememberedValue, type TemplateChoice } from "../commands/template-choice";

export { TEMPLATE_CHOICE_SETTING, type TemplateChoice };

/**
 * Office's own document setting: when true, Office opens the pane whenever this workbook is opened
 * (the manifest's `Office.AutoShowTaskpaneWithDocument` TaskpaneId). The ribbon command sets it
 * after inserting too; the name is Office's, not ours.
 */
export const AUTO_SHOW_SETTING = "Office.AutoShowTaskpaneWithDocument";

/** The format a year uses: what the form selects whenever the year changes. */
export function defaultFormat(year: number): FormatId {
  return formatForYear(year).id;
}

/** What the form offers when it opens: the choice remembered this season, else today's reporting year. */
export function defaultChoice(now: Date, host: Pick<WorkbookHost, "getSetting">): TemplateChoice {
  return choiceFor(host.getSetting<unknown>(TEMPLATE_CHOICE_SETTING), now);
}

/**
 * After a successful insertion: remember the choice for the form and the ribbon button, and ask
 * Office to reopen the pane with this workbook. Settings only, never cells.
 */
export async function rememberChoice(host: Pick<WorkbookHost, "setSetting">, choice: TemplateChoice, now: Date): Promise<void> {
  await host.setSetting(TEMPLATE_CHOICE_SETTING, rememberedValue(choice, now));
  await host.setSetting(AUTO_SHOW_SETTING, true);
}

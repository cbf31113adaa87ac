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
import { AUTO_SHOW_SETTING, openPaneWithWorkbook } from "../commands/auto-show";
import { TEMPLATE_CHOICE_SETTING, choiceFor, rememberChoice as rememberedValue, type TemplateChoice } from "../commands/template-choice";

export { TEMPLATE_CHOICE_SETTING, type TemplateChoice };

/**
 * Office's own document setting: when true, Office opens the pane whenever this workbook is opened
 * (see `src/commands/auto-show.ts`, which also keeps the user's choice to turn it off).
 */
export { AUTO_SHOW_SETTING };

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
 * Office to reopen the pane with this workbook unless the user turned that off. Settings only,
 * never cells.
 */
export async function rememberChoice(host: Pick<WorkbookHost, "getSetting" | "setSetting">, choice: TemplateChoice, now: Date): Promise<void> {
  await host.setSetting(TEMPLATE_CHOICE_SETTING, rememberedValue(choice, now));
  await openPaneWithWorkbook(host);
}

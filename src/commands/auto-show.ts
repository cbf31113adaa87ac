/**
 * Whether the pane opens by itself with the workbook. Office's own document setting
 * `Office.AutoShowTaskpaneWithDocument` (the manifest's ShowTaskpane button has that TaskpaneId)
 * makes Office open the pane whenever the workbook is opened. Inserting a table turns it on, so
 * whoever fills the table in finds the checker open — unless the user turned it off in the pane:
 * that choice is kept in `nianbao.autoOpenPane` (false) and every later insertion respects it.
 */
import type { WorkbookHost } from "../host/workbook-host";

/** Office's setting; the name is Office's, not ours. */
export const AUTO_SHOW_SETTING = "Office.AutoShowTaskpaneWithDocument";

/** The user's choice: false means never open the pane by itself; absent means the default (on). */
export const AUTO_OPEN_PANE_SETTING = "nianbao.autoOpenPane";

/** Whether the user wants the pane opened with the workbook (the pane's checkbox). */
export function autoOpenWanted(host: Pick<WorkbookHost, "getSetting">): boolean {
  return host.getSetting<unknown>(AUTO_OPEN_PANE_SETTING) !== false;
}

/** After an insertion: the pane opens with this workbook from now on, unless the user said no. */
export async function openPaneWithWorkbook(host: Pick<WorkbookHost, "getSetting" | "setSetting">): Promise<void> {
  if (autoOpenWanted(host)) await host.setSetting(AUTO_SHOW_SETTING, true);
}

/** The pane's switch: on opens the pane with the workbook; off stops it, for later insertions too. */
export async function setAutoOpen(host: Pick<WorkbookHost, "setSetting">, on: boolean): Promise<void> {
  await host.setSetting(AUTO_OPEN_PANE_SETTING, on ? undefined : false);
  await host.setSetting(AUTO_SHOW_SETTING, on ? true : undefined);
}

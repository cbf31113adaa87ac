/**
 * The ribbon's 插入统计表 in the preview: the add-in's own command logic (`insertFromButton`,
 * the year and agency rules included) run against the preview workbook, as another runtime
 * would run it in Excel — so the pane hears of the new sheet and checks again.
 */
import { insertFromButton } from "../commands/commands";
import type { SheetPlan } from "../core/layout";
import type { WorkbookHost } from "../host/workbook-host";
import type { Workbook } from "./workbook";

export function ribbonInsert(workbook: Workbook, settings: Pick<WorkbookHost, "getSetting" | "setSetting">, notify: (message: string) => Promise<void>) {
  return async (): Promise<void> => {
    const message = await insertFromButton({
      host: {
        getSetting: (key) => settings.getSetting(key),
        setSetting: (key, value) => settings.setSetting(key, value),
        // Everything a plan asks for is drawn by the preview: nothing is ever skipped.
        insertPlanDetailed: async (plan: SheetPlan) => ({ sheet: workbook.insertPlan(plan, true), skipped: [] }),
      },
      today: () => new Date(),
      notify,
    });
    if (message) await notify(message);
  };
}

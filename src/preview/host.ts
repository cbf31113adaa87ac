/**
 * The preview workbook as a `WorkbookHost`: what the unchanged task pane receives through
 * `window.parent.nianbaoPreviewHost`. Every operation works on the in-page workbook; none fails
 * for lack of a feature, so every capability is on.
 */
import type { SheetPlan } from "../core/layout";
import type { SheetGrid } from "../core/types";
import type { HostCapabilities, ReadBox, SheetChange, SheetsRead, WorkbookHost } from "../host/workbook-host";
import { readSomeOf } from "../taskpane/read-box";
import { Settings } from "./settings";
import type { Workbook } from "./workbook";

export const PREVIEW_CAPABILITIES: HostCapabilities = {
  changeEvents: true,
  multiSelect: true,
  dataValidation: true,
  conditionalFormats: true,
  pageLayout: true,
};

export function createPreviewHost(workbook: Workbook, settings = new Settings()): WorkbookHost {
  return {
    capabilities: { ...PREVIEW_CAPABILITIES },
    async readSheets(): Promise<SheetGrid[]> {
      return workbook.sheets.map((s) => s.toGrid());
    },
    async readSome(names: readonly string[] | null, box: ReadBox): Promise<SheetsRead> {
      // Only the sheets asked for are turned into grids; the others give their names.
      const wanted = names === null ? null : new Set(names);
      const grids = workbook.sheets.map((s) => (wanted === null || wanted.has(s.name) ? s.toGrid() : { name: s.name, values: [], originRow: 0, originCol: 0 }));
      return readSomeOf(grids, names, box);
    },
    async sheetNames(): Promise<string[]> {
      return workbook.sheets.map((s) => s.name);
    },
    async insertPlan(plan: SheetPlan): Promise<string> {
      return workbook.insertPlan(plan);
    },
    async writeCells(sheet, cells): Promise<void> {
      workbook.hostWrite(sheet, cells);
    },
    async select(sheet: string, cells: string[]): Promise<void> {
      workbook.hostSelect(sheet, cells);
    },
    async onChanged(handler: (change: SheetChange) => void): Promise<() => void> {
      return workbook.changes.subscribe(handler);
    },
    getSetting<T>(key: string): T | undefined {
      return settings.get<T>(key);
    },
    async setSetting(key: string, value: unknown): Promise<void> {
      settings.set(key, value);
    },
  };
}

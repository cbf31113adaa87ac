/**
 * The Office.js workbook host: what the task pane and the ribbon command receive. Every
 * `Excel.run` of the add-in lives in this folder. Round trips per operation:
 * `readSheets` 1 (2 when the sheet list changed since the last look), `readSome` of named sheets 1
 * (every sheet: 3, one more per ~400,000 cells; see `read-sheet.ts`), `sheetNames` 1,
 * `insertPlan` 2, `writeCells` 1, `select` 1 (at every ExcelApi level), `onChanged` 1 (2 below ExcelApi 1.9; it learns the
 * sheet list on the way, so the first check after it reads in 1), stopping it 1, settings 0
 * (Office's own refreshAsync and saveAsync, no Excel batch).
 *
 * Own writes: `insertPlan` and `writeCells` never reach an `onChanged` handler. From ExcelApi 1.14
 * Excel marks them (`triggerSource === "ThisLocalAddin"`); below, a window around each write drops
 * the events on what it wrote (see `own-writes.ts`). `setSetting` changes no cell and causes no
 * change event. Writes of the ribbon command run in another runtime with its own host; if Excel
 * reports them to the pane's handler, that is wanted: a table was inserted, the pane checks again.
 */
import type { SheetPlan } from "../core/layout";
import type { HostCapabilities, SheetChange, WorkbookHost } from "../host/workbook-host";
import { ChangeFeed } from "./events";
import { capabilitiesOf, detectFeatures, officeExcelApiCheck, type ExcelApiCheck, type ExcelFeatures } from "./features";
import { insertPlan, type InsertOptions, type InsertResult } from "./insert";
import { OwnWrites } from "./own-writes";
import { readSheets, sheetNames } from "./read";
import { readSome } from "./read-sheet";
import { selectCells } from "./select";
import { readSetting, refreshSettings, writeSetting } from "./settings";
import { SheetList } from "./sheet-list";
import { writeCells } from "./write-cells";

export interface ExcelHost extends WorkbookHost {
  /** Which ExcelApi features this Excel has, in more detail than `capabilities`. */
  readonly features: ExcelFeatures;
  /**
   * `insertPlan` that also says which parts of the plan this Excel could not apply; with
   * `reuse`, an existing sheet of the plan's name is activated instead (`existing`).
   */
  insertPlanDetailed(plan: SheetPlan, options?: InsertOptions): Promise<InsertResult>;
  /** Reload the workbook's settings (another runtime may have saved). */
  refreshSettings(): Promise<void>;
}

export interface ExcelHostOptions {
  /** The requirement-set check; defaults to `Office.context.requirements`. */
  supports?: ExcelApiCheck;
  /** Milliseconds now, for the own-write window; defaults to `Date.now`. */
  now?: () => number;
}

/** Call after `Office.onReady`: the requirement sets are read once, here. */
export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const supports = options.supports ?? officeExcelApiCheck();
  const features = detectFeatures(supports);
  // Inside Office (any ExcelApi at all), Office may open the pane with the workbook.
  const capabilities: HostCapabilities = { ...capabilitiesOf(features), ...(supports("1.1") ? { paneOpensWithDocument: true } : {}) };
  const sheets = new SheetList();
  const own = new OwnWrites(options.now);

  return {
    capabilities,
    features,
    readSheets: () => readSheets(sheets),
    readSome: (names, box) => readSome(sheets, names, box),
    sheetNames: () => sheetNames(sheets),
    insertPlan: async (plan) => (await insertPlan(plan, features, sheets, own)).sheet,
    insertPlanDetailed: (plan, options) => insertPlan(plan, features, sheets, own, options),
    writeCells: (sheet, cells) => writeCells(sheet, cells, own),
    select: (sheet, cells) => selectCells(sheet, cells, features),
    async onChanged(handler: (change: SheetChange) => void): Promise<() => void> {
      // Without change events (below ExcelApi 1.7) only the pane's 重新校验 button checks.
      if (!features.changeEvents) return () => undefined;
      const feed = new ChangeFeed(handler, features, sheets, own);
      await feed.start();
      // The returned promise is there for whoever wants to wait; a failed removal is harmless
      // (the pane is closing), so it never rejects.
      return () => feed.stop().catch(() => undefined);
    },
    getSetting: <T>(key: string) => readSetting<T>(key),
    refreshSettings: () => refreshSettings(),
    setSetting: (key, value) => writeSetting(key, value),
  };
}

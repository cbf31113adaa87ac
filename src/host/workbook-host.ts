/**
 * What the task pane and the ribbon command need from a workbook. Implemented by the Office.js
 * adapter (`src/excel/`) and by the browser preview's in-page workbook (`src/preview/`); the pane
 * receives one and never calls Excel itself. Every method is one user-visible operation and says
 * how many Excel round trips it costs, because a round trip is the expensive unit.
 */
import type { SheetPlan } from "../core/layout";
import type { SheetGrid } from "../core/types";

/** A feature the running host may lack (older Excel), named for the pane's notice. */
export interface HostCapabilities {
  /** `worksheet.onChanged` (ExcelApi 1.7): live checks. Without it, only the 重新校验 button. */
  changeEvents: boolean;
  /** Selecting several separate cells at once (ExcelApi 1.18 `RangeAreas.select`); else one range. */
  multiSelect: boolean;
  /** Data validation on inserted value cells (ExcelApi 1.8). */
  dataValidation: boolean;
  /** Conditional formats marking wrong totals (ExcelApi 1.6). */
  conditionalFormats: boolean;
  /** Freeze panes and A4 page setup (ExcelApi 1.7 / 1.9). */
  pageLayout: boolean;
  /**
   * Office opens the pane with the document (`Office.AutoShowTaskpaneWithDocument`): only inside
   * Office, so the pane's switch for it is shown only there (not in the preview or the checker page).
   */
  paneOpensWithDocument?: boolean;
}

/** A change the user made; the host has already dropped changes caused by the add-in's own writes. */
export interface SheetChange {
  sheet: string;
  /** The changed range, when the host knows it (`D9`, `D9:F12`). */
  address?: string;
}

/** What `select` could not do on this host, for the pane to say. */
export interface SelectResult {
  /**
   * Set when not every cell could be selected (Excel below ExcelApi 1.18 selects one range only):
   * a Chinese sentence saying what was selected instead. Absent when every cell was selected.
   */
  partial?: string;
}

/** The narrative sheet's paragraphs as they stand in the workbook, for regeneration. */
export interface TextCell {
  /** A1 address on the sheet. */
  address: string;
  text: string;
}

/**
 * The part of a sheet a check reads: rows 1…`rows` and columns 1…`cols`. Statistics tables sit
 * near the top-left; a data sheet of a million cells is cut to this box, and the pane says so.
 */
export interface ReadBox {
  rows: number;
  cols: number;
}

/** What `readSome` gives: the sheet list, and the sheets asked for. */
export interface SheetsRead {
  /** Every sheet's name, in tab order. */
  names: string[];
  /** The sheets asked for that exist, each the part of its used range inside the box. */
  grids: SheetGrid[];
  /** Sheets whose used range reaches beyond the box: its size (rows, columns from A1). */
  cut: Array<{ sheet: string; rows: number; cols: number }>;
}

export interface WorkbookHost {
  readonly capabilities: HostCapabilities;
  /** Every sheet's used range, values only. One round trip when the sheet list is unchanged. */
  readSheets(): Promise<SheetGrid[]>;
  /**
   * The sheet list and the named sheets only (`null`: every sheet), each cut to `box`: what a
   * live check reads after an edit, so an edit costs the edited sheet's cells, not the
   * workbook's. Optional: without it the pane reads every sheet with `readSheets`.
   */
  readSome?(names: readonly string[] | null, box: ReadBox): Promise<SheetsRead>;
  /** The names of all sheets, in tab order. */
  sheetNames(): Promise<string[]>;
  /**
   * Insert a sheet plan as a NEW sheet (named `plan.name`, with a suffix when taken) and activate
   * it; never writes into an existing sheet. Returns the name used. At most 2 round trips.
   */
  insertPlan(plan: SheetPlan): Promise<string>;
  /**
   * Write text or numbers into existing cells of an existing sheet (the narrative sheet's own
   * paragraphs). Callers must have checked that every target cell is theirs to overwrite; the
   * change events this causes are not reported to `onChanged`. One round trip.
   */
  writeCells(sheet: string, cells: ReadonlyArray<{ address: string; value: string | number }>): Promise<void>;
  /**
   * Activate `sheet` and select `cells` (A1 references), in one batch. A host that could select
   * only part of them says so in the result (`partial`); one that returns nothing selected all.
   */
  select(sheet: string, cells: string[]): Promise<SelectResult | void>;
  /** Call `handler` after user edits; returns a function that stops listening. */
  onChanged(handler: (change: SheetChange) => void): Promise<() => void>;
  /** Settings stored in the workbook itself (they travel with the file). */
  getSetting<T>(key: string): T | undefined;
  /** Store one setting; the host reloads the others first, so another runtime's saves are kept. */
  setSetting(key: string, value: unknown): Promise<void>;
  /**
   * Reload the settings as saved in the workbook (the ribbon command and the pane each hold a
   * copy): call before reading a setting the other may have changed. Optional: a host with one
   * copy (the preview) has nothing to reload.
   */
  refreshSettings?(): Promise<void>;
}

/**
 * How the task pane finds its host outside Excel: the browser preview loads the unchanged pane
 * in a same-origin iframe and puts its in-page workbook here, on the parent window.
 */
declare global {
  interface Window {
    nianbaoPreviewHost?: WorkbookHost;
  }
}

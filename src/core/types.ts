/**
 * The data that flows between hosts (Excel, the browser preview, the command line) and the core.
 * Nothing here knows where the values came from.
 */

/** One cell value as Excel's `range.values` gives it (exceljs and the preview produce the same). */
export type CellValue = string | number | boolean | null;

/** How serious a finding is (formats.md: 强制性 / 核实性 / 提示性). */
export type Severity = "error" | "warning" | "info";

/** A rectangle of cell values from one sheet. */
export interface SheetGrid {
  /** The sheet's name as the workbook shows it. */
  name: string;
  /** Rows of values; row 0 is `originRow` on the sheet. Rows may differ in length. */
  values: CellValue[][];
  /** 0-based sheet row of `values[0]` (Excel's used range rarely starts at A1). */
  originRow: number;
  /** 0-based sheet column of `values[r][0]`. */
  originCol: number;
}

/** A position on a sheet, 0-based. */
export interface CellPos {
  row: number;
  col: number;
}

/**
 * A problem found in a report. `cells` are A1 references on `sheet`: the total first, then every
 * part, blank parts included, so selecting them shows the user everything the message speaks of.
 */
export interface Finding {
  /** Stable rule id, e.g. `B-R1`, `L-sum-L3.1`, `value.blank`. */
  rule: string;
  severity: Severity;
  /** Chinese, says what was found and what to do. */
  message: string;
  sheet: string;
  cells: string[];
  /** The value the report states, where one is compared. */
  reported?: number;
  /** The value the parts or the rule compute, where one is compared. */
  computed?: number;
  /** Which table of the format this concerns (`A`, `B`, `C`, `L`), when it concerns one. */
  table?: string;
}

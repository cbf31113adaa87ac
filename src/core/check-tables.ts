/**
 * Locate and check the statistics tables of a workbook, without reading its prose. The task pane
 * runs this on every edit and loads the (larger) narrative checks afterwards, on demand; every
 * other host calls `checkWorkbook`, which adds them.
 */
import { checkTable } from "./check";
import type { LocatedTable } from "./located";
import { locateTables, type LocateOptions } from "./locate";
import type { Finding, SheetGrid } from "./types";

export interface WorkbookReport {
  tables: LocatedTable[];
  /**
   * Locator findings first (shape, units, wrong format for the year), then each table's check
   * findings in table order, then (from `checkWorkbook`) what the report's text says against its
   * tables.
   */
  findings: Finding[];
}

export type CheckOptions = LocateOptions;

export function checkTables(sheets: SheetGrid[], options: CheckOptions = {}): WorkbookReport {
  const tables = locateTables(sheets, options);
  const findings: Finding[] = [];
  for (const table of tables) findings.push(...table.findings);
  for (const table of tables) findings.push(...checkTable(table));
  return { tables, findings };
}

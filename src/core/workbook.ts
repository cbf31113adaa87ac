/**
 * The one entry point every host calls: all sheets of a workbook in, the tables found and every
 * finding out. Hosts (the command line, the Excel pane, the preview) only move values.
 */
import { checkTable } from "./check";
import type { LocatedTable } from "./located";
import { locateTables, type LocateOptions } from "./locate";
import { checkNarrativeText } from "./narrative";
import type { Finding, SheetGrid } from "./types";

export interface WorkbookReport {
  tables: LocatedTable[];
  /**
   * Locator findings first (shape, units, wrong format for the year), then each table's check
   * findings in table order, then what the report's text says against its tables.
   */
  findings: Finding[];
}

export type CheckOptions = LocateOptions;

export function checkWorkbook(sheets: SheetGrid[], options: CheckOptions = {}): WorkbookReport {
  const tables = locateTables(sheets, options);
  const findings: Finding[] = [];
  for (const table of tables) findings.push(...table.findings);
  for (const table of tables) findings.push(...checkTable(table));
  if (tables.length > 0) findings.push(...checkNarrativeText(sheets, tables, { year: options.year }));
  return { tables, findings };
}

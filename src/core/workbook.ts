/**
 * The one entry point every host calls: all sheets of a workbook in, the tables found and every
 * finding out, the report's text checked against its tables included. Hosts (the command line,
 * the Excel pane, the preview) only move values.
 */
import { checkTables, type CheckOptions, type WorkbookReport } from "./check-tables";
import { checkNarrativeText } from "./narrative/text-checks";
import type { SheetGrid } from "./types";

export type { CheckOptions, WorkbookReport } from "./check-tables";

export function checkWorkbook(sheets: SheetGrid[], options: CheckOptions = {}): WorkbookReport {
  const report = checkTables(sheets, options);
  if (report.tables.length > 0) {
    report.findings.push(...checkNarrativeText(sheets, report.tables, { year: options.year }));
  }
  return report;
}

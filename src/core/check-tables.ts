/**
 * Locate and check the statistics tables of a workbook, without reading its prose. The task pane
 * runs this on every edit and loads the (larger) narrative checks afterwards, on demand; every
 * other host calls `checkWorkbook`, which adds them.
 */
import { checkTable } from "./check";
import { FORMATS } from "./formats";
import { isGovernmentIssuer, reportIssuer } from "./issuer";
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
  let government: boolean | undefined;
  for (const table of tables) {
    const scoped = departmentRules(table);
    for (const finding of checkTable(table)) {
      // Read the title only when a department-scoped bound was reached: rare, and a scan of text.
      if (scoped.has(finding.rule)) {
        if (government === undefined) government = isGovernmentIssuer(reportIssuer(sheets));
        if (government) continue;
      }
      findings.push(finding);
    }
  }
  return { tables, findings };
}

/** Rule ids of a table whose bounds are set for one department (see `LimitRule.scope`). */
function departmentRules(table: LocatedTable): Set<string> {
  const def = FORMATS[table.format].tables.find((t) => t.id === table.table);
  return new Set((def?.rules ?? []).filter((r) => r.kind === "limit" && r.scope === "department").map((r) => r.id));
}

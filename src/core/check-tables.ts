/**
 * Locate and check the statistics tables of a workbook, without reading its prose. The task pane
 * runs this on every edit and loads the (larger) narrative checks afterwards, on demand; every
 * other host calls `checkWorkbook`, which adds them.
 */
import { checkTable } from "./check";
import { FORMATS } from "./formats";
import { boundApplies, reportIssuer } from "./issuer";
import type { LimitRule, TableDef } from "./formats/model";
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
  let issuer: string | null | undefined;
  for (const table of tables) {
    const scoped = scopedRules(table);
    for (const finding of checkTable(table)) {
      const scope = scoped.get(finding.rule);
      // The title is read only when a scoped bound was reached: rare, and a scan of text.
      if (scope) {
        if (issuer === undefined) issuer = reportIssuer(sheets);
        if (!boundApplies(scope, issuer)) continue;
      }
      findings.push(finding);
    }
  }
  return { tables, findings };
}

type Scopes = ReadonlyMap<string, NonNullable<LimitRule["scope"]>>;
const NO_SCOPES: Scopes = new Map();
/** Made once per table definition: they depend on nothing else. */
const scopesCache = new WeakMap<TableDef, Scopes>();

/** A table's bounds set for some issuers only (see `LimitRule.scope`), by rule id. */
function scopedRules(table: LocatedTable): Scopes {
  const def = FORMATS[table.format].tables.find((t) => t.id === table.table);
  if (!def) return NO_SCOPES;
  let scopes = scopesCache.get(def);
  if (!scopes) {
    const out = new Map<string, NonNullable<LimitRule["scope"]>>();
    for (const rule of def.rules ?? []) if (rule.kind === "limit" && rule.scope) out.set(rule.id, rule.scope);
    scopesCache.set(def, (scopes = out));
  }
  return scopes;
}

/**
 * The `--json` document. Scripts depend on its shape and key order, so every object is built
 * key by key here rather than serialised from internal types.
 */
import type { Finding } from "../core/types";
import type { FileResult, TableSummary } from "./check-file";
import type { Summary } from "./summary";

export interface JsonTable {
  sheet: string;
  format: string;
  table: string;
  range: string;
  year: number | null;
}

export interface JsonFinding {
  rule: string;
  severity: "error" | "warning" | "info";
  sheet: string;
  cells: string[];
  message: string;
  reported?: number;
  computed?: number;
}

export interface JsonFile {
  file: string;
  error: string | null;
  tables: JsonTable[];
  findings: JsonFinding[];
}

export interface JsonReport {
  files: JsonFile[];
  summary: Summary;
}

const jsonTable = (t: TableSummary): JsonTable => ({
  sheet: t.sheet,
  format: t.format,
  table: t.table,
  range: t.range,
  year: t.year,
});

/** `reported` and `computed` appear only where the rule compared numbers. */
function jsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = { rule: f.rule, severity: f.severity, sheet: f.sheet, cells: [...f.cells], message: f.message };
  if (f.reported !== undefined) out.reported = f.reported;
  if (f.computed !== undefined) out.computed = f.computed;
  return out;
}

export function jsonReport(results: readonly FileResult[], summary: Summary): JsonReport {
  return {
    files: results.map((r) => ({
      file: r.file,
      error: r.error,
      tables: r.tables.map(jsonTable),
      findings: r.findings.map(jsonFinding),
    })),
    summary: {
      files: summary.files,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      unreadable: summary.unreadable,
    },
  };
}

/** The document as printed: indented for people who open it, one trailing newline. */
export function formatJson(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

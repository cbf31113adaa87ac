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
  /** On a document table (`表格2`): each named cell's row and column labels, by A1. */
  labels?: Record<string, string>;
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
  /** Only when the run as a whole failed (wrong arguments, `--previous` unreadable): why, in Chinese. */
  error?: string;
}

const jsonTable = (t: TableSummary): JsonTable => ({
  sheet: t.sheet,
  format: t.format,
  table: t.table,
  range: t.range,
  year: t.year,
});

/** `reported` and `computed` appear only where the rule compared numbers. */
function jsonFinding(f: Finding, sheetLabels: Record<string, string> | undefined): JsonFinding {
  const out: JsonFinding = { rule: f.rule, severity: f.severity, sheet: f.sheet, cells: [...f.cells], message: f.message };
  if (f.reported !== undefined) out.reported = f.reported;
  if (f.computed !== undefined) out.computed = f.computed;
  const named = sheetLabels ? f.cells.filter((c) => sheetLabels[c] !== undefined) : [];
  if (sheetLabels && named.length > 0) out.labels = Object.fromEntries(named.map((c) => [c, sheetLabels[c]]));
  return out;
}

const jsonFile = (r: FileResult): JsonFile => ({
  file: r.file,
  error: r.error,
  tables: r.tables.map(jsonTable),
  findings: r.findings.map((f) => jsonFinding(f, r.labels?.[f.sheet])),
});

export function jsonReport(results: readonly FileResult[], summary: Summary, error?: string): JsonReport {
  const report: JsonReport = {
    files: results.map(jsonFile),
    summary: {
      files: summary.files,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      unreadable: summary.unreadable,
    },
  };
  if (error !== undefined) report.error = error;
  return report;
}

/** The document as printed: indented for people who open it, one trailing newline. */
export function formatJson(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * One file's entry in `files`, printed as `formatJson` prints it there (two levels in). A batch
 * prints each file as its result arrives, while the worker checks the next, instead of printing
 * a thousand files' 10 MB after the last one.
 */
export function formatJsonFile(result: FileResult): string {
  // Printed inside a one-file list, then cut out: the engine indents it (no pass to re-indent).
  const text = JSON.stringify({ files: [jsonFile(result)] }, null, 2);
  return text.slice(ONE_FILE_HEAD.length, text.length - ONE_FILE_TAIL.length);
}

const ONE_FILE_HEAD = '{\n  "files": [\n';
const ONE_FILE_TAIL = "\n  ]\n}";

const EMPTY_FILES_HEAD = '{\n  "files": [],';

/** The document from files printed by `formatJsonFile`, in order: the same text as `formatJson`. */
export function formatJsonParts(files: readonly string[], summary: Summary, error?: string): string {
  const rest = formatJson(jsonReport([], summary, error));
  // `files` is the first key, so the empty document starts with its empty list.
  if (!rest.startsWith(EMPTY_FILES_HEAD)) throw new Error("unexpected JSON layout");
  const list = files.length === 0 ? "[]" : `[\n${files.join(",\n")}\n  ]`;
  return `{\n  "files": ${list},${rest.slice(EMPTY_FILES_HEAD.length)}`;
}

/**
 * The 汇总 workbook a reviewing office hands on, as data: its two sheets' columns (header,
 * width), and the rows made from the check results. No Node and no exceljs here, so the browser
 * checker page can build the same layout and write it with its own library.
 */
import { formatShortName } from "../core/formats";
import type { FormatId } from "../core/formats/model";
import type { Severity } from "../core/types";

/** A column: its header, width in Excel's character units, and whether it wraps. */
export interface SummaryColumn {
  header: string;
  width: number;
  wrap: boolean;
}

export type SummaryCell = string | number | null;

export interface SummarySheet {
  name: string;
  columns: SummaryColumn[];
  rows: SummaryCell[][];
}

/** Both sheets; print setup shared: A4 landscape, fit to width, the header row repeated. */
export interface SummaryPlan {
  sheets: [SummarySheet, SummarySheet];
}

/** What the layout needs of one file's result (the CLI's `FileResult` has it). */
export interface SummaryInput {
  file: string;
  error: string | null;
  tables: ReadonlyArray<{ format: FormatId; table: string; sheet: string }>;
  findings: ReadonlyArray<{ rule: string; severity: Severity; sheet: string; cells: readonly string[]; message: string }>;
  agency?: string | null;
  year?: number | null;
  /** Row and column labels of document-table cells, by sheet then A1 (`表格2` → `D18` → `“（七）总计”（自然人）`). */
  labels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = { error: "错误", warning: "核实", info: "提示" };

export const FILES_SHEET = "汇总";
export const FINDINGS_SHEET = "问题清单";

export const FILE_COLUMNS: readonly SummaryColumn[] = [
  { header: "文件", width: 36, wrap: true },
  { header: "单位", width: 24, wrap: true },
  { header: "报告年度", width: 9, wrap: false },
  { header: "格式", width: 22, wrap: true },
  { header: "错误", width: 7, wrap: false },
  { header: "核实", width: 7, wrap: false },
  { header: "提示", width: 7, wrap: false },
  { header: "无法读取的原因", width: 48, wrap: true },
];

export const FINDING_COLUMNS: readonly SummaryColumn[] = [
  { header: "文件", width: 30, wrap: true },
  { header: "工作表", width: 18, wrap: true },
  { header: "单元格", width: 16, wrap: true },
  { header: "规则", width: 14, wrap: false },
  { header: "级别", width: 7, wrap: false },
  { header: "问题", width: 80, wrap: true },
];

/** Excel's limit for one cell's text; findings are short, but a reason must never break the file. */
const CELL_MAX = 32_000;
const cellText = (s: string): string => (s.length > CELL_MAX ? `${s.slice(0, CELL_MAX - 1)}…` : s);

/** `2021 版格式` for the formats found (usually one), or empty when none was. */
function formatsOf(r: SummaryInput): string {
  return [...new Set(r.tables.map((t) => formatShortName(t.format)))].join("、");
}

function fileRow(r: SummaryInput): SummaryCell[] {
  const count = (s: Severity): number | null => (r.error !== null ? null : r.findings.filter((f) => f.severity === s).length);
  return [r.file, r.agency ?? null, r.year ?? null, formatsOf(r) || null, count("error"), count("warning"), count("info"), r.error === null ? null : cellText(r.error)];
}

/** The cells a finding names, cut to a readable list; a document table's with their labels. */
function cellsOf(cells: readonly string[], labels: Readonly<Record<string, string>> | undefined): string {
  const named = (c: string): string => (labels?.[c] ? `${c} ${labels[c]}` : c);
  const max = labels ? 3 : 8;
  return cells.length > max ? `${cells.slice(0, max).map(named).join("、")} 等 ${cells.length} 个` : cells.map(named).join("、");
}

export function planSummary(results: readonly SummaryInput[]): SummaryPlan {
  const findings: SummaryCell[][] = [];
  for (const r of results) {
    for (const f of r.findings)
      findings.push([r.file, f.sheet || null, cellsOf(f.cells, r.labels?.[f.sheet]) || null, f.rule, SEVERITY_NAMES[f.severity], cellText(f.message)]);
  }
  return {
    sheets: [
      { name: FILES_SHEET, columns: [...FILE_COLUMNS], rows: results.map(fileRow) },
      { name: FINDINGS_SHEET, columns: [...FINDING_COLUMNS], rows: findings },
    ],
  };
}

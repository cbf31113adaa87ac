/**
 * The report people read in a terminal: per file, the tables found and the findings grouped by
 * severity (错误 / 核实 / 提示), then one summary line. Plain text, no colours: it is often
 * redirected into a file or pasted into a chat.
 */
import { tableName } from "../core/describe";
import { formatShortName } from "../core/formats";
import type { Finding, Severity } from "../core/types";
import type { FileResult, TableSummary } from "./check-file";
import { isDocumentTable } from "./document-labels";
import { TEXT_SHEET } from "../readers/book";
import type { Summary } from "./summary";

/** The words of formats.md: 强制性 → 错误, 核实性 → 核实, 提示性 → 提示. */
export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = { error: "错误", warning: "核实", info: "提示" };

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** How many cells a finding line names; the JSON report has them all. */
const CELLS_SHOWN = 8;

/** How many cells of a document table a line names with their labels. */
const LABELLED_SHOWN = 3;

const PARAGRAPH = /^第 \d+ 段$/;

function cellsText(f: Finding, labels: Record<string, string> | undefined): string {
  if (f.cells.length === 0) return "";
  if (labels && f.cells.some((c) => labels[c] !== undefined)) {
    // A document table's A1 is no place the reader can go to: say which row and column it is.
    // A paragraph of a document's text is named by its number alone (`第 5 段`): its A1 says nothing.
    const named = (c: string): string => (labels[c] ? (PARAGRAPH.test(labels[c]) ? labels[c] : `${c} ${labels[c]}`) : c);
    const shown = f.cells.slice(0, LABELLED_SHOWN).map(named).join("、");
    return f.cells.length > LABELLED_SHOWN ? `${shown} 等 ${f.cells.length} 个单元格` : shown;
  }
  const shown = f.cells.slice(0, CELLS_SHOWN).join("、");
  const more = f.cells.length > CELLS_SHOWN ? ` 等 ${f.cells.length} 个单元格` : "";
  return `${shown}${more}`;
}

const yearText = (year: number | null): string => (year === null ? "未识别出报告年度" : `${year} 年度`);
const formatAndYear = (t: TableSummary): string => `${formatShortName(t.format)}，${yearText(t.year)}`;

/** The tables found; format and year said once when every table shares them, as they usually do. */
function tableLines(tables: readonly TableSummary[]): string[] {
  const shared = new Set(tables.map(formatAndYear)).size === 1;
  const head = shared ? `  找到 ${tables.length} 张表（${formatAndYear(tables[0])}）：` : `  找到 ${tables.length} 张表：`;
  return [
    head,
    ...tables.map((t) => {
      const hidden = t.hidden ? "（隐藏的工作表）" : "";
      const own = shared ? "" : `，${formatAndYear(t)}`;
      return `    ${sheetWords(t.sheet)}${hidden} ${t.range}：${tableName(t.format, t.table)}${own}`;
    }),
  ];
}

/** `工作表“2025年度统计表”`, or a document table's place as it is: `表格2`, `第4页 表格1`. */
const sheetWords = (sheet: string): string => (isDocumentTable(sheet) ? sheet : `工作表“${sheet}”`);

function findingLine(f: Finding, index: number, manySheets: boolean, labels: FileResult["labels"]): string {
  const own = labels?.[f.sheet];
  // A document's text (labelled by paragraph) is `正文`, as the document calls it, not a worksheet.
  const textOfDocument = f.sheet === TEXT_SHEET && own !== undefined;
  const showSheet = f.sheet !== "" && (manySheets || isDocumentTable(f.sheet) || textOfDocument);
  const sheet = textOfDocument ? TEXT_SHEET : sheetWords(f.sheet);
  const where = [showSheet ? sheet : "", cellsText(f, own)].filter(Boolean).join(" ");
  return `    ${index}. ${where ? `[${where}] ` : ""}${f.message}`;
}

/** The lines about one file. */
export function fileText(r: FileResult): string[] {
  const lines = [r.file];
  if (r.error !== null) {
    lines.push(`  无法读取：${r.error}`);
    return lines;
  }
  if (r.tables.length > 0) lines.push(...tableLines(r.tables));
  // Name the sheet only when the file's tables and findings span more than one.
  const sheets = new Set([...r.tables.map((t) => t.sheet), ...r.findings.map((f) => f.sheet).filter(Boolean)]);
  const manySheets = sheets.size > 1;
  for (const severity of SEVERITIES) {
    const group = r.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`  ${SEVERITY_WORDS[severity]}（${group.length}）`);
    group.forEach((f, i) => lines.push(findingLine(f, i + 1, manySheets, r.labels)));
  }
  if (r.findings.length === 0) lines.push("  未发现问题");
  return lines;
}

/** `错误 2 · 核实 1 · 提示 3`, as the pane's summary line reads. */
export function countsText(s: { errors: number; warnings: number; infos: number }): string {
  return `错误 ${s.errors} · 核实 ${s.warnings} · 提示 ${s.infos}`;
}

export function summaryText(results: readonly FileResult[], summary: Summary): string {
  return summaryLine(summary, results.filter((r) => r.error === null && r.tables.length === 0).length);
}

/** The last line of a run: the counts, and how many files were unreadable or held no table. */
export function summaryLine(summary: Summary, noTable: number): string {
  const parts = [`共检查 ${summary.files} 个文件：${countsText(summary)}`];
  if (summary.unreadable > 0) parts.push(`${summary.unreadable} 个文件无法读取`);
  if (noTable > 0) parts.push(`${noTable} 个文件中没有找到统计表`);
  return parts.join("；");
}

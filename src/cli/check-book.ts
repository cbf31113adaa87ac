/**
 * Checking one file already read: hand its grids to the core, and add what only the file can
 * tell — hidden sheets, formulas saved without a result, no table at all. No Node here, so the
 * browser checker page (src/checker) gives the same findings as `nianbao check`.
 */
import type { FormatId, TableId } from "../core/formats/model";
import { tableName } from "../core/describe";
import { checkAgainstPreviousYear } from "../core/cross-year";
import type { LocatedTable } from "../core/located";
import type { Finding } from "../core/types";
import { checkWorkbook } from "../core/workbook";
import { agencyFromTitles } from "../core/narrative";
import { bookGrids, TEXT_SHEET } from "../readers/book";
import { reportIssuer } from "../core/issuer";
import type { ReadNote, ReadSheet } from "../readers/types";
import { clipMessage, clipText, MESSAGE_MAX } from "./clip";
import { documentCellLabels } from "./document-labels";

/** The last part of a path, separated by `/` or `\` (a name typed on Windows reaches Linux too). */
function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, "");
}

/** A table found in a file, as reported. */
export interface TableSummary {
  sheet: string;
  format: FormatId;
  table: TableId;
  range: string;
  year: number | null;
  /** The table is on a hidden sheet (the text report says so; JSON has an info finding). */
  hidden: boolean;
}

/** What checking one file gave. `error` set means it could not be read: nothing else is. */
export interface FileResult {
  file: string;
  error: string | null;
  tables: TableSummary[];
  findings: Finding[];
  /** The agency and year the report's title names (for the 汇总 workbook); null when not found. */
  agency?: string | null;
  year?: number | null;
  /**
   * Row and column labels of the cells findings name on document tables (`表格2`, `第4页 表格1`),
   * by sheet then A1: there an address alone tells the reader nothing.
   */
  labels?: Record<string, Record<string, string>>;
}

/**
 * What the checker takes from a file read: its sheets, and a document's paragraphs and notes
 * where the reader gives them (the reader layer's `ReadBook`).
 */
export interface CheckableBook {
  sheets: ReadSheet[];
  text?: string[];
  notes?: ReadNote[];
}

/** Rule ids of the findings this layer adds (the core's ids look like `B-R1`, `value.blank`). */
export const FILE_RULES = {
  noTable: "file.no-table",
  hiddenSheet: "file.hidden-sheet",
  formulaWithoutResult: "file.formula-no-result",
  farCells: "file.far-cells",
  readerNote: "file.reader-note",
} as const;

/** How many cells a file-level message names before `等`. */
const NAMED = 5;

export interface CheckFileOptions {
  /** The report year the user states (`--year`): overrides the year read from the workbook. */
  year?: number;
  /**
   * Last year's report of the same agency (`--previous`): its tables, for the cross-year rules
   * (上年结转 = last year's 结转下年度, 现行有效件数 carried over, figures copied unchanged).
   */
  previous?: readonly LocatedTable[];
}

/**
 * No table found. Counted as an error: the file was given to be checked and nothing in it was,
 * so a run over a folder must not pass quietly (`nianbao --help` says so).
 */
function noTableFinding(book: CheckableBook): Finding {
  const shown = book.sheets
    .slice(0, NAMED)
    .map((s) => `“${clipText(s.grid.name, 40)}”`)
    .join("、");
  const names = book.sheets.length > NAMED ? `${shown} 等 ${book.sheets.length} 个` : shown || "（没有工作表或表格）";
  return {
    rule: FILE_RULES.noTable,
    severity: "error",
    sheet: "",
    cells: [],
    message:
      `没有找到政府信息公开工作年度报告的统计表（已查看工作表 ${names}）。` +
      "如果表格是手工录入的，请核对表头和行标签是否与官方格式一致，例如“三、收到和处理政府信息公开申请情况”“（七）总计”；" +
      "也可以用 nianbao template 生成标准表格后再填写",
  };
}

function formulaFinding(sheet: string, cells: string[]): Finding {
  const named = cells.slice(0, NAMED).join("、") + (cells.length > NAMED ? " 等" : "");
  return {
    rule: FILE_RULES.formulaWithoutResult,
    severity: "warning",
    sheet,
    cells,
    message:
      `工作表“${sheet}”有 ${cells.length} 个公式单元格没有保存计算结果（${named}），已按空白处理。` +
      "文件可能由其他程序生成后未经 Excel 重新计算；请在 Excel 中打开并保存后再校验",
  };
}

function farCellsFinding(sheet: string, far: { count: number; first: string }): Finding {
  return {
    rule: FILE_RULES.farCells,
    severity: "warning",
    sheet,
    cells: [far.first],
    message:
      `工作表“${sheet}”在 ${far.first} 等远离表格的位置有 ${far.count} 个单元格有内容，已忽略（可能是误输入）；` +
      "请删除这些内容，如果统计表就在那里，请把它移到工作表开头附近",
  };
}

function hiddenFinding(table: TableSummary): Finding {
  return {
    rule: FILE_RULES.hiddenSheet,
    severity: "info",
    sheet: table.sheet,
    cells: [],
    message: `${tableName(table.format, table.table)}位于隐藏的工作表“${table.sheet}”，已一并校验；` + "提交前请确认该工作表是否应当显示，或是否是应删除的旧表",
  };
}

/** What a reader left out (a sheet far too large to hold a report), as a hint on the file. */
function readerNoteFinding(note: ReadNote): Finding {
  return { rule: FILE_RULES.readerNote, severity: "info", sheet: note.sheet, cells: [], message: note.message };
}

/** The year most of the tables name. */
function reportYear(tables: readonly LocatedTable[]): number | null {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.year !== null) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = year;
  return best;
}

/** Check a file already read. */
export function checkReadWorkbook(file: string, book: CheckableBook, options: CheckFileOptions = {}): FileResult {
  const grids = bookGrids(book);
  const report = checkWorkbook(grids, { ...(options.year !== undefined ? { year: options.year } : {}), fileName: baseName(file) });
  const hiddenSheets = new Set(book.sheets.filter((s) => s.hidden).map((s) => s.grid.name));
  const tables: TableSummary[] = report.tables.map((t) => ({
    sheet: t.sheet,
    format: t.format,
    table: t.table,
    range: t.range,
    year: t.year,
    hidden: hiddenSheets.has(t.sheet),
  }));

  const findings: Finding[] = (book.notes ?? []).map(readerNoteFinding);
  for (const sheet of book.sheets) {
    if (sheet.uncachedFormulas.length > 0) findings.push(formulaFinding(sheet.grid.name, sheet.uncachedFormulas));
    if (sheet.farCells) findings.push(farCellsFinding(sheet.grid.name, sheet.farCells));
  }
  if (tables.length === 0) findings.push(noTableFinding(book));
  for (const table of tables) if (table.hidden) findings.push(hiddenFinding(table));
  findings.push(...report.findings);
  for (const table of report.tables) {
    const last = options.previous?.find((p) => p.table === table.table);
    if (last) findings.push(...checkAgainstPreviousYear(table, last));
  }
  const result: FileResult = {
    file,
    error: null,
    tables,
    // A message quoting a 1 MB cell must not become a 1 MB line in every report.
    findings: findings.map((f) => (f.message.length > MESSAGE_MAX ? { ...f, message: clipMessage(f.message) } : f)),
    // A document's title stands in its text (often on two lines), not above its tables.
    agency: report.tables.length > 0 ? (agencyFromTitles(grids, report.tables) ?? reportIssuer(grids)) : null,
    year: options.year ?? reportYear(report.tables),
  };
  const labels = documentCellLabels(report.tables, findings);
  // A document's paragraphs are the rows of its `正文` sheet: `A5` there is the fifth paragraph.
  const paragraphs = book.text && book.text.length > 0 ? paragraphLabels(findings) : {};
  if (Object.keys(paragraphs).length > 0) labels[TEXT_SHEET] = paragraphs;
  if (Object.keys(labels).length > 0) result.labels = labels;
  return result;
}

/** `第 5 段` for each cell a finding names on a document's `正文` sheet. */
function paragraphLabels(findings: readonly Finding[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of findings) {
    if (f.sheet !== TEXT_SHEET) continue;
    for (const cell of f.cells) {
      const m = /^A(\d+)$/.exec(cell);
      if (m) out[cell] = `第 ${m[1]} 段`;
    }
  }
  return out;
}

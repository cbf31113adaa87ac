/**
 * Checking one workbook file: read it, hand its grids to the core, and add what only the file
 * can tell — hidden sheets, formulas saved without a result, no table at all.
 */
import * as path from "path";
import type { FormatId, TableId } from "../core/formats/model";
import { tableName } from "../core/describe";
import { checkAgainstPreviousYear } from "../core/cross-year";
import type { LocatedTable } from "../core/located";
import type { Finding } from "../core/types";
import { checkWorkbook } from "../core/workbook";
import type { FoundFile } from "./files";
import { readWorkbookFile } from "./read-file";
import type { ReadWorkbook } from "./xlsx-read";

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
}

/** Rule ids of the findings this layer adds (the core's ids look like `B-R1`, `value.blank`). */
export const FILE_RULES = {
  noTable: "file.no-table",
  hiddenSheet: "file.hidden-sheet",
  formulaWithoutResult: "file.formula-no-result",
  farCells: "file.far-cells",
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
function noTableFinding(book: ReadWorkbook): Finding {
  const names = book.sheets.map((s) => `“${s.grid.name}”`).join("、");
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
    message:
      `${tableName(table.format, table.table)}位于隐藏的工作表“${table.sheet}”，已一并校验；` +
      "提交前请确认该工作表是否应当显示，或是否是应删除的旧表",
  };
}

/** Check a workbook already read. */
export function checkReadWorkbook(file: string, book: ReadWorkbook, options: CheckFileOptions = {}): FileResult {
  const report = checkWorkbook(
    book.sheets.map((s) => s.grid),
    { ...(options.year !== undefined ? { year: options.year } : {}), fileName: path.basename(file) },
  );
  const hiddenSheets = new Set(book.sheets.filter((s) => s.hidden).map((s) => s.grid.name));
  const tables: TableSummary[] = report.tables.map((t) => ({
    sheet: t.sheet,
    format: t.format,
    table: t.table,
    range: t.range,
    year: t.year,
    hidden: hiddenSheets.has(t.sheet),
  }));

  const findings: Finding[] = [];
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
  return { file, error: null, tables, findings };
}

/** Read and check one file; an unreadable file gives a result with `error` set, never a throw. */
export async function checkFile(found: FoundFile, options: CheckFileOptions = {}): Promise<FileResult> {
  const read = await readWorkbookFile(found.absolute);
  if (!read.ok) return { file: found.file, error: read.error, tables: [], findings: [] };
  try {
    return checkReadWorkbook(found.file, read.workbook, options);
  } catch (err) {
    // A bug in the checker on one odd workbook must not stop the others from being checked.
    const detail = err instanceof Error ? err.message : String(err);
    return {
      file: found.file,
      error: `校验这个文件时程序出错（${detail}）；这是 nianbao 的问题，请把文件和这条信息反馈给维护者`,
      tables: [],
      findings: [],
    };
  }
}

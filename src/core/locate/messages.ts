/**
 * The locator's findings, in Chinese: what is missing or extra in a table's shape, which unit a
 * header or 单位 cell states, and a table of the wrong format for the report year. Each says
 * what to do.
 */
import { tableName } from "../describe";
import { formatShortName } from "../formats";
import type { BlockDef, ColumnDef, FormatId, RowDef, TableId } from "../formats/model";
import type { Finding } from "../types";

/** Which table a finding concerns. */
export interface TableRef {
  format: FormatId;
  table: TableId;
  sheet: string;
}

/** Fields in the order findings have always had (JSON output keeps it). */
const finding = (ref: TableRef, f: Pick<Finding, "rule" | "severity" | "message" | "cells">): Finding => ({
  rule: f.rule,
  severity: f.severity,
  message: f.message,
  cells: f.cells,
  sheet: ref.sheet,
  table: ref.table,
});

/** `表二（主动公开政府信息情况）“第二十条第（一）项”`: a Table A block is named by its caption. */
function where(ref: TableRef, block?: BlockDef): string {
  const name = tableName(ref.format, ref.table);
  return block?.caption ? `${name}“${block.caption}”部分` : name;
}

/**
 * A row of the format that is not on the sheet. A label that occurs twice in the table
 * (`（二）被依法纠错数`) is named with the row it belongs to.
 */
export function missingRow(ref: TableRef, block: BlockDef, row: RowDef, cells: string[]): Finding {
  const label = row.label ?? "";
  const twice = block.rows.filter((r) => r.label === row.label).length > 1;
  const parent = twice && row.parent ? block.rows.find((r) => r.key === row.parent) : undefined;
  const of = parent?.label ? `（属于“${parent.label}”）` : "";
  const todo = row.heading ? "请按格式补上这一行" : "请按格式补上这一行并填写数字，没有发生的填 0";
  return finding(ref, {
    rule: "locate.missing-row",
    severity: "error",
    message: `${where(ref, block)}缺少行“${label}”${of}；${todo}`,
    cells,
  });
}

/** A column of the format whose header is not on the sheet; nested ones name their group. */
export function missingColumn(ref: TableRef, block: BlockDef, column: ColumnDef, cells: string[]): Finding {
  const twice = block.columns.filter((c) => c.label === column.label).length > 1;
  const parent = twice && column.parent ? block.columns.find((c) => c.key === column.parent) : undefined;
  const of = parent ? `（属于“${parent.label}”）` : "";
  return finding(ref, {
    rule: "locate.missing-column",
    severity: "error",
    message: `${where(ref, block)}缺少列“${column.label}”${of}；请按格式补上该列，表头写“${column.label}”`,
    cells,
  });
}

/** A column someone added (`法人或其他组织小计`): said once, not checked. */
export function extraColumn(ref: TableRef, text: string, cells: string[]): Finding {
  return finding(ref, {
    rule: "locate.extra-column",
    severity: "info",
    message: `${tableName(ref.format, ref.table)}的“${text}”列不是官方格式的内容，不作校验；上报时请按官方格式删除该列`,
    cells,
  });
}

const MONEY_UNITS = new Set(["元", "万元", "亿元", "千元"]);

/**
 * A unit that differs from the format's. Between 元 and 万元 the numbers change by 10000, so the
 * message says the values are read as written in the stated unit and how to convert them;
 * between two count words (`个` for `件`) only the word is wrong.
 */
export function unitMismatch(ref: TableRef, subject: { kind: "column" | "row"; label: string }, stated: string, expected: string, cells: string[]): Finding {
  const what = subject.kind === "column" ? `“${subject.label}”列` : `“${subject.label}”行`;
  const money = MONEY_UNITS.has(stated) && MONEY_UNITS.has(expected);
  const fix = subject.kind === "column" ? `表头的单位改为“${expected}”` : `单位改为“${expected}”`;
  const message = money
    ? `${tableName(ref.format, ref.table)}${what}的单位是“${stated}”，格式规定为“${expected}”；` +
      `该${subject.kind === "column" ? "列" : "行"}的数值是按“${stated}”填写的，请换算为${expected}后填写` +
      (stated === "元" && expected === "万元" ? "（元数除以 10000）" : "") +
      `，并将${fix}`
    : `${tableName(ref.format, ref.table)}${what}的单位是“${stated}”，格式规定为“${expected}”；请将${fix}`;
  return finding(ref, {
    rule: "unit.mismatch",
    severity: money ? "error" : "warning",
    message,
    cells,
  });
}

/** A table of another format than the report year requires (the 2019 table used for 2023). */
export function formatYear(ref: TableRef, year: number, expected: FormatId, yearSource: string | undefined, cells: string[]): Finding {
  const source = yearSource ? `。报告年度取自${yearSource}` : "";
  // The document number was said once already: `请按 2021 版格式填报`.
  const short = formatShortName(expected).replace(/（[^（）]*）$/, "");
  return finding(ref, {
    rule: "format.year",
    severity: "error",
    message: `报告年度为 ${year} 年，应使用 ${formatShortName(expected)}，本表是 ${formatShortName(ref.format)}` + `${source}；请按 ${short}填报`,
    cells,
  });
}

/**
 * A shape or unit finding of a reading, not yet worded: a table is read under both versions and
 * only the reading chosen is reported (see `Notes`). `cells` are the A1 references.
 */
export type Note =
  | { kind: "missing-row"; block: BlockDef; row: RowDef; cells: string[] }
  | { kind: "missing-column"; block: BlockDef; column: ColumnDef; cells: string[] }
  | { kind: "extra-column"; text: string; cells: string[] }
  | { kind: "unit"; subject: { kind: "column" | "row"; label: string }; stated: string; expected: string; cells: string[] };

/** The finding a note stands for. */
export function wordNote(ref: TableRef, note: Note): Finding {
  switch (note.kind) {
    case "missing-row":
      return missingRow(ref, note.block, note.row, note.cells);
    case "missing-column":
      return missingColumn(ref, note.block, note.column, note.cells);
    case "extra-column":
      return extraColumn(ref, note.text, note.cells);
    case "unit":
      return unitMismatch(ref, note.subject, note.stated, note.expected, note.cells);
  }
}

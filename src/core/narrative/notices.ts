/**
 * Notices for statements that were not generated. Rule ids (all `narrative.*`):
 * - `narrative.blank` (warning): a cell the statement speaks for is blank. Blank is not zero, so
 *   no "nothing happened" sentence is written; the user fills in 0 and generates again.
 * - `narrative.unreadable` (warning): such a cell holds something that is not a number.
 * - `narrative.missing-cells` (warning): the locator did not find the row or column.
 * - `narrative.table-missing` (warning): the table the statement speaks for was not found at all.
 * - `narrative.input-needed` (info): the fact is not in the tables (信息处理费 collected,
 *   人大政协建议提案) and the user did not give it.
 */
import type { FormatId, TableId } from "../formats/model";
import type { LocatedTable } from "../located";
import type { Finding } from "../types";
import { cellLabel, nameList } from "./labels";
import type { Gathered } from "./values";

/** Why the statement under `section` was not generated, one finding per kind of problem. */
export function gatherNotices(section: string, g: Gathered): Finding[] {
  const { table } = g;
  const name = (key: string): string => cellLabel(table.format, table.table, key);
  const out: Finding[] = [];
  const lead = `“${section}”未生成表述：`;
  if (g.blank.length > 0)
    out.push({
      rule: "narrative.blank",
      severity: "warning",
      message: `${lead}统计表中${nameList(g.blank.map((b) => name(b.key)))}未填写。空白不等于 0：没有发生的请填 0，填好后重新生成`,
      sheet: table.sheet,
      cells: g.blank.map((b) => b.cell),
      table: table.table,
    });
  if (g.invalid.length > 0)
    out.push({
      rule: "narrative.unreadable",
      severity: "warning",
      message: `${lead}统计表中${nameList(g.invalid.map((b) => name(b.key)))}填写的不是数字，请改填数字后重新生成`,
      sheet: table.sheet,
      cells: g.invalid.map((b) => b.cell),
      table: table.table,
    });
  if (g.missing.length > 0)
    out.push({
      rule: "narrative.missing-cells",
      severity: "warning",
      message: `${lead}统计表中未找到${nameList(g.missing.map(name))}，请核对统计表的行列名称是否与官方格式一致`,
      sheet: table.sheet,
      cells: [],
      table: table.table,
    });
  return out;
}

const TABLE_NAMES: Record<TableId, string> = {
  L: "政府信息公开工作情况统计表",
  A: "主动公开政府信息情况表",
  B: "收到和处理政府信息公开申请情况表",
  C: "政府信息公开行政复议、行政诉讼情况表",
};

export function tableMissingNotice(section: string, table: TableId, anyTable?: LocatedTable): Finding {
  return {
    rule: "narrative.table-missing",
    severity: "warning",
    message: `“${section}”未生成表述：工作簿中未找到${TABLE_NAMES[table]}，请先插入或填写该表`,
    sheet: anyTable?.sheet ?? "",
    cells: [],
    table,
  };
}

export function inputNeededNotice(section: string, message: string, format: FormatId, sheet: string): Finding {
  return {
    rule: "narrative.input-needed",
    severity: "info",
    message: `“${section}”：${message}`,
    sheet,
    cells: [],
    table: format === "legacy-2014" ? "L" : "B",
  };
}

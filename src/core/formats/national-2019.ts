/**
 * 中华人民共和国政府信息公开工作年度报告格式（试行） (国办公开办函〔2019〕60号), report years
 * 2019 and 2020.
 */
import type { ColumnDef, FormatDef, RuleDef } from "./model";
import { NATIONAL_SECTIONS, REGULATION_TEXT, TABLE_C, at, tableB } from "./national-common";

/** 上一年项目数量 · 本年增/减 (signed: `-8`, never `减8`) · 处理决定数量. */
const itemColumns = (withDecisions: boolean): ColumnDef[] => [
  { key: "previous", label: "上一年项目数量" },
  { key: "change", label: "本年增/减", aliases: ["本年增减", "本年增（减）"], kind: "signed" },
  ...(withDecisions ? [{ key: "decisions", label: "处理决定数量" }] : []),
];

const itemRows = ["A5.1", "A5.2", "A6.1", "A6.2", "A8.1"];

const tableARules: RuleDef[] = [
  ...["A1.1", "A1.2"].map((row): RuleDef => ({
    kind: "compare",
    id: "A-published-le-total",
    severity: "warning",
    left: [at(row, "published")],
    op: "<=",
    right: [at(row, "total")],
    text: "本年新公开数量一般不大于对外公开总数量，请核实",
  })),
  // Not in the national text, but arithmetic: a count of items cannot fall below zero.
  ...itemRows.map((row): RuleDef => ({
    kind: "compare",
    id: "A-items-not-negative",
    severity: "error",
    left: [at(row, "previous"), at(row, "change")],
    op: ">=",
    right: [],
    text: "上一年项目数量加本年增/减即本年项目数量，不能小于 0",
  })),
  {
    kind: "limit",
    id: "A-regulation-level",
    severity: "info",
    cells: [at("A1.1", "made"), at("A1.1", "published"), at("A1.1", "total")],
    atLeast: 1,
    scope: "below-city",
    text: REGULATION_TEXT,
  },
];

export const national2019: FormatDef = {
  id: "national-2019",
  name: "中华人民共和国政府信息公开工作年度报告格式（试行）",
  basis: "国办公开办函〔2019〕60号",
  years: { from: 2019, to: 2020 },
  sections: NATIONAL_SECTIONS,
  tables: [
    {
      id: "A",
      title: "二、主动公开政府信息情况",
      blocks: [
        {
          key: "A1",
          caption: "第二十条第（一）项",
          labelHeader: "信息内容",
          rows: [
            { key: "A1.1", label: "规章" },
            { key: "A1.2", label: "规范性文件" },
          ],
          columns: [
            { key: "made", label: "本年新制作数量" },
            { key: "published", label: "本年新公开数量" },
            { key: "total", label: "对外公开总数量" },
          ],
        },
        {
          key: "A5",
          caption: "第二十条第（五）项",
          labelHeader: "信息内容",
          rows: [
            { key: "A5.1", label: "行政许可" },
            { key: "A5.2", label: "其他对外管理服务事项" },
          ],
          columns: itemColumns(true),
        },
        {
          key: "A6",
          caption: "第二十条第（六）项",
          labelHeader: "信息内容",
          rows: [
            { key: "A6.1", label: "行政处罚" },
            { key: "A6.2", label: "行政强制" },
          ],
          columns: itemColumns(true),
        },
        {
          key: "A8",
          caption: "第二十条第（八）项",
          labelHeader: "信息内容",
          rows: [{ key: "A8.1", label: "行政事业性收费" }],
          columns: itemColumns(false),
        },
        {
          key: "A9",
          caption: "第二十条第（九）项",
          labelHeader: "信息内容",
          rows: [{ key: "A9.1", label: "政府集中采购" }],
          columns: [
            { key: "count", label: "采购项目数量" },
            // The official text states no unit; real reports wrote 元 or 万元. Ours says 万元.
            { key: "amount", label: "采购总金额", kind: "money", unit: "万元", unitFixed: false },
          ],
        },
      ],
      rules: tableARules,
    },
    tableB([{ key: "B3.6", label: "（六）其他处理", parent: "B3", role: "part" }]),
    TABLE_C,
  ],
};

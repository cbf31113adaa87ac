/**
 * 中华人民共和国政府信息公开工作年度报告格式 (国办公开办函〔2021〕30号), report years 2021 onward.
 */
import type { FormatDef, RuleDef } from "./model";
import { NATIONAL_SECTIONS, REGULATION_TEXT, TABLE_C, at, tableB } from "./national-common";

const tableARules: RuleDef[] = [
  ...["A1.1", "A1.2"].map((row): RuleDef => ({
    kind: "compare",
    id: "A-effective-ge-issued",
    severity: "warning",
    left: [at(row, "issued")],
    op: "<=",
    right: [at(row, "effective")],
    text: "本年制发的文件一般仍现行有效，现行有效件数一般不小于本年制发件数（同年制发又废止的除外），请核实",
  })),
  {
    kind: "limit",
    id: "A-regulation-level",
    severity: "info",
    cells: [at("A1.1", "issued"), at("A1.1", "repealed"), at("A1.1", "effective")],
    atLeast: 1,
    scope: "below-city",
    text: REGULATION_TEXT,
  },
  {
    kind: "limit",
    id: "A-fee-in-yuan",
    severity: "warning",
    cells: [at("A8.1", "fee")],
    atLeast: 10000,
    scope: "department",
    text: "本年收费金额的单位是万元，一个部门达到 1 亿元以上的很少见，可能按“元”填写了，请核实",
  },
];

export const national2021: FormatDef = {
  id: "national-2021",
  name: "中华人民共和国政府信息公开工作年度报告格式",
  basis: "国办公开办函〔2021〕30号",
  years: { from: 2021, to: null },
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
            { key: "A1.2", label: "行政规范性文件" },
          ],
          columns: [
            { key: "issued", label: "本年制发件数" },
            { key: "repealed", label: "本年废止件数" },
            { key: "effective", label: "现行有效件数" },
          ],
        },
        {
          key: "A5",
          caption: "第二十条第（五）项",
          labelHeader: "信息内容",
          rows: [{ key: "A5.1", label: "行政许可" }],
          columns: [{ key: "decisions", label: "本年处理决定数量" }],
        },
        {
          key: "A6",
          caption: "第二十条第（六）项",
          labelHeader: "信息内容",
          rows: [
            { key: "A6.1", label: "行政处罚" },
            { key: "A6.2", label: "行政强制" },
          ],
          columns: [{ key: "decisions", label: "本年处理决定数量" }],
        },
        {
          key: "A8",
          caption: "第二十条第（八）项",
          labelHeader: "信息内容",
          rows: [{ key: "A8.1", label: "行政事业性收费" }],
          columns: [{ key: "fee", label: "本年收费金额（单位：万元）", kind: "money", unit: "万元" }],
        },
      ],
      rules: tableARules,
    },
    tableB([
      { key: "B3.6", label: "（六）其他处理", parent: "B3", heading: true },
      { key: "B3.6.1", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", parent: "B3.6", role: "part" },
      { key: "B3.6.2", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", parent: "B3.6", role: "part" },
      { key: "B3.6.3", label: "3.其他", parent: "B3.6", role: "part" },
    ]),
    TABLE_C,
  ],
};

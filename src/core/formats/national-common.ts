/**
 * What the 2019 (试行) and 2021 formats share: the six section headings, Table B's header and
 * most of its rows, and Table C, which did not change.
 */
import { cellKey, type ColumnDef, type RowDef, type TableDef } from "./model";

export const NATIONAL_SECTIONS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
] as const;

/** Variants of the section headings seen in real reports (formats.md §2). */
export const NATIONAL_SECTION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  "四、政府信息公开行政复议、行政诉讼情况": ["四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"],
  "五、存在的主要问题及改进情况": ["五、政府信息公开工作存在的主要问题及改进情况"],
};

const TABLE_B_COLUMNS: ColumnDef[] = [
  { key: "applicant", label: "申请人情况", group: true },
  { key: "natural", label: "自然人", parent: "applicant", role: "part" },
  { key: "legalPerson", label: "法人或其他组织", parent: "applicant", group: true },
  { key: "business", label: "商业企业", parent: "legalPerson", role: "part" },
  { key: "research", label: "科研机构", parent: "legalPerson", role: "part" },
  { key: "nonprofit", label: "社会公益组织", parent: "legalPerson", role: "part" },
  { key: "legal", label: "法律服务机构", parent: "legalPerson", role: "part" },
  { key: "other", label: "其他", parent: "legalPerson", role: "part" },
  { key: "total", label: "总计", aliases: ["合计"], parent: "applicant", role: "total", ruleId: "B-R3" },
];

/** Table B's rows before （六）其他处理, identical in 2019 and 2021. */
const TABLE_B_HEAD_ROWS: RowDef[] = [
  { key: "B1", label: "一、本年新收政府信息公开申请数量" },
  { key: "B2", label: "二、上年结转政府信息公开申请数量" },
  { key: "B3", label: "三、本年度办理结果", heading: true },
  { key: "B3.1", label: "（一）予以公开", parent: "B3", role: "part" },
  { key: "B3.2", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", parent: "B3", role: "part" },
  { key: "B3.3", label: "（三）不予公开", parent: "B3", heading: true },
  { key: "B3.3.1", label: "1.属于国家秘密", parent: "B3.3", role: "part" },
  { key: "B3.3.2", label: "2.其他法律行政法规禁止公开", parent: "B3.3", role: "part" },
  { key: "B3.3.3", label: "3.危及“三安全一稳定”", parent: "B3.3", role: "part" },
  { key: "B3.3.4", label: "4.保护第三方合法权益", parent: "B3.3", role: "part" },
  { key: "B3.3.5", label: "5.属于三类内部事务信息", parent: "B3.3", role: "part" },
  { key: "B3.3.6", label: "6.属于四类过程性信息", parent: "B3.3", role: "part" },
  { key: "B3.3.7", label: "7.属于行政执法案卷", parent: "B3.3", role: "part" },
  { key: "B3.3.8", label: "8.属于行政查询事项", parent: "B3.3", role: "part" },
  { key: "B3.4", label: "（四）无法提供", parent: "B3", heading: true },
  { key: "B3.4.1", label: "1.本机关不掌握相关政府信息", parent: "B3.4", role: "part" },
  { key: "B3.4.2", label: "2.没有现成信息需要另行制作", parent: "B3.4", role: "part" },
  { key: "B3.4.3", label: "3.补正后申请内容仍不明确", parent: "B3.4", role: "part" },
  { key: "B3.5", label: "（五）不予处理", parent: "B3", heading: true },
  { key: "B3.5.1", label: "1.信访举报投诉类申请", parent: "B3.5", role: "part" },
  { key: "B3.5.2", label: "2.重复申请", parent: "B3.5", role: "part" },
  { key: "B3.5.3", label: "3.要求提供公开出版物", parent: "B3.5", role: "part" },
  { key: "B3.5.4", label: "4.无正当理由大量反复申请", parent: "B3.5", role: "part" },
  { key: "B3.5.5", label: "5.要求行政机关确认或重新出具已获取信息", parent: "B3.5", role: "part" },
];

/** Table B's rows after （六）, identical in 2019 and 2021. */
const TABLE_B_TAIL_ROWS: RowDef[] = [
  { key: "B3.7", label: "（七）总计", aliases: ["（七）合计"], parent: "B3", role: "total", ruleId: "B-R2" },
  { key: "B4", label: "四、结转下年度继续办理" },
];

/** Table B, given the version's （六）其他处理 rows. */
export function tableB(otherRows: RowDef[]): TableDef {
  return {
    id: "B",
    title: "三、收到和处理政府信息公开申请情况",
    corner: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    blocks: [
      {
        key: "B",
        rows: [...TABLE_B_HEAD_ROWS, ...otherRows, ...TABLE_B_TAIL_ROWS],
        columns: TABLE_B_COLUMNS,
      },
    ],
    rules: [
      {
        kind: "compare",
        id: "B-R1",
        severity: "error",
        perColumn: true,
        left: ["B1", "B2"],
        op: "=",
        right: ["B3.7", "B4"],
        text: "按表中注明的勾稽关系，两者应相等",
      },
    ],
  };
}

const outcomes = (group: string, ruleId: string): ColumnDef[] => [
  { key: `${group}.upheld`, label: "结果维持", parent: group, role: "part" },
  { key: `${group}.corrected`, label: "结果纠正", parent: group, role: "part" },
  { key: `${group}.other`, label: "其他结果", parent: group, role: "part" },
  { key: `${group}.pending`, label: "尚未审结", parent: group, role: "part" },
  { key: `${group}.total`, label: "总计", aliases: ["合计"], parent: group, role: "total", ruleId },
];

/** Table C, unchanged between 2019 and 2021: one data row of 15 cells. */
export const TABLE_C: TableDef = {
  id: "C",
  title: "四、政府信息公开行政复议、行政诉讼情况",
  titleAliases: ["四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"],
  blocks: [
    {
      key: "C",
      rows: [{ key: "C1", label: null }],
      columns: [
        { key: "review", label: "行政复议", group: true },
        ...outcomes("review", "C-review-total"),
        { key: "litigation", label: "行政诉讼", group: true },
        { key: "direct", label: "未经复议直接起诉", parent: "litigation", group: true },
        ...outcomes("direct", "C-direct-total"),
        { key: "afterReview", label: "复议后起诉", parent: "litigation", group: true },
        ...outcomes("afterReview", "C-after-review-total"),
      ],
    },
  ],
  rules: [],
};

/** Table A, both versions: 规章 are made only by bodies at or above the level of 设区的市. */
export const REGULATION_TEXT = "规章只能由国务院部门、省级人民政府和设区的市级人民政府制定；县级及以下机关和多数地方部门应填 0，请核实";

/** Cell key helper for rules written against one row. */
export const at = cellKey;

/**
 * The table quantities a report's text states, as data: for each, the words that stand right
 * before its number, the unit it is counted in, and the table cells that hold it in each format.
 * `stated.ts` reads the numbers of a sentence with this table; `number-checks.ts` compares them.
 *
 * How a quantity is recognised: every number with a unit (`128件`, `1250条`, `1500元`) is taken
 * with the words before it back to the clause start (`，；：（）。`) or the previous number, in the
 * NFKC form of the sentence without spaces (`受理政府信息公开申请 41 件` → `受理政府信息公开申请41件`).
 * The first quantity whose `before` matches those words (anchored at the number) and whose
 * `unless` does not, and whose unit is the number's, is the number's quantity. Order matters:
 * `同意公开答复数` is a disclosure before it is an answer, `结转下年度继续办理` a carry-over before
 * it is a handling.
 *
 * No pattern here uses lookbehind, named groups or the `s` flag: the pane runs in ES2017 web views.
 */
import { cellKey, type CellKey, type FormatId, type TableId } from "../formats/model";
import type { Topic } from "./claims";

export type QuantityUnit = "件" | "条" | "元";

/** Where one format holds a quantity. */
export interface QuantityCells {
  table: TableId;
  /**
   * Readings the text may mean, each a list of cells summed; the first is the one a message names.
   * (`共收到申请6件` may count last year's carry-over in: B 一, or B 一 + B 二.)
   */
  sums: readonly (readonly CellKey[])[];
  /** How a message names a sum of several cells (a heading row's key): `“（三）不予公开”（总计）`. */
  named?: CellKey;
  /** The unit the cells are in, when not the quantity's (the legacy fee row: 万元). */
  tableUnit?: "万元";
}

export interface Quantity {
  id: string;
  /** How a message names what the sentence states: `上年结转`. */
  name: string;
  unit: QuantityUnit;
  /** The words right before the number, `$`-anchored, tested on the clause up to the number. */
  before: RegExp;
  /** The other order, `收到5件政府信息公开申请`: words before the number and after its unit. */
  numberFirst?: { before: RegExp; after: RegExp };
  /** Words anywhere in the clause before the number that make it something else. */
  unless?: RegExp;
  /** The sentence must name this before the number (the subject a list shares: `规范性文件`). */
  subject?: RegExp;
  /** The table cells per format; a format without an entry holds no such number (no comparison). */
  cells: Partial<Record<FormatId, QuantityCells>>;
  /**
   * The older rule that already speaks when one side is zero (`未收到申请` beside a non-zero
   * table, or `收到申请5件` beside a zero one), and the topic of the claims it reads: where the
   * sentence holds such a claim, number-mismatch reports only two non-zero numbers that differ,
   * so no contradiction is reported twice. Where the older patterns read nothing in the sentence
   * (`受理依申请公开事项5件`), number-mismatch reports every difference.
   */
  owner?: { rule: string; topic: Topic };
  /** The cell is a running total (现行有效, 对外公开总数量): `截至`, `累计` do not make it another number. */
  cumulative?: true;
  /** Words a line must contain for this quantity to be stated in it (the prefilter). */
  needs: readonly string[];
}

/** What may stand between the words and the number: `申请数量共计为128件`, `申请 41 件`. */
const FILL = "(?:的)?(?:案件|事项|申请件|申请|件数|总数量|总量|数量|数|总数|共|总计|合计|共计|为|达|计|了)*";

const at = (words: string): RegExp => new RegExp(`(?:${words})${FILL}$`);

const T = (row: string): CellKey => cellKey(row, "total");
const L = (row: string): CellKey => cellKey(row, "value");
const national = (cells: QuantityCells): Partial<Record<FormatId, QuantityCells>> => ({
  "national-2019": cells,
  "national-2021": cells,
});

/** Every applicant at once: `收到公民、法人或其他组织申请5件` is the total, not the 法人 column. */
export const ALL_APPLICANTS = /公民、?法人(?:或|和|及)其他组织/g;
/** A number about one applicant type or channel is a part of a column, not the total. */
const PARTS = /自然人|法人|企业|科研机构|社会公益组织|法律服务机构|当面|现场|网上|网络|在线|信函|邮寄|传真|电子邮件|邮件|电话|其中/;
/**
 * A sentence about the hotline, petitions or service counters counts their cases, not
 * disclosure requests (`12345热线受理来电300件，办结300件`): no number after these words is a
 * table quantity. (`信访举报投诉类申请` is Table B's own row of refused requests.)
 */
export const OFF_TOPIC = /热线|12345|来电|工单|信访(?!举报投诉类)|留言|政务服务/;
/** A running total since some earlier date, not the year's count (`累计主动公开政府信息12000条`). */
export const CUMULATIVE = /累计|历年|截至|截止|以来|至今/;
/** What follows a count that is a duration or another thing counted (`15个工作日`, `3个部门`). */
export const NOT_COUNTED = /^(?:工作日|自然日|月|小时|天|日|周|年度|年|百分点|部门|单位|科室|乡镇|街道|方面|环节|栏目|专栏|网站|平台)/;
/** `上年结转` is this year's table row, not last year's figure: taken out before `OTHER_TIME` is tested. */
export const CARRIED = /上一?年度?结转|结转上一?年度?/g;
/** Another year's number, or a comparison of years. */
export const OTHER_TIME = /上年|上一年|去年|前年|同比|环比|较上|比上|增加|增长|减少|下降|上升|持平|增幅|降幅/;

export const QUANTITIES: readonly Quantity[] = [
  {
    id: "carried",
    name: "上年结转",
    unit: "件",
    before: at("(?:上年度?|上一年度?|去年)(?:度)?结转(?:的)?(?:政府信息公开)?|结转上一?年度?(?:的)?(?:政府信息公开)?"),
    unless: /下一?年|自然人|法人|企业/,
    cells: national({ table: "B", sums: [[T("B2")]] }),
    needs: ["结转"],
  },
  {
    id: "carriedOver",
    name: "结转下年度继续办理",
    unit: "件",
    before: at("(?:结转|转入|转)(?:至|到)?下一?年度?(?:继续办理|办理)?(?:的)?(?:政府信息公开)?"),
    unless: /自然人|法人|企业/,
    cells: national({ table: "B", sums: [[T("B4")]] }),
    needs: ["结转", "转入", "下年"],
  },
  {
    id: "received",
    name: "收到政府信息公开申请",
    unit: "件",
    before: at("(?:收到|受理|接收|接到|新收)[^,;:()]*(?:申请|依申请公开)"),
    numberFirst: { before: /(?:收到|受理|接收|接到)(?:了)?(?:共|共计|合计)?$/, after: /^[^,;:()。]{0,14}申请/ },
    unless: new RegExp(`${PARTS.source}|${OTHER_TIME.source}|复议|诉讼|结转|办结|答复`),
    cells: {
      "legacy-2014": { table: "L", sums: [[L("L3.1")]] },
      ...national({ table: "B", sums: [[T("B1")], [T("B1"), T("B2")]] }),
    },
    owner: { rule: "narrative.requests-contradict", topic: "requests" },
    needs: ["收到", "受理", "接收", "接到", "新收"],
  },
  {
    id: "disclosed",
    name: "予以公开",
    unit: "件",
    before: at("(?:予以公开|同意公开)(?:答复)?"),
    unless: /不予|不同意|部分|自然人|法人|企业/,
    cells: {
      "legacy-2014": { table: "L", sums: [[L("L3.3.2")]] },
      ...national({ table: "B", sums: [[T("B3.1")]] }),
    },
    needs: ["予以公开", "同意公开"],
  },
  {
    id: "partial",
    name: "部分公开",
    unit: "件",
    before: at("部分公开(?:答复)?"),
    unless: /不予|不同意|自然人|法人|企业/,
    cells: {
      "legacy-2014": { table: "L", sums: [[L("L3.3.3")]] },
      ...national({ table: "B", sums: [[T("B3.2")]] }),
    },
    needs: ["部分公开"],
  },
  {
    id: "refused",
    name: "不予公开",
    unit: "件",
    before: at("不予以?公开|不同意公开(?:答复)?"),
    unless: /自然人|法人|企业/,
    cells: {
      "legacy-2014": { table: "L", sums: [[L("L3.3.4")]] },
      ...national({
        table: "B",
        sums: [["B3.3.1", "B3.3.2", "B3.3.3", "B3.3.4", "B3.3.5", "B3.3.6", "B3.3.7", "B3.3.8"].map(T)],
        named: T("B3.3"),
      }),
    },
    needs: ["不予", "不同意"],
  },
  {
    // Legacy 申请办结数; 2019+ has one row for what was handled: （七）总计.
    id: "completed",
    name: "办结",
    unit: "件",
    before: at("(?:办结|办理完毕|处理完毕)(?:了)?(?:政府信息公开)?"),
    unless: new RegExp(`${PARTS.source}|${OTHER_TIME.source}|按时|延期|继续|告知|途径|不予处理|不再处理|其他处理|收到`),
    cells: {
      "legacy-2014": { table: "L", sums: [[L("L3.2")]] },
      ...national({ table: "B", sums: [[T("B3.7")]] }),
    },
    needs: ["办结", "办理完毕", "处理完毕"],
  },
  {
    // `办理130件` may be what was handled to the end (（七）总计) or everything on hand (一 + 二).
    id: "handled",
    name: "办理",
    unit: "件",
    before: at("(?:办理|处理)(?:了)?(?:政府信息公开)?"),
    unless: new RegExp(`${PARTS.source}|${OTHER_TIME.source}|按时|延期|继续|告知|途径|不予处理|不再处理|其他处理|收到`),
    cells: {
      "legacy-2014": { table: "L", sums: [[L("L3.2")], [L("L3.1")]] },
      ...national({ table: "B", sums: [[T("B3.7")], [T("B1"), T("B2")]] }),
    },
    needs: ["办理", "处理"],
  },
  {
    id: "answered",
    name: "答复",
    unit: "件",
    before: at("答复(?:了)?(?:政府信息公开)?"),
    unless: new RegExp(`${PARTS.source}|${OTHER_TIME.source}|同意|属于|范围|按时|延期|收到`),
    cells: {
      "legacy-2014": { table: "L", sums: [[L("L3.3")]] },
      ...national({ table: "B", sums: [[T("B3.7")]] }),
    },
    needs: ["答复"],
  },
  {
    id: "review",
    name: "行政复议",
    unit: "件",
    before: at("行政复议"),
    unless: /维持|纠正|纠错|撤销|其他结果|尚未审结|复议后|经复议|结果/,
    cells: {
      "legacy-2014": { table: "L", sums: [[L("L4")]] },
      ...national({ table: "C", sums: [[cellKey("C1", "review.total")]] }),
    },
    owner: { rule: "narrative.appeals-contradict", topic: "appeals" },
    needs: ["行政复议"],
  },
  {
    id: "litigation",
    name: "行政诉讼",
    unit: "件",
    before: at("行政诉讼"),
    unless: /维持|纠正|纠错|撤销|其他结果|尚未审结|复议后|直接|结果/,
    cells: {
      "legacy-2014": { table: "L", sums: [[L("L5")]] },
      ...national({ table: "C", sums: [[cellKey("C1", "direct.total"), cellKey("C1", "afterReview.total")]] }),
    },
    owner: { rule: "narrative.appeals-contradict", topic: "appeals" },
    needs: ["行政诉讼"],
  },
  {
    id: "documentsIssued",
    name: "制发行政规范性文件",
    unit: "件",
    before: at("(?:制发|制定|印发|出台|新制作|发布)(?:行政)?(?:规范性文件)?"),
    subject: /规范性文件/,
    unless: /规章|废止|现行|有效|清理|修改|修订|备案|解读/,
    cells: {
      "legacy-2014": { table: "L", sums: [[L("L1.1b")]] },
      "national-2019": { table: "A", sums: [[cellKey("A1.2", "made")]] },
      "national-2021": { table: "A", sums: [[cellKey("A1.2", "issued")]] },
    },
    needs: ["规范性文件"],
  },
  {
    id: "documentsRepealed",
    name: "废止行政规范性文件",
    unit: "件",
    before: at("废止(?:行政)?(?:规范性文件)?"),
    subject: /规范性文件/,
    unless: /规章/,
    cells: { "national-2021": { table: "A", sums: [[cellKey("A1.2", "repealed")]] } },
    needs: ["规范性文件"],
  },
  {
    id: "documentsEffective",
    cumulative: true,
    name: "现行有效行政规范性文件",
    unit: "件",
    before: at("现行有效(?:的)?(?:行政)?(?:规范性文件)?"),
    subject: /规范性文件/,
    unless: /规章/,
    cells: { "national-2021": { table: "A", sums: [[cellKey("A1.2", "effective")]] } },
    needs: ["规范性文件"],
  },
  {
    id: "documentsPublished",
    name: "新公开规范性文件",
    unit: "件",
    before: at("新公开(?:行政)?(?:规范性文件)?"),
    subject: /规范性文件/,
    unless: /规章/,
    cells: { "national-2019": { table: "A", sums: [[cellKey("A1.2", "published")]] } },
    needs: ["规范性文件"],
  },
  {
    id: "documentsOpen",
    cumulative: true,
    name: "对外公开规范性文件总数",
    unit: "件",
    before: at("对外公开(?:行政)?(?:规范性文件)?"),
    subject: /规范性文件/,
    unless: /规章/,
    cells: { "national-2019": { table: "A", sums: [[cellKey("A1.2", "total")]] } },
    needs: ["规范性文件"],
  },
  {
    id: "websitePublished",
    name: "政府网站公开政府信息",
    unit: "条",
    before: at("(?:政府|门户)网站(?:上)?(?:主动)?(?:公开|发布)(?:政府)?(?:信息)?"),
    unless: /微博|微信|公报|浏览|访问|点击/,
    cells: { "legacy-2014": { table: "L", sums: [[L("L1.2.2")]] } },
    needs: ["网站"],
  },
  {
    id: "activelyPublished",
    name: "主动公开政府信息",
    unit: "条",
    before: at("主动公开(?:政府)?(?:信息)?"),
    unless: new RegExp(`网站|微博|微信|公报|规范性文件|浏览|访问|点击|${OTHER_TIME.source}`),
    cells: { "legacy-2014": { table: "L", sums: [[L("L1.1")]] } },
    needs: ["主动公开"],
  },
  {
    // 2019+ tables hold no collected fee (B （六）2 is a count): the legacy row 八 only.
    id: "fees",
    name: "收取费用",
    unit: "元",
    before: at("(?:收取|收费|收缴)[^,;:()]*|信息处理费"),
    unless: /行政事业性收费|经费|专项|预算|罚款|减免/,
    cells: { "legacy-2014": { table: "L", sums: [[L("L8")]], tableUnit: "万元" } },
    owner: { rule: "narrative.fees-contradict", topic: "fees" },
    needs: ["费"],
  },
];

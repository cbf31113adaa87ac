/**
 * Text the narrative checks have been tried on: the seed report, the sentence shapes of published
 * reports (narrative.md), the generator's own sentences in every style, the shapes the text-check
 * tests use, and lines that state nothing (names, addresses, data-sheet cells). For comparisons
 * that must hold over all of it (the prefilter changes no finding).
 */
import { FORMAT_IDS } from "../../../src/core/formats";
import type { FormatId } from "../../../src/core/formats/model";
import { STYLES, generateNarrative } from "../../../src/core/narrative";
import { SEED_PROSE } from "../../helpers/narrative-seed";
import { buildTables, type Overrides } from "../../helpers/narrative-tables";

export const YEARS: Readonly<Record<FormatId, number>> = { "legacy-2014": 2017, "national-2019": 2020, "national-2021": 2023 };

/** Published shapes (narrative.md), with other figures. */
export const PUBLISHED_SHAPES: readonly string[] = [
  "2023年，共收到政府信息公开申请128件，其中网上申请97件……上年结转4件。",
  "区政府办代表区政府受理政府信息公开申请 41 件",
  "本年度办结127件，其中予以公开63件，部分公开12件，不予公开9件……结转下年度继续办理5件。",
  "全年共发生政府信息公开行政复议案件3件（维持2件、纠正1件），行政诉讼2件。",
  "本年制发行政规范性文件6件，废止2件，现行有效87件。",
  "全年主动公开政府信息1250条，其中政府网站公开1180条",
  "收取信息处理费 1500 元",
  "2017年度，未有公民、法人或其他组织向我单位申请公开信息情况。",
  "2015年度，本局未收到依申请公开信息的咨询。",
  "2015年度，本局无政府信息公开的收费和减免事项，未收取与政府信息申请有关的任何费用。",
  "2013年度没有依申请公开信息的情况。",
  "2022年，区政府国资局未收到政府信息公开申请。",
  "2024年度，我局没有收到任何形式的依申请公开政府信息申请件。",
  "2021年度，民意乡未收到和处理政府信息公开申请，零报告。",
  "2024年区审计局未收到依申请公开事项，未发生因政府信息公开引发的行政复议和行政诉讼案件。",
  "本年度涉及政府信息公开的行政复议、行政诉讼案件为0件。",
  "年度无行政复议、行政诉讼的情况发生。",
  "2022年，区政府国资局未收取信息处理费。",
  "2023年，因政府信息公开工作被申请行政复议2件；被提起行政诉讼1件。",
  "2023年，我局被申请行政复议1件，目前尚未审结行政复议案件1件。",
  "2023年，申请人未经行政复议直接提起行政诉讼1件，结果维持。",
  "2023年，我局收到5件政府信息公开申请。",
  "2022年收到政府信息公开申请3件，2023年未收到政府信息公开申请。",
  "本年度未收到政府信息公开申请，较上年（2022年收到申请3件）有所减少。",
  "2022年，我局共收到政府信息公开申请30件。全年办结30件，结转下年度2件。",
  "2020年，本机关新制作规范性文件3件，新公开规范性文件3件，对外公开规范性文件总数量40件。",
  "2017年度，我单位依申请公开政府信息收取费用0.15万元。",
  "2023年，我局依据《政府信息公开信息处理费管理办法》发出收费通知1件，申请人逾期未缴纳，未收取信息处理费。",
  "某某区审计局2022年政府信息公开工作年度报告",
  "三、收到和处理政府信息公开申请情况",
  "六、其他需要报告的事项",
  "无其他需要报告的事项。",
];

/** Lines that state nothing: what data sheets and forms hold. */
export const NOISE: readonly string[] = [
  "张三",
  "某某街道办事处",
  "联系电话：0571-12345678",
  "地址：某市某区人民路1号",
  "2023年1月31日",
  "政府网站全年浏览量12万次",
  "全年通过12345热线受理群众来电300件，办结300件来电工单。",
  "召开专题会议3次，举办培训2次，培训人员50人次。",
  "同比增长 12 件",
  "合计",
];

/** Tables the corpus is checked against: all zero, and one with every quantity non-zero. */
export const NON_ZERO: Readonly<Record<FormatId, Overrides>> = {
  "legacy-2014": {
    L: { "L1.1|value": 1205, "L1.2.2|value": 1100, "L3.1|value": 12, "L3.2|value": 11, "L3.3|value": 12, "L3.3.2|value": 7, "L4|value": 1, "L5|value": 2, "L8|value": 0.2 },
  },
  "national-2019": {
    A: { "A1.2|made": 2, "A1.2|published": 3, "A1.2|total": 41 },
    B: { "B1|total": 41, "B2|total": 4, "B3.1|total": 60, "B3.2|total": 12, "B3.7|total": 120, "B4|total": 5 },
    C: { "C1|review.total": 2, "C1|direct.total": 1 },
  },
  "national-2021": {
    A: { "A1.2|issued": 6, "A1.2|repealed": 1, "A1.2|effective": 80 },
    B: { "B1|total": 128, "B2|total": 3, "B3.1|total": 63, "B3.3.1|total": 9, "B3.7|total": 127, "B3.6.2|total": 1, "B4|total": 4 },
    C: { "C1|review.total": 3, "C1|afterReview.total": 2 },
  },
};

/** The generator's paragraphs (with headings) for a format, every style, zero and non-zero tables. */
export function generatedLines(format: FormatId): string[] {
  const out: string[] = [];
  for (const overrides of [{}, NON_ZERO[format]]) {
    const tables = buildTables(format, YEARS[format], overrides).tables;
    for (const style of STYLES) {
      const n = generateNarrative(tables, { subject: "我局", style: style.id, feesCollected: 300, proposals: 0 });
      out.push(...n.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)]));
    }
  }
  return out;
}

/** Every line of the corpus, for a format. */
export function corpus(format: FormatId): string[] {
  return [...SEED_PROSE, ...PUBLISHED_SHAPES, ...generatedLines(format), ...NOISE];
}

export { FORMAT_IDS };

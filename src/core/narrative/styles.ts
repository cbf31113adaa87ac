/**
 * The wordings on offer for the "nothing happened" statements, each taken from published reports
 * (narrative.md). `standard` is the seed report's own wording for the legacy era and the most
 * common wording of 2019+ reports; the others are real variants an agency may prefer.
 *
 * `S` is the subject the user chose (`我单位`, `区审计局`), `Y` the report year.
 */
import type { StyleId } from "./types";

/** Legacy (≤ 2018) and national (2019+) reports word the sections differently. */
export type Era = "legacy" | "national";

export interface ZeroWording {
  requests: (Y: number, S: string) => string;
  appeals: (Y: number, S: string) => string;
  /** Legacy: 收费及减免 (table row 八). National: 信息处理费; `noticeRow` when 2021's B3.6.2 is in the basis. */
  fees: (Y: number, S: string, noticeRow: boolean) => string;
  /** Legacy section 八. */
  proposals: (Y: number, S: string) => string;
}

export interface StyleDef {
  id: StyleId;
  /** Chinese name for a picker. */
  name: string;
  description: string;
  /** How a factual sentence opens: `2023年，` / `2023年度，` / `2023年度`. */
  lead: (era: Era, Y: number) => string;
  zero: Record<Era, ZeroWording>;
}

const standard: StyleDef = {
  id: "standard",
  name: "标准",
  description: "与样例报告一致：2018年及以前用“2017年度，未有公民、法人或其他组织向我单位申请公开信息情况。”；2019年起用“2022年，区政府国资局未收到政府信息公开申请。”",
  lead: (era, Y) => (era === "legacy" ? `${Y}年度，` : `${Y}年，`),
  zero: {
    legacy: {
      requests: (Y, S) => `${Y}年度，未有公民、法人或其他组织向${S}申请公开信息情况。`,
      fees: (Y, S) => `${Y}年度，${S}无政府信息公开收费及减免情况。`,
      appeals: (Y, S) => `${Y}年度，${S}没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。`,
      proposals: (Y, S) => `${Y}年度，${S}无人大政协建议提案办理事项。`,
    },
    national: {
      requests: (Y, S) => `${Y}年，${S}未收到政府信息公开申请。`,
      fees: (Y, S) => `${Y}年，${S}未收取信息处理费。`,
      appeals: (Y, S) => `${Y}年，${S}未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。`,
      proposals: (Y, S) => `${Y}年，${S}无人大政协建议提案办理事项。`,
    },
  },
};

const concise: StyleDef = {
  id: "concise",
  name: "简明",
  description: "一句话说明，如“2017年度本单位未收到政府信息公开申请。”",
  lead: (_era, Y) => `${Y}年度`,
  zero: {
    legacy: {
      requests: (Y, S) => `${Y}年度${S}未收到政府信息公开申请。`,
      fees: (Y, S) => `${Y}年度${S}未收取政府信息公开相关费用。`,
      appeals: (Y, S) => `${Y}年度${S}无因政府信息公开申请引起的行政复议、行政诉讼。`,
      proposals: (Y, S) => `${Y}年度${S}无人大代表建议和政协委员提案办理事项。`,
    },
    national: {
      requests: (Y, S) => `${Y}年度${S}未收到政府信息公开申请。`,
      fees: (Y, S) => `${Y}年度${S}未收取信息处理费。`,
      appeals: (Y, S) => `${Y}年度${S}未发生政府信息公开行政复议、行政诉讼案件。`,
      proposals: (Y, S) => `${Y}年度${S}无人大代表建议和政协委员提案办理事项。`,
    },
  },
};

const detailed: StyleDef = {
  id: "detailed",
  name: "详细",
  description: "说明更完整，如“2021年度，民意乡未收到和处理政府信息公开申请，零报告。”",
  lead: (_era, Y) => `${Y}年度，`,
  zero: {
    legacy: {
      requests: (Y, S) => `${Y}年度，${S}没有收到任何形式的政府信息公开申请。`,
      fees: (Y, S) => `${Y}年度，${S}无政府信息公开的收费和减免事项，未收取与政府信息公开申请有关的任何费用。`,
      appeals: (Y, S) => `${Y}年度，${S}未发生因政府信息公开申请引发的行政复议和行政诉讼案件。`,
      proposals: (Y, S) => `${Y}年度，${S}无人大代表建议和政协委员提案办理事项。`,
    },
    national: {
      // Zero only when new requests and last year's carry-over are both 0: "收到和处理" says both.
      requests: (Y, S) => `${Y}年度，${S}未收到和处理政府信息公开申请，零报告。`,
      fees: (Y, S, noticeRow) => (noticeRow ? `${Y}年度，${S}未收取信息处理费，无因申请人逾期未缴纳信息处理费而不再处理的申请。` : `${Y}年度，${S}未收取信息处理费。`),
      appeals: (Y, S) => `${Y}年度，${S}未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况，行政复议、行政诉讼各项数据均为0。`,
      proposals: (Y, S) => `${Y}年度，${S}无人大代表建议和政协委员提案办理事项。`,
    },
  },
};

/** The styles, the default first. */
export const STYLES: readonly StyleDef[] = [standard, concise, detailed];

export const DEFAULT_STYLE: StyleId = "standard";

export function styleDef(id: StyleId): StyleDef {
  const found = STYLES.find((s) => s.id === id);
  if (!found) throw new Error(`unknown style ${id}`);
  return found;
}

export function isStyleId(s: string): s is StyleId {
  return STYLES.some((d) => d.id === s);
}

/**
 * Self-references seen in reports, for a picker; the agency's short name (`区审计局`) is the
 * other choice. `我单位` is the seed report's.
 */
export const SELF_REFERENCES: readonly string[] = ["我单位", "我局", "本机关", "本局", "本单位", "我委", "我办", "我乡", "我镇"];

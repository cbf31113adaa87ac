/**
 * Units as tables state them: in a header (`本年收费金额（单位：元）`, `采购总金额(万元)`) or in
 * the legacy table's 单位 column (`万元`, `件`).
 */
import { normalizeLabel } from "../normalize";

/** Units a statistics table may name; longest first so `万元` wins over `元`. */
const UNITS = ["人次", "万元", "亿元", "千元", "元", "条", "件", "次", "篇", "个", "人", "项", "家", "宗", "份"];
const UNIT_ALTERNATION = UNITS.join("|");

/** `（单位：元）`, `(元)`, `单位:万元` at the end of a header. */
const HEADER_UNIT = new RegExp(`(?:\\((?:单位:?)?(${UNIT_ALTERNATION})\\)|单位:?(${UNIT_ALTERNATION}))$`);

/** The unit a header states, or null when it states none. */
export function headerUnit(header: string): string | null {
  const m = HEADER_UNIT.exec(normalizeLabel(header));
  return m ? (m[1] ?? m[2]) : null;
}

/**
 * A 单位 cell's unit (`万元`, `（万元）`, `单位：万元`), or null when it holds no known unit.
 * Takes the cell's normalised text (`SheetView.norm`), which the sheet has already computed.
 */
export function unitOf(normalized: string): string | null {
  if (normalized === "") return null;
  const n = normalized.replace(/^\((.*)\)$/, "$1").replace(/^单位:?/, "");
  return UNITS.includes(n) ? n : null;
}

const MONEY = ["万元", "亿元", "千元", "元"];

/** 元, 万元 and the like: units a money column may be declared in. */
export const isMoneyUnit = (unit: string): boolean => MONEY.includes(unit);

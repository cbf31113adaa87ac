/**
 * Fees. Legacy (section 四): the table's row 八 (依申请公开信息收取的费用, 万元) decides.
 * 2019+ (section 六): 信息处理费 (条例第四十二条; 国办函〔2020〕109号) are not in the tables. The
 * 2021 table tells only how many requests were dropped because the applicant did not pay a fee
 * notice (B3.6.2); whether any fee was collected is the user's input (`feesCollected`, 元). When
 * it is not given, no sentence claims anything about fees collected, and a notice asks for it.
 */
import { cellKey } from "../formats/model";
import { paragraph, sectionHeading, type Context, type Outcome } from "./compose";
import { gatherNotices, inputNeededNotice, tableMissingNotice } from "./notices";
import { countText, wanText, yuanText } from "./numbers";
import { complete, findTable, gather, isZero, valueOf } from "./values";
import type { BasisEntry } from "./types";

const FEE_ROW = cellKey("L8", "value");
const NOTICE_ROW = cellKey("B3.6.2", "total");

function legacyFees(ctx: Context): Outcome {
  const section = sectionHeading(ctx, "四");
  const table = findTable(ctx.tables, "L", ctx.format.id, ctx.year);
  if (!table) return { notices: [tableMissingNotice(section, "L", ctx.tables[0])] };
  const g = gather(table, [FEE_ROW]);
  if (!complete(g)) return { notices: gatherNotices(section, g) };
  const fee = valueOf(g, FEE_ROW);
  const S = ctx.subject;
  if (isZero(fee)) {
    const text = ctx.style.zero.legacy.fees(ctx.year, S, false);
    return { paragraph: paragraph(ctx, "fees", section, "zero", text, g.basis), notices: [] };
  }
  const text = `${ctx.style.lead("legacy", ctx.year)}${S}依申请公开政府信息收取费用${wanText(fee)}万元。`;
  return { paragraph: paragraph(ctx, "fees", section, "facts", text, g.basis), notices: [] };
}

const UNPAID = "因申请人逾期未按收费通知要求缴纳费用，不再处理";

function nationalFees(ctx: Context): Outcome {
  const section = sectionHeading(ctx, "六");
  const withNoticeRow = ctx.format.id === "national-2021";
  const basis: BasisEntry[] = [];
  let unpaid = 0;
  let sheet = ctx.tables[0]?.sheet ?? "";
  if (withNoticeRow) {
    const table = findTable(ctx.tables, "B", ctx.format.id, ctx.year);
    if (!table) return { notices: [tableMissingNotice(section, "B", ctx.tables[0])] };
    sheet = table.sheet;
    const g = gather(table, [NOTICE_ROW]);
    if (!complete(g)) return { notices: gatherNotices(section, g) };
    unpaid = valueOf(g, NOTICE_ROW);
    basis.push(...g.basis);
  }
  const fees = ctx.options.feesCollected;
  basis.push({ source: "input", key: "feesCollected", value: fees ?? null });
  const S = ctx.subject;
  const lead = ctx.style.lead("national", ctx.year);
  const n = countText(unpaid);

  if (fees === undefined) {
    const notice = inputNeededNotice(
      section,
      "统计表中没有本年实际收取的信息处理费金额，未生成收费情况的表述；请填写本年收取的信息处理费（单位：元，未收取填 0）后重新生成",
      ctx.format.id,
      sheet,
    );
    if (isZero(unpaid)) return { notices: [notice] };
    // What the table does say is stated; nothing is claimed about fees collected.
    const text = `${lead}${S}有${n}件政府信息公开申请${UNPAID}。`;
    return { paragraph: paragraph(ctx, "fees", section, "facts", text, basis), notices: [notice] };
  }
  if (isZero(fees) && isZero(unpaid)) {
    const text = ctx.style.zero.national.fees(ctx.year, S, withNoticeRow);
    return { paragraph: paragraph(ctx, "fees", section, "zero", text, basis), notices: [] };
  }
  const text = isZero(fees)
    ? `${lead}${S}未实际收取信息处理费；有${n}件政府信息公开申请${UNPAID}。`
    : `${lead}${S}依据《政府信息公开信息处理费管理办法》收取信息处理费${yuanText(fees)}元` + (isZero(unpaid) ? "。" : `；另有${n}件申请${UNPAID}。`);
  return { paragraph: paragraph(ctx, "fees", section, "facts", text, basis), notices: [] };
}

export function feesStatement(ctx: Context): Outcome {
  return ctx.era === "legacy" ? legacyFees(ctx) : nationalFees(ctx);
}

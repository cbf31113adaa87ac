/**
 * Legacy section 八 (`八、{year}年度人大政协建议提案办理总体情况`, the seed's): the number of
 * 人大代表建议 and 政协委员提案 handled is not in the statistics table, so it is the user's input.
 */
import { paragraph, sectionHeading, type Context, type Outcome } from "./compose";
import { inputNeededNotice } from "./notices";
import { countText } from "./numbers";

export function proposalsStatement(ctx: Context): Outcome {
  if (ctx.era !== "legacy") return { notices: [] };
  const section = sectionHeading(ctx, "八");
  const n = ctx.options.proposals;
  if (n === undefined)
    return {
      notices: [
        inputNeededNotice(
          section,
          "统计表中没有人大代表建议和政协委员提案的办理件数，未生成该节表述；请填写本年办理的件数（没有的填 0）后重新生成",
          ctx.format.id,
          ctx.tables[0]?.sheet ?? "",
        ),
      ],
    };
  const basis = [{ source: "input" as const, key: "proposals", value: n }];
  if (n === 0) {
    const text = ctx.style.zero.legacy.proposals(ctx.year, ctx.subject);
    return { paragraph: paragraph(ctx, "proposals", section, "zero", text, basis), notices: [] };
  }
  const text = `${ctx.style.lead("legacy", ctx.year)}${ctx.subject}共办理人大代表建议和政协委员提案${countText(n)}件。`;
  return { paragraph: paragraph(ctx, "proposals", section, "facts", text, basis), notices: [] };
}

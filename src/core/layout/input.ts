/**
 * What a user asks a template for: a format, a report year and an agency. Wrong requests get a
 * Chinese message saying what is wrong and what to give instead, because the command line and the
 * pane show it as it is.
 */
import { FORMATS, formatForYear, formatShortName, isFormatId } from "../formats";
import type { FormatId } from "../formats/model";

/** A request the template cannot be made for; `message` is for the user. */
export class TemplateInputError extends Error {
  constructor(
    readonly field: "format" | "year" | "agency",
    message: string,
    /** The format the year requires, when that is what is wrong (the command line names its id). */
    readonly expected?: FormatId,
  ) {
    super(message);
    this.name = "TemplateInputError";
  }
}

/** 政府信息公开条例 took effect in 2008: the first annual reports are for that year. */
export const FIRST_REPORT_YEAR = 2008;
const LAST_YEAR = 2100;

/** The agency name as it goes into the title, or an error saying what to fix. */
export function checkTemplateInput(format: string, year: number, agency: string): { format: FormatId; agency: string } {
  if (!isFormatId(format)) {
    throw new TemplateInputError("format", `格式“${format}”不存在，请填写 ${Object.keys(FORMATS).join("、")} 之一`);
  }
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > LAST_YEAR) {
    throw new TemplateInputError("year", `报告年度“${year}”无效，请填写 ${FIRST_REPORT_YEAR} 年以后的四位数年份，例如 2025`);
  }
  const expected = formatForYear(year).id;
  if (expected !== format) {
    throw new TemplateInputError(
      "format",
      `${year} 年度的报告应使用${formatShortName(expected)}，不能使用${formatShortName(format)}；请改用${formatShortName(expected).replace(/（[^（）]*）$/, "")}`,
      expected,
    );
  }
  const name = agency.trim();
  if (/[\r\n\t]/.test(name)) {
    throw new TemplateInputError("agency", "单位名称不能包含换行或制表符，请填写一行，例如 XX市审计局");
  }
  if (name.length > 60) {
    throw new TemplateInputError("agency", `单位名称过长（${name.length} 个字），请填写不超过 60 个字的单位全称`);
  }
  return { format, agency: name };
}

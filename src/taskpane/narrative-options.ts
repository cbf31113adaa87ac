/**
 * Reading the 报告正文 form into the generator's options: the year and the two inputs typed as
 * text (full-width digits, a trailing 元 or 件 accepted), each problem a Chinese message for its
 * field. Part of the narrative chunk.
 */
import { selfReferenceFor, type NarrativeOptions } from "../core/narrative";
import type { NarrativeDefaults, NarrativeField, NarrativeForm } from "./narrative-form";

const halfWidth = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "");

/** A problem with one field of the form. */
export class FieldError extends Error {
  constructor(
    readonly field: NarrativeField,
    message: string,
  ) {
    super(message);
    this.name = "FieldError";
  }
}

/** `300`, `３００元`, `1,250.5` → a number of 元; "" → undefined. */
export function parseFees(text: string): number | undefined {
  const s = halfWidth(text).replace(/元$/, "").replace(/,/g, "");
  if (s === "") return undefined;
  if (!/^\d+(?:\.\d*)?$/.test(s)) throw new FieldError("fees", `信息处理费“${text.trim()}”不是金额：请填写本年收取的金额，单位为元，例如 300；未收取填 0；不清楚可留空`);
  return Number(s);
}

/** `3`, `３件` → 3; "" → undefined. */
export function parseProposals(text: string): number | undefined {
  const s = halfWidth(text).replace(/件$/, "");
  if (s === "") return undefined;
  if (!/^\d+$/.test(s)) throw new FieldError("proposals", `建议提案件数“${text.trim()}”不是整数：请填写本年办理的件数，例如 3；没有的填 0；不清楚可留空`);
  return Number(s);
}

/** The year typed, or the default; null when neither says. */
export function parseNarrativeYear(form: NarrativeForm, defaults: NarrativeDefaults): number | null {
  if (form.yearText === null || form.yearText.trim() === "") return defaults.year;
  const s = halfWidth(form.yearText).replace(/年度?$/, "");
  if (!/^\d{4}$/.test(s)) throw new FieldError("year", `报告年度“${form.yearText.trim()}”不是四位数年份，请填写例如 ${defaults.year ?? 2025}`);
  return Number(s);
}

/** The agency for the title: as typed, else the default. */
export function agencyOf(form: NarrativeForm, defaults: NarrativeDefaults): string {
  return (form.agency ?? defaults.agency).trim();
}

/** The generator's options from the form; throws `FieldError` for what cannot be read. */
export function narrativeOptions(form: NarrativeForm, defaults: NarrativeDefaults): NarrativeOptions {
  const year = parseNarrativeYear(form, defaults);
  // Unless the user says, the agency's kind decides: 我局 for a 局, 我委 for a 委 …, else 我单位.
  const subject = (form.subject ?? selfReferenceFor(agencyOf(form, defaults))).trim();
  if (subject === "") throw new FieldError("subject", "请填写正文中对本机关的称谓，例如“我局”，或本机关简称如“区审计局”");
  const options: NarrativeOptions = { subject, style: form.style };
  if (year !== null) options.year = year;
  const fees = parseFees(form.feesText);
  if (fees !== undefined) options.feesCollected = fees;
  const proposals = parseProposals(form.proposalsText);
  if (proposals !== undefined) options.proposals = proposals;
  return options;
}

/**
 * The 报告正文 section's state and choices: how the text names the agency, the wording, the report
 * year and agency (defaulting to what the tables and the remembered template choice say), and
 * the two facts not in the tables — 信息处理费 collected (2019+) and 人大政协建议提案 handled
 * (legacy) — typed as text and read here, with a Chinese message for what cannot be read.
 */
import type { FormatId } from "../core/formats/model";
import type { Finding } from "../core/types";
import type { NarrativeOptions, StyleId } from "../core/narrative";

export type NarrativeField = "subject" | "style" | "year" | "agency" | "fees" | "proposals";

export interface NarrativeForm {
  /** Whether the section is open (it is, until the user folds it). */
  open: boolean;
  /** A self-reference picked (`我局`), or the short name typed; null = from the agency's name. */
  subject: string | null;
  /** The user types the agency's short name instead of picking a self-reference. */
  customSubject: boolean;
  style: StyleId;
  /** As typed; null = the tables' year. */
  yearText: string | null;
  /** The full name for the sheet's title, as typed; null = from the tables' title or the remembered choice. */
  agency: string | null;
  /** 信息处理费 collected, 元, as typed ("" = not given). */
  feesText: string;
  /** 人大政协建议提案 handled, as typed ("" = not given). */
  proposalsText: string;
  error: { field: NarrativeField | null; message: string } | null;
}

/** What the workbook suggests, refreshed after each check. */
export interface NarrativeDefaults {
  agency: string;
  year: number | null;
  format: FormatId | null;
}

export interface NarrativePreview {
  year: number;
  format: FormatId;
  subject: string;
  /** Sections with generated paragraphs, in order. */
  sections: Array<{ heading: string; paragraphs: string[] }>;
  /** Why a statement was not generated (blank cells: no boilerplate), shown as they are. */
  notices: Finding[];
  /** What 复制正文 puts on the clipboard. */
  text: string;
  /** The sheet 生成正文 writes, and whether it exists already (then it is updated). */
  sheet: string;
  update: boolean;
}

export interface NarrativeResult {
  /** What was done, in one line; or what went wrong (`problem`). */
  notice: string;
  problem: boolean;
  /** Paragraphs left as they are, each with why. */
  kept: Array<{ heading: string; message: string }>;
}

export interface NarrativeState {
  /** The narrative chunk: loaded after the first check. */
  module: "idle" | "loading" | "ready" | "failed";
  form: NarrativeForm;
  defaults: NarrativeDefaults;
  /** The choices the module offers, once loaded. */
  catalog: { styles: Array<{ id: StyleId; name: string; description: string }>; selfReferences: string[] } | null;
  preview: NarrativePreview | null;
  /** One notice per narrative sheet whose numbers changed since it was written. */
  stale: string[];
  generating: boolean;
  result: NarrativeResult | null;
  copied: { ok: boolean; message: string } | null;
}

export function initialNarrativeState(): NarrativeState {
  return {
    module: "idle",
    form: {
      open: true,
      subject: null,
      customSubject: false,
      style: "standard",
      yearText: null,
      agency: null,
      feesText: "",
      proposalsText: "",
      error: null,
    },
    defaults: { agency: "", year: null, format: null },
    catalog: null,
    preview: null,
    stale: [],
    generating: false,
    result: null,
    copied: null,
  };
}

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
  if (!/^\d+(?:\.\d*)?$/.test(s))
    throw new FieldError("fees", `信息处理费“${text.trim()}”不是金额：请填写本年收取的金额，单位为元，例如 300；未收取填 0；不清楚可留空`);
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

/**
 * The generator's options from the form. `selfReferenceFor` is the module's rule for the default
 * self-reference; `format` (the tables' or the year's) decides which of the two inputs applies.
 */
export function narrativeOptions(
  form: NarrativeForm,
  defaults: NarrativeDefaults,
  selfReferenceFor: (agency: string) => string,
): NarrativeOptions {
  const year = parseNarrativeYear(form, defaults);
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

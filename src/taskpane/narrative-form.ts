/**
 * The 报告正文 section's state: the choices as typed — how the text names the agency, the wording,
 * the report year and agency (defaulting to what the tables and the remembered template choice
 * say), the two facts not in the tables, 信息处理费 collected (2019+) and 人大政协建议提案 handled
 * (legacy) — and what the narrative chunk computed from them (`narrative-options.ts` reads them).
 */
import type { FormatId } from "../core/formats/model";
import type { Finding } from "../core/types";
import type { StyleId } from "../core/narrative";

/** The self-reference picker's entry for typing the agency's short name instead. */
export const CUSTOM_SUBJECT = "__short-name__";

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
  /**
   * 生成正文 was clicked while the tables have errors: the question asked before writing (the
   * sentences would repeat numbers that do not add up). Null when nothing is asked.
   */
  confirm: { errors: number } | null;
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
    confirm: null,
    result: null,
    copied: null,
  };
}

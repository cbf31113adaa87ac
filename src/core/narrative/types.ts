/**
 * What the narrative generator takes and gives. A host (the add-in's 生成正文, the command line's
 * `nianbao narrative`) passes the located tables and a few choices, and gets, for every section of
 * the format, the paragraphs the numbers support — each carrying the cells it was made from, so
 * the host can later tell whether the numbers have changed since (see `stale.ts`, `update.ts`).
 */
import type { FormatId, TableId } from "../formats/model";
import type { Finding } from "../types";

/**
 * The statements the tables (or the user's inputs) decide:
 * - `requests`: 依申请公开 / 收到和处理政府信息公开申请;
 * - `fees`: 收费及减免 (legacy, from the table) or 信息处理费 (2019+, from the user's input);
 * - `appeals`: 因政府信息公开申请行政复议、行政诉讼;
 * - `proposals`: legacy section 八, 人大建议和政协提案 (not in the table: the user's input).
 */
export type ParagraphId = "requests" | "fees" | "appeals" | "proposals";

/** The named wordings on offer; the first is the seed report's (and the most common) wording. */
export type StyleId = "standard" | "concise" | "detailed";

/** One number a paragraph was generated from. */
export interface BasisEntry {
  /** The table of the format that holds it (`L`, `B`, `C`), or `input` for what the user supplied. */
  source: TableId | "input";
  /** A cell key (`B1|total`, `L3.1|value`) or, for inputs, `year` / `feesCollected` / `proposals`. */
  key: string;
  /** The value read; `null` only for an input the user did not give. */
  value: number | null;
  /** Where a table value was read (for display only: staleness goes by key, not by address). */
  sheet?: string;
  cell?: string;
}

export interface NarrativeParagraph {
  id: ParagraphId;
  /** The section heading it stands under, verbatim from the format, `{year}` filled in. */
  section: string;
  /** `zero`: the standard "nothing happened" statement; `facts`: a sentence stating the numbers. */
  kind: "zero" | "facts";
  text: string;
  basis: BasisEntry[];
  /** `fingerprint(text)`: store it beside the text to tell later whether the user edited it. */
  fingerprint: string;
}

export interface NarrativeSection {
  /** Verbatim heading from the format's `sections`, `{year}` filled in. */
  heading: string;
  /** Generated paragraphs, in reading order; empty for sections the numbers say nothing about. */
  paragraphs: NarrativeParagraph[];
}

/** The whole result of one generation. */
export interface Narrative {
  format: FormatId;
  year: number;
  subject: string;
  style: StyleId;
  /** Every section of the format, in order (so a host can write the report's skeleton). */
  sections: NarrativeSection[];
  /** The same paragraphs as in `sections`, flat, in order. */
  paragraphs: NarrativeParagraph[];
  /**
   * Why a statement was not generated: blank or unreadable cells (blank is not zero), rows the
   * locator did not find, facts not in the table (信息处理费 collected, 人大政协建议提案).
   */
  notices: Finding[];
}

/** What the user chooses. */
export interface NarrativeOptions {
  /** The report year; defaults to the year the located tables name. */
  year?: number;
  /**
   * How the text names the agency: a self-reference (`我局`, `我单位`, `本机关`, see
   * `SELF_REFERENCES`) or the agency's short name (`区审计局`).
   */
  subject: string;
  /** Default `standard` (the seed report's wording). */
  style?: StyleId;
  /** The format whose sections to write; defaults to the located tables' format, then the year's. */
  format?: FormatId;
  /**
   * 2019+ only: 信息处理费 collected in the year, in 元 (yuan, up to 2 decimals). The tables do
   * not hold it. Yuan because the fees are small (tens to hundreds of yuan per request under
   * 国办函〔2020〕109号) and reports write them in 元; the legacy table's own fee row (万元) is
   * read from the table instead and this input is ignored there. Leave undefined when unknown:
   * no sentence claims a fee then, and a notice asks for it.
   */
  feesCollected?: number;
  /**
   * Legacy only (section 八): the number of 人大代表建议 and 政协委员提案 handled in the year.
   * Not in the table; undefined = unknown (a notice asks for it).
   */
  proposals?: number;
}

/** Current inputs to compare a paragraph's input basis with (only the keys given are compared). */
export interface StaleInputs {
  year?: number;
  feesCollected?: number | null;
  proposals?: number | null;
}

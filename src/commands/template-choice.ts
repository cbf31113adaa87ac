/**
 * Which table the 插入统计表 button inserts: a format, a report year and an agency. Pure, so the
 * date rules are tested without Office.
 *
 * The workbook setting `nianbao.templateChoice` (see `TEMPLATE_CHOICE_SETTING`) holds the user's
 * last choice, written by the pane when the user inserts a table there:
 * `{ year: 2025, format: "national-2021", agency: "XX市审计局", season: 2025 }`, where `season`
 * is the reporting year in effect on the day of the choice (`reportingYear(that day)`).
 */
import { formatForYear, isFormatId } from "../core/formats";
import type { FormatId } from "../core/formats/model";
import { reportingYear } from "../core/reporting-year";

/** Workbook setting holding the last choice (`RememberedChoice`). */
export const TEMPLATE_CHOICE_SETTING = "nianbao.templateChoice";

export interface TemplateChoice {
  format: FormatId;
  year: number;
  agency: string;
}

export interface RememberedChoice extends TemplateChoice {
  /** The reporting year in effect when the choice was made. */
  season: number;
}

/** The report year of a date: the core's one rule (`src/core/reporting-year.ts`). */
export { reportingYear };

/** What a setting holds, if it is a remembered choice; anything malformed counts as none. */
export function parseRemembered(raw: unknown): Partial<RememberedChoice> {
  if (typeof raw !== "object" || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: Partial<RememberedChoice> = {};
  if (typeof r.year === "number" && Number.isInteger(r.year)) out.year = r.year;
  if (typeof r.season === "number" && Number.isInteger(r.season)) out.season = r.season;
  if (typeof r.format === "string" && isFormatId(r.format)) out.format = r.format;
  if (typeof r.agency === "string") out.agency = r.agency;
  return out;
}

/**
 * The button's table. The remembered agency is always used (it does not go stale). The
 * remembered year is used only when it was chosen in the same reporting season as today: a
 * choice made for last season (say 2024, remembered in a workbook reopened in 2026) must not
 * silently produce last season's table, so then the button takes today's reporting year.
 * The format is the one the year uses (each year has exactly one); a remembered format that does
 * not fit the year is ignored.
 */
export function choiceFor(remembered: unknown, today: Date): TemplateChoice {
  const r = parseRemembered(remembered);
  const season = reportingYear(today);
  const year = r.year !== undefined && r.season === season ? r.year : season;
  const format = formatForYear(year).id;
  return { format, year, agency: r.agency ?? "" };
}

/** The setting's value for a choice made on `today` (what the pane stores). */
export function rememberChoice(choice: TemplateChoice, today: Date): RememberedChoice {
  return { format: choice.format, year: choice.year, agency: choice.agency.trim(), season: reportingYear(today) };
}

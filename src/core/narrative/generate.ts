/**
 * The narrative of one report: for every section of the format, the paragraphs the numbers
 * support, in the chosen wording, with the year and the agency filled in.
 */
import type { LocatedTable } from "../located";
import type { Finding } from "../types";
import { appealsStatement } from "./appeals";
import { sectionHeading, type Context, type Outcome } from "./compose";
import { feesStatement } from "./fees";
import { NarrativeOptionsError, checkNarrativeOptions, resolveFormat, resolveYear } from "./options";
import { proposalsStatement } from "./proposals";
import { requestsStatement } from "./requests";
import { DEFAULT_STYLE, styleDef } from "./styles";
import type { Narrative, NarrativeOptions, NarrativeParagraph, NarrativeSection } from "./types";

/**
 * Generate the statements the located tables decide. Throws `NarrativeOptionsError` (Chinese
 * problems) when the options cannot be used; problems with the tables come back as `notices`.
 */
export function generateNarrative(tables: readonly LocatedTable[], options: NarrativeOptions): Narrative {
  const problems = checkNarrativeOptions(options);
  if (problems.length > 0) throw new NarrativeOptionsError(problems);
  const year = resolveYear(options, tables);
  const format = resolveFormat(options, tables, year);
  const style = styleDef(options.style ?? DEFAULT_STYLE);
  const ctx: Context = {
    format,
    era: format.id === "legacy-2014" ? "legacy" : "national",
    year,
    subject: options.subject.trim(),
    style,
    tables,
    options,
  };

  const outcomes: Outcome[] = [requestsStatement(ctx), feesStatement(ctx), appealsStatement(ctx), proposalsStatement(ctx)];
  const generated: NarrativeParagraph[] = outcomes.flatMap((o) => (o.paragraph ? [o.paragraph] : []));
  const notices: Finding[] = outcomes.flatMap((o) => o.notices);

  const sections: NarrativeSection[] = format.sections.map((raw) => {
    const numeral = raw.slice(0, raw.indexOf("、"));
    const heading = sectionHeading(ctx, numeral);
    return { heading, paragraphs: generated.filter((p) => p.section === heading) };
  });
  return {
    format: format.id,
    year,
    subject: ctx.subject,
    style: style.id,
    sections,
    paragraphs: sections.flatMap((s) => s.paragraphs),
    notices,
  };
}

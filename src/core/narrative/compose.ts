/**
 * What every statement builder shares: the context of one generation, where a statement's section
 * is, and how a paragraph is put together (its basis always records the year it was written for).
 */
import type { FormatDef } from "../formats/model";
import type { LocatedTable } from "../located";
import type { Finding } from "../types";
import { fingerprint } from "./fingerprint";
import type { Era, StyleDef } from "./styles";
import type { BasisEntry, NarrativeOptions, NarrativeParagraph, ParagraphId } from "./types";

export interface Context {
  format: FormatDef;
  era: Era;
  year: number;
  subject: string;
  style: StyleDef;
  tables: readonly LocatedTable[];
  options: NarrativeOptions;
}

/** A statement builder's result: a paragraph, or notices saying why there is none (or both). */
export interface Outcome {
  paragraph?: NarrativeParagraph;
  notices: Finding[];
}

/** The heading of the format's section numbered `numeral` (`三`), `{year}` filled in. */
export function sectionHeading(ctx: Pick<Context, "format" | "year">, numeral: string): string {
  const heading = ctx.format.sections.find((h) => h.startsWith(`${numeral}、`));
  if (!heading) throw new Error(`format ${ctx.format.id} has no section ${numeral}`);
  return heading.split("{year}").join(String(ctx.year));
}

export function paragraph(ctx: Context, id: ParagraphId, section: string, kind: "zero" | "facts", text: string, basis: BasisEntry[]): NarrativeParagraph {
  return {
    id,
    section,
    kind,
    text,
    basis: [{ source: "input", key: "year", value: ctx.year }, ...basis],
    fingerprint: fingerprint(text),
  };
}

/** `其中当面申请1件、网络申请2件` from (label, value) pairs, zeros left out; "" when all are zero. */
export function nonZeroList(items: ReadonlyArray<readonly [string, number]>, unit = "件"): string[] {
  return items.filter(([, n]) => Math.abs(n) > 1e-9).map(([label, n]) => `${label}${Math.round(n)}${unit}`);
}

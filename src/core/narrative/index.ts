/**
 * The narrative of the annual report from the numbers, and checks of the text already written.
 *
 * Generating: `generateNarrative(tables, { subject: "我单位" })` → every section of the format with
 * the paragraphs the numbers support, each with its basis and fingerprint, plus notices.
 * Re-generating later: store `encodeStamp(stampOf(paragraph))` beside each paragraph written; read
 * it back with `decodeStamp`, and let `planUpdate(existing, fresh)` say what to do.
 * Checking: `checkNarrativeText(sheets, tables)` → findings.
 */
export { generateNarrative } from "./generate";
export { NarrativeOptionsError, checkNarrativeOptions } from "./options";
export { STYLES, DEFAULT_STYLE, SELF_REFERENCES, isStyleId, type StyleDef } from "./styles";
export { fingerprint } from "./fingerprint";
export { staleness, isStale, type Staleness, type BasisChange, type CurrentValue } from "./stale";
export { STAMP_PREFIX, stampOf, encodeStamp, decodeStamp, isStampText, type NarrativeStamp } from "./stamp";
export { planUpdate, type ExistingParagraph, type UpdatePlan } from "./update";
export { checkNarrativeText, qualifiedRef, type TextCheckOptions } from "./text-checks";
export type {
  BasisEntry,
  Narrative,
  NarrativeOptions,
  NarrativeParagraph,
  NarrativeSection,
  ParagraphId,
  StaleInputs,
  StyleId,
} from "./types";

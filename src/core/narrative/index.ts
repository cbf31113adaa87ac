/**
 * The narrative of the annual report from the numbers, and checks of the text already written.
 *
 * Generating: `generateNarrative(tables, { subject: "我单位" })` → every section of the format with
 * the paragraphs the numbers support (zero statements, or factual sentences), each with its basis
 * (the cells and inputs it was made from) and fingerprint, plus notices for what could not be said.
 *
 * How a host writes and later re-generates (the add-in's 生成正文, `nianbao narrative`):
 * 1. For each paragraph written, store `encodeStamp(stampOf(paragraph))` beside its text (a hidden
 *    column of the same row, for instance). The stamp is one ASCII line; `checkNarrativeText`
 *    ignores it.
 * 2. On the next 生成正文, read each stamp back with `decodeStamp` and the text beside it, generate
 *    again, and for each paragraph id call `planUpdate({ text, stamp }, freshParagraphOrNull)`:
 *    `write` → write the text and the new stamp; `keep` → touch nothing; `review` → touch nothing
 *    and show `message` (the user edited the text and the numbers changed, or the numbers can no
 *    longer be read). A text whose `fingerprint` differs from its stamp's was edited by the user
 *    and is never overwritten.
 * 3. To mark stale text without generating (a live check): `staleness(stamp, tables, { year })`.
 *
 * The add-in's sheet: `planNarrativeSheet(narrative, agency)` → a `SheetPlan` of the sheet
 * `2025年度报告正文` and where each paragraph is on it (sheet-plan.ts).
 *
 * Checking: `checkNarrativeText(sheets, tables)` → findings (`narrative.*`, see text-checks.ts).
 */
export { generateNarrative } from "./generate";
export { NarrativeOptionsError, checkNarrativeOptions } from "./options";
export { STYLES, DEFAULT_STYLE, SELF_REFERENCES, isStyleId, type StyleDef } from "./styles";
export { fingerprint } from "./fingerprint";
export { staleness, isStale, type Staleness, type BasisChange, type CurrentValue } from "./stale";
export { STAMP_PREFIX, stampOf, encodeStamp, decodeStamp, isStampText, type NarrativeStamp } from "./stamp";
export { planUpdate, type ExistingParagraph, type UpdatePlan } from "./update";
export { checkNarrativeText, qualifiedRef, type TextCheckOptions } from "./text-checks";
export { agencyFromTitles, narrativeSheetName, plainText, planNarrativeSheet, reportTitle, selfReferenceFor, type NarrativeSheet, type NarrativeSlot } from "./sheet-plan";
export type { BasisEntry, Narrative, NarrativeOptions, NarrativeParagraph, NarrativeSection, ParagraphId, StaleInputs, StyleId } from "./types";

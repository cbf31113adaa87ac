/**
 * Before the patterns run on a line of text, a line that contains none of the words every
 * pattern needs is skipped: a workbook with data sheets holds hundreds of thousands of text cells
 * (names, addresses, item titles) that can state nothing the checks read. One regular expression
 * over the line instead of a dozen per sentence. The words come from the patterns' own tables
 * (`TOPIC_NEEDS` in claims.ts, `needs` in quantities.ts), so the findings are the same with or
 * without the prefilter (a test compares both over the text-check corpus).
 */
import { TOPIC_NEEDS } from "./claims";
import { QUANTITIES } from "./quantities";

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const TOPIC_WORDS: readonly string[] = [...new Set(Object.values(TOPIC_NEEDS).flat())];
const QUANTITY_WORDS: readonly string[] = [...new Set(QUANTITIES.flatMap((q) => q.needs))];
const WORDS: readonly string[] = [...new Set([...TOPIC_WORDS, ...QUANTITY_WORDS])];

const wordsRe = (words: readonly string[]): RegExp => new RegExp(words.map(escape).join("|"));
/** A claim needs one of its topic's words. */
const TOPIC = wordsRe(TOPIC_WORDS);
/** A stated quantity needs one of its words, and a number with its unit (`5件`, stated.ts's NUMBER). */
const QUANTITY = wordsRe(QUANTITY_WORDS);
const UNIT = /[元件个份宗条]/;

/** Characters matching removes or folds (spaces, CJK compatibility ideographs): test again without them. */
const FOLDED = /[\s\uF900-\uFAFF\u2F00-\u2FDF]/;
/** Characters NFKC may turn into a unit ideograph (radicals, enclosed and compatibility ideographs, astral). */
const MAY_FOLD_TO_UNIT = /[\u2E80-\u2FDF\u3200-\u33FF\uF900-\uFAFF\uD800-\uDFFF]/;

function states(text: string): boolean {
  return TOPIC.test(text) || (QUANTITY.test(text) && UNIT.test(text));
}

/**
 * False when no pattern can match anywhere in `line`. Lines of a data sheet (`办理中`, `不予受理`)
 * name a quantity's word without any number: they state nothing and are not read.
 */
export function mayState(line: string): boolean {
  if (states(line)) return true;
  if (MAY_FOLD_TO_UNIT.test(line) || FOLDED.test(line)) return states(line.normalize("NFKC").replace(/\s+/g, ""));
  return false;
}

/** The words, for tests and the documentation. */
export const PREFILTER_WORDS = WORDS;

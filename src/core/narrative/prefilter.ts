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

const WORDS: readonly string[] = [...new Set([...Object.values(TOPIC_NEEDS).flat(), ...QUANTITIES.flatMap((q) => q.needs)])];

const NEEDED = new RegExp(WORDS.map(escape).join("|"));

/** Characters matching removes or folds (spaces, CJK compatibility ideographs): test again without them. */
const FOLDED = /[\s\uF900-\uFAFF\u2F00-\u2FDF]/;

/** False when no pattern can match anywhere in `line`. */
export function mayState(line: string): boolean {
  if (NEEDED.test(line)) return true;
  return FOLDED.test(line) && NEEDED.test(line.normalize("NFKC").replace(/\s+/g, ""));
}

/** The words, for tests and the documentation. */
export const PREFILTER_WORDS = WORDS;

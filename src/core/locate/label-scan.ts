/**
 * Can this sheet hold a table at all? Every locator starts by asking the sheet's index for its
 * entry labels (the row labels of Tables A, B and the legacy table, Table C's group headers); a
 * sheet where none of them is found yields no candidate. Building that index normalises every
 * text cell, which cost ~35 ms on a 5,000 × 20 data sheet on each edit. This scan answers the
 * question from the raw strings, exactly: it never says no where the index would find a label.
 *
 * Why it is exact: a cell matches a wanted label when one of its normal forms equals one of the
 * label's, and every form is a piece of the normalised text, so the normalised text holds all the
 * label form's CJK ideographs. NFKC leaves U+4E00–U+9FFF as they are and creates them only from
 * a few blocks (radicals, enclosed and compatibility ideographs, Hangzhou numerals, astral
 * characters); a string with any such character is sent to the full index, unjudged. The known
 * typos normalisation repairs add ideographs the raw text lacks: those are never required.
 * The entry labels are not listed here but recorded by running the locators on an empty sheet,
 * so a locator that starts asking for another label is covered without a change here.
 */
import { normalizeLabel } from "../normalize";
import type { SheetGrid } from "../types";
import { candidatesOn } from "./find";
import { labelForms, SheetView } from "./sheet-view";

/** SheetView skips longer strings (twice its longest label) without normalising them. */
const MAX_RAW_LENGTH = 240;
/** Ideographs the known-typo repairs put into a label (情况→情形, 内容→内部). */
const REPAIRED = new Set(["形", "部"]);

const isIdeograph = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/** Characters NFKC cannot turn into a unified ideograph (checked per UTF-16 unit). */
function safe(code: number): boolean {
  return code < 0x2e80 || (code >= 0x3000 && code <= 0x3037) || isIdeograph(code) || (code >= 0xff00 && code <= 0xffef);
}

/** A SheetView that notes the labels asked for. */
class RecordingView extends SheetView {
  readonly asked: string[] = [];
  override find(labels: readonly string[]): ReturnType<SheetView["find"]> {
    this.asked.push(...labels);
    return super.find(labels);
  }
}

export interface EntryForms {
  /** Per distinct form: the ideographs a matching cell's raw text must contain. */
  required: string[][];
  /** One ideograph of each form (its rarest among the forms) → the forms it picks. */
  byPick: Map<string, number[]>;
  /** Some form has no required ideograph: no sheet can be ruled out. */
  unusable: boolean;
}

let entry: EntryForms | null = null;

function entryForms(): EntryForms {
  entry ??= formsOf(entryLabels());
  return entry;
}

/** What the scan looks for, for `labels` (the entry labels; one label alone in tests). */
export function formsOf(labels: readonly string[]): EntryForms {
  const forms = new Set<string>();
  for (const label of labels) for (const f of labelForms(normalizeLabel(label))) if (f !== "") forms.add(f);
  const required = [...forms].map((f) => [...new Set([...f].filter((ch) => isIdeograph(ch.charCodeAt(0)) && !REPAIRED.has(ch)))]);
  const counts = new Map<string, number>();
  for (const chars of required) for (const ch of chars) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const byPick = new Map<string, number[]>();
  required.forEach((chars, i) => {
    if (chars.length === 0) return;
    const pick = chars.reduce((a, b) => ((counts.get(b) ?? 0) < (counts.get(a) ?? 0) ? b : a));
    const list = byPick.get(pick);
    if (list) list.push(i);
    else byPick.set(pick, [i]);
  });
  return { required, byPick, unusable: required.length === 0 || required.some((r) => r.length === 0) };
}

/** The labels the locators start from (for tests: the scan is exact against the index on them). */
export function entryLabels(): readonly string[] {
  const recorder = new RecordingView({ name: "", values: [], originRow: 0, originCol: 0 });
  candidatesOn(recorder, 0);
  return [...new Set(recorder.asked)];
}

/** Whether `text` could carry one of the entry labels (false only when it surely cannot). */
function mayCarryEntryLabel(text: string, forms: EntryForms): boolean {
  if (text.length > MAX_RAW_LENGTH) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!safe(code)) return true;
    if (code < 0x4e00) continue;
    const picked = forms.byPick.get(text[i]);
    if (picked && picked.some((f) => forms.required[f].every((ch) => text.includes(ch)))) return true;
  }
  return false;
}

/** False when no cell of the sheet can carry a label any locator starts from: no table there. */
export function mayHoldTable(grid: SheetGrid, forms: EntryForms = entryForms()): boolean {
  if (forms.unusable) return true;
  for (const row of grid.values) {
    for (const v of row) if (typeof v === "string" && mayCarryEntryLabel(v, forms)) return true;
  }
  return false;
}

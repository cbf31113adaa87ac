/**
 * What a host does with a paragraph it wrote earlier, when the user asks to generate again.
 * The rule: text the user edited is never overwritten; text we wrote and nobody touched is
 * replaced when the numbers say something else now.
 */
import { fingerprint } from "./fingerprint";
import { encodeStamp, stampOf, type NarrativeStamp } from "./stamp";
import type { NarrativeParagraph } from "./types";

/** A paragraph as the host reads it back: the cell's current text and the stamp stored beside it. */
export interface ExistingParagraph {
  text: string;
  stamp: NarrativeStamp;
}

export type UpdatePlan =
  /** Write `paragraph.text` and `encodeStamp(stampOf(paragraph))`. */
  | { action: "write"; reason: "new" | "regenerated"; paragraph: NarrativeParagraph }
  /** Leave the cell and its stamp as they are. */
  | { action: "keep"; reason: "up-to-date" | "edited" | "nothing" }
  /** Leave the cell, and show `message` to the user (with `paragraph`, the new wording, if any). */
  | { action: "review"; reason: "edited-and-stale" | "cannot-regenerate"; message: string; paragraph?: NarrativeParagraph };

/** Decide for one paragraph id: `existing` is null when none was written, `fresh` null when none can be generated now. */
export function planUpdate(existing: ExistingParagraph | null, fresh: NarrativeParagraph | null): UpdatePlan {
  if (existing === null) return fresh ? { action: "write", reason: "new", paragraph: fresh } : { action: "keep", reason: "nothing" };
  const edited = fingerprint(existing.text) !== existing.stamp.fingerprint;
  if (!edited) {
    if (fresh === null)
      return {
        action: "review",
        reason: "cannot-regenerate",
        message: "这段正文所依据的统计数现在无法读取（空白或不是数字），未自动更新；请按提示补全统计表后重新生成，或手工修改",
      };
    const sameText = fresh.fingerprint === existing.stamp.fingerprint;
    const sameStamp = encodeStamp(stampOf(fresh)) === encodeStamp(existing.stamp);
    return sameText && sameStamp ? { action: "keep", reason: "up-to-date" } : { action: "write", reason: "regenerated", paragraph: fresh };
  }
  if (fresh !== null && fresh.fingerprint === existing.stamp.fingerprint) return { action: "keep", reason: "edited" };
  return {
    action: "review",
    reason: "edited-and-stale",
    message: fresh
      ? `这段正文已被手工修改，且统计数已变化，未自动覆盖；按现在的统计数应为：“${fresh.text}”，请据此修改`
      : "这段正文已被手工修改，且所依据的统计数现在无法读取，未自动覆盖；请核对统计表和正文",
    paragraph: fresh ?? undefined,
  };
}

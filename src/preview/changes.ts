/**
 * The preview's `onChanged`: user edits are delivered to every listener after the edit, as
 * Excel's `worksheet.onChanged` does; the host's own writes never come here (the workbook simply
 * does not report them), so the pane never re-checks because of its own insert or narrative.
 */
import type { SheetChange } from "../host/workbook-host";

export type ChangeHandler = (change: SheetChange) => void;

/** How a change is delivered later; Excel's events arrive after the edit, never inside it. */
export type Schedule = (deliver: () => void) => void;

const later: Schedule = (deliver) => {
  setTimeout(deliver, 0);
};

export class ChangeFeed {
  private readonly handlers = new Set<ChangeHandler>();

  constructor(private readonly schedule: Schedule = later) {}

  /** Listen; returns the function that stops listening. */
  subscribe(handler: ChangeHandler): () => void {
    // A wrapper per subscription, so the same function subscribed twice is called twice, as
    // two Excel event registrations would be.
    const wrapped: ChangeHandler = (c) => handler(c);
    this.handlers.add(wrapped);
    return () => {
      this.handlers.delete(wrapped);
    };
  }

  /** Report a user edit to everyone listening now. A failing listener does not stop the others. */
  emit(change: SheetChange): void {
    const targets = [...this.handlers];
    this.schedule(() => {
      for (const handler of targets) {
        if (!this.handlers.has(handler)) continue;
        try {
          handler({ ...change });
        } catch (err) {
          console.error("nianbao preview: change handler failed", err);
        }
      }
    });
  }

  get size(): number {
    return this.handlers.size;
  }
}

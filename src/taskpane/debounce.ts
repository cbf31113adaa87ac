/**
 * Runs a task once a burst of triggers has been quiet for `delayMs`. Excel's `onChanged` fires
 * once per edit, and a paste or a fill fires many times without saying which cells changed:
 * re-reading the workbook on each would cost a round trip per event, so the pane waits for the
 * burst to end and checks once.
 */

/** The timer functions used; the defaults look `setTimeout` up at call time so jest's fake timers apply. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const globalTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Quiet time after the last change before the pane re-checks: long enough to cover a paste's burst. */
export const CHECK_DELAY_MS = 400;

export class Debouncer {
  private handle: unknown = null;

  constructor(
    private readonly task: () => void,
    private readonly delayMs: number,
    private readonly timers: Timers = globalTimers,
  ) {}

  /** (Re)start the wait: the task runs `delayMs` after the last trigger. */
  trigger(): void {
    this.cancel();
    this.handle = this.timers.set(() => {
      this.handle = null;
      this.task();
    }, this.delayMs);
  }

  /** Forget a pending run (a check started by hand makes it redundant). */
  cancel(): void {
    if (this.handle === null) return;
    this.timers.clear(this.handle);
    this.handle = null;
  }

  get pending(): boolean {
    return this.handle !== null;
  }
}

/**
 * `已检查 37/100 个文件…` on one updating stderr line while a folder is checked, when stderr is a
 * terminal; nothing when it is a file or a pipe (a log must not fill with carriage returns).
 */
import type { Output } from "./io";

export interface Progress {
  /** One more file done. */
  tick(): void;
  /** Clear the line before the final report (and before anything else written to stderr). */
  clear(): void;
}

const SILENT: Progress = { tick: () => undefined, clear: () => undefined };

/** Redraw at most this often: a hundred small files finish within a second. */
const REDRAW_MS = 100;

export function progressOn(stderr: Output, total: number, now: () => number = Date.now): Progress {
  if (!stderr.isTTY || total < 2) return SILENT;
  let done = 0;
  let shown = false;
  let last = 0;
  const draw = (): void => {
    stderr.write(`\r已检查 ${done}/${total} 个文件…\u001b[K`);
    shown = true;
    last = now();
  };
  return {
    tick() {
      done++;
      if (done === total || now() - last >= REDRAW_MS) draw();
    },
    clear() {
      if (shown) stderr.write("\r\u001b[K");
      shown = false;
    },
  };
}

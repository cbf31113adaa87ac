/**
 * Text items of a page as runs in display space (points, origin top-left, y downwards): where a
 * piece of text starts, its baseline, its width and its font size. Whitespace-only items are
 * dropped: pdf.js inserts them to stand for gaps, and the gaps are measured from positions instead.
 */
import { compose, type Matrix } from "./matrix";
import type { PdfTextItem } from "./pdfjs";

export interface Run {
  str: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  size: number;
}

export function pageRuns(items: ReadonlyArray<PdfTextItem | { type: string }>, view: Matrix): Run[] {
  const runs: Run[] = [];
  for (const item of items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const m = compose(view, item.transform as Matrix);
    const size = Math.hypot(m[2], m[3]) || item.height || 1;
    const horizontal = Math.abs(m[1]) <= 0.1 * Math.abs(m[0]);
    runs.push({ str: item.str, x: m[4], y: m[5], width: horizontal ? item.width : 0, size });
  }
  return runs;
}

/** Where a run's text sits, for placing it into a cell. */
export const centreX = (r: Run): number => r.x + r.width / 2;
export const centreY = (r: Run): number => r.y - 0.3 * r.size;

/**
 * The part of a run between `from` and `to` (x), cut at character boundaries by the run's average
 * advance: a run that crosses a cell border holds two cells' text.
 */
export function sliceRun(run: Run, from: number, to: number): Run | null {
  const chars = [...run.str];
  if (run.width <= 0 || chars.length === 0) return run;
  const advance = run.width / chars.length;
  const a = Math.max(0, Math.round((from - run.x) / advance));
  const b = Math.min(chars.length, Math.round((to - run.x) / advance));
  const str = chars.slice(a, b).join("");
  if (str.trim() === "") return null;
  return { str, x: run.x + a * advance, y: run.y, width: (b - a) * advance, size: run.size };
}

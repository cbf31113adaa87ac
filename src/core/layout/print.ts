/**
 * Printing on A4: staff print the tables, sign and stamp them. One page wide always; portrait when
 * the sheet is narrow enough, landscape otherwise; and no table cut by a page break where it can
 * be helped. Fit-to-width decides the scale, so the layout widens its columns (which also means
 * fewer wrapped lines) until the tallest table fits a page at that scale; page breaks then go
 * between tables. (Excel keeps manual page breaks under "1 page wide × automatic height"; it
 * ignores them only when the height is fitted too.)
 */
import { columnPoints } from "./measure";
import type { PrintPlan } from "./plan";

/** A4 in points. */
const A4 = { short: 595.3, long: 841.9 };
const MARGINS = { top: 0.5, bottom: 0.6, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 };
const PT_PER_INCH = 72;
/** Room kept free on a page for the ways hosts measure text differently from us. */
const SLACK = 0.95;
/** Do not shrink the print below this to keep a table on one page: 10.5 pt text at 78 % is 8 pt. */
const MIN_SCALE = 0.78;

export interface PrintInput {
  widths: number[];
  /** Row heights in points for the given widths. */
  measure: (widths: readonly number[]) => number[];
  /** Runs of rows [first, last] to keep on one page, in order and covering the sheet. */
  keepTogether: ReadonlyArray<readonly [number, number]>;
  /** Rows repeated on every page, [first, last], or null. */
  titleRows: readonly [number, number] | null;
}

export interface PrintLayout {
  widths: number[];
  heights: number[];
  print: Omit<PrintPlan, "printArea">;
}

const sum = (xs: readonly number[], from = 0, to = xs.length - 1): number => {
  let s = 0;
  for (let i = from; i <= to; i++) s += xs[i];
  return s;
};

function page(orientation: "portrait" | "landscape"): { width: number; height: number } {
  const [w, h] = orientation === "portrait" ? [A4.short, A4.long] : [A4.long, A4.short];
  return {
    width: w - (MARGINS.left + MARGINS.right) * PT_PER_INCH,
    height: h - (MARGINS.top + MARGINS.bottom) * PT_PER_INCH,
  };
}

/** Choose orientation, widths (possibly widened), and page breaks. */
export function fitPrint(input: PrintInput): PrintLayout {
  let widths = [...input.widths];
  let heights = input.measure(widths);
  let orientation: "portrait" | "landscape" = "portrait";
  let scale = 1;
  for (let round = 0; round < 6; round++) {
    const sheetWidth = sum(widths.map(columnPoints));
    orientation = sheetWidth <= page("portrait").width ? "portrait" : "landscape";
    const p = page(orientation);
    scale = Math.min(1, p.width / sheetWidth);
    const titleHeight = input.titleRows ? sum(heights, input.titleRows[0], input.titleRows[1]) : 0;
    const tallest = Math.max(...input.keepTogether.map(([a, b]) => sum(heights, a, b))) + titleHeight;
    const room = (p.height * SLACK) / scale;
    // Portrait pages are tall enough for any run of a narrow table; only landscape needs room.
    if (orientation === "portrait" || tallest <= room) break;
    const wanted = Math.max(scale * (room / tallest), MIN_SCALE);
    if (wanted >= scale) break;
    widths = widths.map((w) => Math.round(((w * scale) / wanted) * 2) / 2);
    heights = input.measure(widths);
  }

  const p = page(orientation);
  const room = (p.height * SLACK) / scale;
  const titleHeight = input.titleRows ? sum(heights, input.titleRows[0], input.titleRows[1]) : 0;
  const breaks: number[] = [];
  let used = 0;
  let firstPage = true;
  for (const [a, b] of input.keepTogether) {
    const h = sum(heights, a, b);
    const limit = firstPage ? room : room - titleHeight;
    if (used > 0 && used + h > limit) {
      breaks.push(a + 1);
      used = 0;
      firstPage = false;
    }
    used += h;
  }

  return {
    widths,
    heights,
    print: {
      paper: "A4",
      orientation,
      fitToWidth: 1,
      fitToHeight: 0,
      expectedScale: Math.floor(scale * 100),
      margins: { ...MARGINS },
      horizontalCentered: true,
      titleRows: input.titleRows ? `${input.titleRows[0] + 1}:${input.titleRows[1] + 1}` : null,
      pageBreaksBefore: breaks,
      footer: "第 &P 页，共 &N 页",
    },
  };
}

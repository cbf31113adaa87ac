/** Runs of text grouped into lines: the same baseline, left to right, with the gaps read as spaces. */
import { joinPiece } from "./join-text";
import type { Run } from "./runs";

export interface TextLine {
  text: string;
  /** Left and right ends, baseline, and the line's (largest) font size. */
  x: number;
  end: number;
  y: number;
  size: number;
}

/** A gap wider than this share of the font size between two runs is a space. */
const SPACE_GAP = 0.25;
/** Runs whose baselines differ by less than this share of the font size share a line. */
const SAME_LINE = 0.45;

export function textLines(runs: Run[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Run[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    const base = group?.[0];
    if (group && base && Math.abs(run.y - base.y) <= SAME_LINE * Math.max(run.size, base.size)) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const run of group) {
      text = joinPiece(text, run.str, run.x - end > SPACE_GAP * run.size);
      end = Math.max(end, run.x + run.width);
    }
    return {
      text,
      x: group[0].x,
      end,
      y: group.reduce((s, r) => s + r.y, 0) / group.length,
      size: group.reduce((m, r) => Math.max(m, r.size), 0),
    };
  });
}

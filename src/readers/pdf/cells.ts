/**
 * A lattice filled with the text that falls into it: each run goes to the cell its centre lies
 * in (a run that crosses a cell border is cut there first), a cell's lines are joined as the
 * label they wrap, numbers become numbers, and the result is the grid Excel's `range.values`
 * would give: merged text in the top-left slot, null in the rest, no empty spacer rows or columns.
 */
import type { CellValue } from "../../core/types";
import { joinPiece, tidy } from "./join-text";
import { type Lattice, SNAP } from "./lattice";
import { textLines } from "./lines";
import { centreX, centreY, type Run, sliceRun } from "./runs";

/** The slot index of `v` among boundaries `edges`, or -1 outside. */
function slot(edges: number[], v: number): number {
  if (v < edges[0] || v > edges[edges.length - 1]) return -1;
  for (let i = 1; i < edges.length; i++) if (v <= edges[i]) return i - 1;
  return -1;
}

/** Does a run's centre fall inside the lattice? */
export function inside(lattice: Lattice, run: Run): boolean {
  return slot(lattice.xs, centreX(run)) >= 0 && slot(lattice.ys, centreY(run)) >= 0;
}

/** A run cut where it crosses the border between two different cells of its row. */
function pieces(lattice: Lattice, run: Run, row: number): Run[] {
  const { xs, cell } = lattice;
  const cuts: number[] = [];
  for (let c = 1; c < xs.length - 1; c++) {
    if (xs[c] > run.x + 1 && xs[c] < run.x + run.width - 1 && cell[row][c - 1] !== cell[row][c]) cuts.push(xs[c]);
  }
  if (cuts.length === 0) return [run];
  const bounds = [run.x, ...cuts, run.x + run.width];
  const out: Run[] = [];
  for (let i = 1; i < bounds.length; i++) {
    const part = sliceRun(run, bounds[i - 1], bounds[i]);
    if (part) out.push(part);
  }
  return out;
}

const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

function cellValue(text: string): CellValue {
  if (text === "") return null;
  if (NUMBER.test(text)) return Number(text.replace(/,/g, ""));
  return text;
}

/** The cell text from its runs: lines top to bottom, wrapped lines joined as one label. */
function cellText(runs: Run[]): string {
  let text = "";
  for (const line of textLines(runs)) text = joinPiece(text, line.text, true);
  return tidy(text);
}

/** Columns and rows with nothing in any slot are spacers (or slivers between near-equal lines). */
function dropEmpty(values: CellValue[][]): CellValue[][] {
  const keepCols = values[0].map((_, c) => values.some((row) => row[c] !== null));
  return values.filter((row) => row.some((v) => v !== null)).map((row) => row.filter((_, c) => keepCols[c]));
}

/** Numbering that opens a new item: `1.` `2、` `（三）` `四、`. */
const NUMBERED = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])/;

/** The grid columns a cell covers in a row. */
function columnsOf(lattice: Lattice, row: number, id: number): number[] {
  return lattice.cell[row].flatMap((v, c) => (v === id ? [c] : []));
}

/**
 * A merged cell that a page break cuts in two is drawn closed on both pages, so the joined lattice
 * has a border through it, and its label arrives in two halves ('（四）无' above the break, '法提供'
 * below). The halves are one cell again when both hold words (never numbers), they cover the same
 * columns, the upper half's last line runs to the cell's right border (the label was still
 * wrapping), and the lower half does not start a numbered item of its own.
 */
function mendSeams(lattice: Lattice, byCell: Map<number, Run[]>, seams: number[]): void {
  const { xs, ys, cell } = lattice;
  for (const seam of seams) {
    const row = ys.findIndex((y) => Math.abs(y - seam) <= SNAP);
    if (row <= 0 || row >= cell.length) continue;
    for (let c = 0; c < xs.length - 1; c++) {
      const above = cell[row - 1][c];
      const below = cell[row][c];
      const upper = byCell.get(above);
      const lower = byCell.get(below);
      if (above === below || !upper || !lower) continue;
      const cols = columnsOf(lattice, row - 1, above);
      if (cols[0] !== c || cols.join() !== columnsOf(lattice, row, below).join()) continue;
      const upperText = cellText(upper);
      const lowerText = cellText(lower);
      if (NUMBER.test(upperText) || NUMBER.test(lowerText) || NUMBERED.test(lowerText)) continue;
      const lines = textLines(upper);
      const last = lines[lines.length - 1];
      if (xs[cols[cols.length - 1] + 1] - last.end > 1.5 * last.size) continue;
      upper.push(...lower);
      byCell.delete(below);
    }
  }
}

export function tableValues(lattice: Lattice, runs: Run[], seams: number[] = []): CellValue[][] {
  const { xs, ys, cell } = lattice;
  const byCell = new Map<number, Run[]>();
  for (const run of runs) {
    const row = slot(ys, centreY(run));
    if (row < 0) continue;
    for (const piece of pieces(lattice, run, row)) {
      const col = slot(xs, centreX(piece));
      if (col < 0) continue;
      const id = cell[row][col];
      const list = byCell.get(id);
      if (list) list.push(piece);
      else byCell.set(id, [piece]);
    }
  }
  mendSeams(lattice, byCell, seams);
  const values: CellValue[][] = cell.map((ids, r) =>
    ids.map((id, c) => {
      // A cell's text sits in its top-left slot, whose id is its own index.
      if (id !== r * ids.length + c) return null;
      const list = byCell.get(id);
      return list ? cellValue(cellText(list)) : null;
    }),
  );
  return dropEmpty(values);
}

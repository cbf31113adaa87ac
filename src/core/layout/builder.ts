/**
 * The sheet being laid out: which cell holds which text or value, with which look, which cells
 * are merged. Layout code places rectangles; the builder refuses to place two things on one cell
 * (a value cell under a label would be a silent, costly mistake), measures the rows, and hands
 * back the plan's grid, look groups and merges.
 */
import type { CellKey, TableId, ValueKind } from "../formats/model";
import type { CellPos } from "../types";
import { columnPx, heightFor, lineCount } from "./measure";
import type { A1Range, StyleGroup, StyleId } from "./plan";
import { coverCells, isSingleCell, rectA1, type Rect } from "./rects";
import { BODY_SIZE, STYLES } from "./styles";

/** A value cell of a table: where the user types a figure. */
export interface PlacedValue {
  table: TableId;
  key: CellKey;
  kind: ValueKind;
  /** The cell, or the merged rectangle whose top-left cell holds the value. */
  rect: Rect;
}

interface PlacedText {
  rect: Rect;
  text: string;
  style: StyleId;
}

/** The height of a row with one line of body text: also the least any table row gets. */
export const MIN_ROW_HEIGHT = heightFor(1, BODY_SIZE);

const cellId = (row: number, col: number): string => `${row},${col}`;

export class SheetBuilder {
  private readonly styleAt = new Map<string, StyleId>();
  private readonly texts: PlacedText[] = [];
  private readonly fixedHeights = new Map<number, number>();
  readonly merges: Rect[] = [];
  readonly valueCells: PlacedValue[] = [];
  private rows = 0;

  constructor(readonly columnCount: number) {}

  get rowCount(): number {
    return this.rows;
  }

  /** Put `text` in a rectangle (merged when larger than a cell); every cell gets the look. */
  text(r: Rect, text: string, style: StyleId): void {
    this.claim(r, style);
    if (!isSingleCell(r)) this.merges.push(r);
    this.texts.push({ rect: r, text, style });
  }

  /** A value cell (or merged value rectangle) of a table, left empty for the user. */
  value(r: Rect, table: TableId, key: CellKey, kind: ValueKind): void {
    this.claim(r, "value");
    if (!isSingleCell(r)) this.merges.push(r);
    this.valueCells.push({ table, key, kind, rect: r });
  }

  /** Cells that are part of a table but hold nothing (the unit and value of a heading row). */
  blank(r: Rect, style: StyleId): void {
    this.claim(r, style);
  }

  /** An empty row of a fixed height between tables. */
  spacer(row: number, height: number): void {
    this.fixedHeights.set(row, height);
    this.rows = Math.max(this.rows, row + 1);
  }

  private claim(r: Rect, style: StyleId): void {
    if (r.right >= this.columnCount) throw new Error(`layout: ${rectA1(r)} is beyond the sheet's ${this.columnCount} columns`);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const id = cellId(row, col);
        if (this.styleAt.has(id)) throw new Error(`layout: ${rectA1(r)} overlaps a cell already placed`);
        this.styleAt.set(id, style);
      }
    }
    this.rows = Math.max(this.rows, r.bottom + 1);
  }

  /**
   * Row heights in points for the given column widths: each row as tall as its tallest text;
   * then a text spanning several rows (a merged label) stretches them evenly if they are short.
   */
  measure(widths: readonly number[]): number[] {
    const heights = Array.from({ length: this.rows }, (_, row) => this.fixedHeights.get(row) ?? 0);
    const needed = (t: PlacedText): number => {
      const style = STYLES[t.style];
      let px = 0;
      for (let col = t.rect.left; col <= t.rect.right; col++) px += columnPx(widths[col]);
      const lines = style.wrap ? lineCount(t.text, style.size, px, style.indent) : t.text.split("\n").length;
      return heightFor(lines, style.size);
    };
    for (const [id] of this.styleAt) {
      const row = Number(id.split(",")[0]);
      if (!this.fixedHeights.has(row)) heights[row] = Math.max(heights[row], MIN_ROW_HEIGHT);
    }
    for (const t of this.texts) {
      if (t.rect.top === t.rect.bottom) heights[t.rect.top] = Math.max(heights[t.rect.top], needed(t));
    }
    for (const t of this.texts) {
      if (t.rect.top === t.rect.bottom) continue;
      let have = 0;
      for (let row = t.rect.top; row <= t.rect.bottom; row++) have += heights[row];
      const short = needed(t) - have;
      if (short <= 0) continue;
      const rowsSpanned = t.rect.bottom - t.rect.top + 1;
      for (let row = t.rect.top; row <= t.rect.bottom; row++) heights[row] += Math.ceil(short / rowsSpanned);
    }
    return heights.map((h) => (h > 0 ? h : MIN_ROW_HEIGHT));
  }

  /** Every cell's text, row by row from A1; null where there is none. */
  grid(): (string | null)[][] {
    const out: (string | null)[][] = Array.from({ length: this.rows }, () => Array<string | null>(this.columnCount).fill(null));
    for (const t of this.texts) out[t.rect.top][t.rect.left] = t.text;
    return out;
  }

  /** The looks in use, each with the rectangles that have it, in the order of `STYLES`. */
  styleGroups(): StyleGroup[] {
    const cells = new Map<StyleId, CellPos[]>();
    for (const [id, style] of this.styleAt) {
      const [row, col] = id.split(",").map(Number);
      const list = cells.get(style) ?? [];
      list.push({ row, col });
      cells.set(style, list);
    }
    return (Object.keys(STYLES) as StyleId[]).filter((id) => cells.has(id)).map((id) => ({ id, style: STYLES[id], ranges: coverCells(cells.get(id) ?? []).map(rectA1) }));
  }

  mergeRanges(): A1Range[] {
    return this.merges.map(rectA1);
  }
}

/**
 * One sheet, read once: every text cell normalised a single time and indexed by the four forms
 * `matchScore` compares (whole label, without remarks, without numbering, without both), so
 * finding the cells that carry a label is a hash lookup, not a scan of the sheet per label.
 *
 * Coordinates here are local to the grid (row 0 = `values[0]`); `toSheet` adds the origin.
 */
import { core, normalizeLabel, withoutNumbering } from "../normalize";
import type { CellPos, CellValue, SheetGrid } from "../types";

/** A cell that carries a label, and how well (matchScore's scale: 8 exact … 2 loosest). */
export interface Hit {
  row: number;
  col: number;
  score: number;
}

/** No official label is this long; longer text is prose and never a label. */
const MAX_LABEL_LENGTH = 120;

/** The four comparison forms of a normalised label, strictest first, with their scores. */
export function labelForms(normalized: string): [string, string, string, string] {
  const c = core(normalized);
  return [normalized, c, withoutNumbering(normalized), withoutNumbering(c)];
}
const FORM_SCORES = [8, 6, 4, 2] as const;

/** Official labels' forms, computed once per label for the life of the process. */
const wantCache = new Map<string, [string, string, string, string]>();
function wantForms(label: string): [string, string, string, string] {
  let forms = wantCache.get(label);
  if (!forms) {
    forms = labelForms(normalizeLabel(label));
    wantCache.set(label, forms);
  }
  return forms;
}

export const isBlankValue = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.replace(/[\s\u3000\u00a0\u200b]+/g, "") === "");

export class SheetView {
  readonly name: string;
  readonly originRow: number;
  readonly originCol: number;
  readonly height: number;
  readonly width: number;
  private readonly grid: CellValue[][];
  /** Normalised label of each short text cell, by `row * width + col`; "" for anything else. */
  private readonly norms: string[];
  /** form level (0–3) → form → cell ids, in row-major order. */
  private readonly index: Array<Map<string, number[]>>;
  /** Answers of `find`, by the labels asked for. */
  private readonly found = new Map<string, readonly Hit[]>();

  constructor(sheet: SheetGrid) {
    this.name = sheet.name;
    this.originRow = sheet.originRow;
    this.originCol = sheet.originCol;
    this.grid = sheet.values;
    this.height = sheet.values.length;
    let width = 0;
    for (const row of sheet.values) if (row.length > width) width = row.length;
    this.width = width;
    this.norms = new Array<string>(this.height * width).fill("");
    this.index = [new Map(), new Map(), new Map(), new Map()];
    for (let r = 0; r < this.height; r++) {
      const row = sheet.values[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== "string" || v.length > MAX_LABEL_LENGTH * 2) continue;
        const n = normalizeLabel(v);
        if (n === "" || n.length > MAX_LABEL_LENGTH) continue;
        const id = r * width + c;
        this.norms[id] = n;
        const forms = labelForms(n);
        // Every level is indexed even when equal to a stricter form: a wanted label's looser form
        // may equal this cell's (cell `本年收费金额`, wanted `本年收费金额（单位：万元）`).
        for (let level = 0; level < 4; level++) {
          const form = forms[level];
          if (form === "") continue;
          const map = this.index[level];
          const list = map.get(form);
          if (list) list.push(id);
          else map.set(form, [id]);
        }
      }
    }
  }

  raw(row: number, col: number): CellValue {
    if (row < 0 || col < 0 || row >= this.height) return null;
    const v = this.grid[row][col];
    return v === undefined ? null : v;
  }

  isBlank(row: number, col: number): boolean {
    return isBlankValue(this.raw(row, col));
  }

  /** The normalised label of a cell, "" when it holds no short text. */
  norm(row: number, col: number): string {
    if (row < 0 || col < 0 || row >= this.height || col >= this.width) return "";
    return this.norms[row * this.width + col];
  }

  /** The cell's text as typed (trimmed), "" for non-text cells. */
  text(row: number, col: number): string {
    const v = this.raw(row, col);
    return typeof v === "string" ? v.trim() : "";
  }

  toSheet(row: number, col: number): CellPos {
    return { row: row + this.originRow, col: col + this.originCol };
  }

  /**
   * Every cell matching one of `labels` (the official label first, then aliases), best score
   * per cell, in row-major order. An alias scores one less than the official label at the same
   * level, as `matchScore` does.
   */
  find(labels: readonly string[]): readonly Hit[] {
    // Both versions of a table, and several locators, ask for the same labels.
    const memoKey = labels.join("\u0001");
    const known = this.found.get(memoKey);
    if (known) return known;
    const best = new Map<number, number>();
    labels.forEach((label, i) => {
      const forms = wantForms(label);
      const penalty = i === 0 ? 0 : 1;
      for (let level = 0; level < 4; level++) {
        const form = forms[level];
        if (form === "") continue;
        const ids = this.index[level].get(form);
        if (!ids) continue;
        const score = FORM_SCORES[level] - penalty;
        for (const id of ids) if ((best.get(id) ?? 0) < score) best.set(id, score);
      }
    });
    const hits: Hit[] = [];
    for (const [id, score] of best) hits.push({ row: Math.floor(id / this.width), col: id % this.width, score });
    hits.sort((a, b) => a.row - b.row || a.col - b.col);
    this.found.set(memoKey, hits);
    return hits;
  }
}

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

/** One index lookup of a query: a form at one level, and the score a cell found there gets. */
interface Probe {
  level: number;
  form: string;
  score: number;
}

/** What `find` looks up for one list of labels, worked out once per list. */
interface Query {
  /** The memo key of the answer in each view. */
  key: string;
  probes: Probe[];
}

/**
 * Queries by the label list asked for. The locators ask with lists made once per format (row
 * items, column definitions), so each list's forms are computed once for the life of the process.
 */
const queries = new WeakMap<readonly string[], Query>();
function queryOf(labels: readonly string[]): Query {
  let q = queries.get(labels);
  if (!q) {
    const probes: Probe[] = [];
    labels.forEach((label, i) => {
      const forms = labelForms(normalizeLabel(label));
      const penalty = i === 0 ? 0 : 1;
      for (let level = 0; level < 4; level++) if (forms[level] !== "") probes.push({ level, form: forms[level], score: FORM_SCORES[level] - penalty });
    });
    q = { key: labels.join("\u0001"), probes };
    queries.set(labels, q);
  }
  return q;
}

/** A column's labels (its header, then its aliases) as one list per definition, for `find`. */
const columnLists = new WeakMap<{ label: string; aliases?: readonly string[] }, readonly string[]>();
export function columnLabels(def: { label: string; aliases?: readonly string[] }): readonly string[] {
  let list = columnLists.get(def);
  if (!list) {
    list = [def.label, ...(def.aliases ?? [])];
    columnLists.set(def, list);
  }
  return list;
}

/** A cell text's normal form and its four comparison forms, or null when it is no label. */
interface TextForms {
  norm: string;
  forms: [string, string, string, string];
}

/**
 * Forms by raw cell text. Official labels repeat in every report, so most text cells of a sheet
 * are found here; bounded like `normalizeLabel`'s memo.
 */
const textCache = new Map<string, TextForms | null>();
const TEXT_CACHE_LIMIT = 20000;
function textForms(text: string): TextForms | null {
  let known = textCache.get(text);
  if (known === undefined) {
    const n = normalizeLabel(text);
    known = n === "" || n.length > MAX_LABEL_LENGTH ? null : { norm: n, forms: labelForms(n) };
    if (textCache.size >= TEXT_CACHE_LIMIT) textCache.clear();
    textCache.set(text, known);
  }
  return known;
}

const NO_HITS: readonly Hit[] = Object.freeze([]);

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
        const t = textForms(v);
        if (t === null) continue;
        const id = r * width + c;
        this.norms[id] = t.norm;
        const forms = t.forms;
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
    const query = queryOf(labels);
    // Both versions of a table, and several locators, ask for the same labels.
    const known = this.found.get(query.key);
    if (known) return known;
    // Matches packed as `id * 16 + score` (scores are below 16): sorted, a cell's entries are
    // adjacent and its best score comes last, and cell ids ascend in row-major order.
    let count = 0;
    const lists: number[][] = [];
    const scores: number[] = [];
    for (const probe of query.probes) {
      const ids = this.index[probe.level].get(probe.form);
      if (!ids) continue;
      lists.push(ids);
      scores.push(probe.score);
      count += ids.length;
    }
    let hits: readonly Hit[] = NO_HITS;
    if (count > 0) {
      const packed = new Float64Array(count);
      let k = 0;
      for (let l = 0; l < lists.length; l++) for (const id of lists[l]) packed[k++] = id * 16 + scores[l];
      packed.sort();
      const out: Hit[] = [];
      for (let p = 0; p < count; p++) {
        const id = Math.floor(packed[p] / 16);
        if (p + 1 < count && Math.floor(packed[p + 1] / 16) === id) continue;
        out.push({ row: Math.floor(id / this.width), col: id % this.width, score: packed[p] - id * 16 });
      }
      hits = out;
    }
    this.found.set(query.key, hits);
    return hits;
  }
}

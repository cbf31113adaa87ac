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

/**
 * Every form some query looks for, at its level, numbered in the order first asked. A sheet
 * indexes its cells under these numbers only: a cell whose forms no label has is never stored.
 * Bounded by the labels the locators ask for, which are the formats' labels and aliases.
 */
const formIds: Array<Map<string, number>> = [new Map(), new Map(), new Map(), new Map()];
/** Level and form of each number. */
const formLevels: number[] = [];
const formTexts: string[] = [];

function formId(level: number, form: string): number {
  let id = formIds[level].get(form);
  if (id === undefined) {
    id = formLevels.length;
    formIds[level].set(form, id);
    formLevels.push(level);
    formTexts.push(form);
  }
  return id;
}

/** What `find` looks up for one list of labels, worked out once per list. */
interface Query {
  /** The slot of the answer in each view's memo: one per distinct list of labels. */
  slot: number;
  /** Numbers of the forms looked for (each once), and the score a cell found under each gets. */
  forms: number[];
  scores: number[];
}

/**
 * Queries by the label list asked for. The locators ask with lists made once per format (row
 * items, column definitions), so each list's forms are computed once for the life of the process.
 */
const queries = new WeakMap<readonly string[], Query>();
/** Memo slots by the labels joined: two lists of the same labels share their answers. */
const slots = new Map<string, number>();
function queryOf(labels: readonly string[]): Query {
  let q = queries.get(labels);
  if (!q) {
    const forms: number[] = [];
    const scores: number[] = [];
    labels.forEach((label, i) => {
      const wanted = labelForms(normalizeLabel(label));
      const penalty = i === 0 ? 0 : 1;
      for (let level = 0; level < 4; level++) {
        if (wanted[level] === "") continue;
        const id = formId(level, wanted[level]);
        const score = FORM_SCORES[level] - penalty;
        const at = forms.indexOf(id);
        if (at < 0) {
          forms.push(id);
          scores.push(score);
        } else if (scores[at] < score) scores[at] = score;
      }
    });
    const key = labels.join("\u0001");
    let slot = slots.get(key);
    if (slot === undefined) slots.set(key, (slot = slots.size));
    q = { slot, forms, scores };
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
  /** Numbers of its forms that some query looks for, as of `known` numbers. */
  wanted: number[];
  known: number;
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
    known = n === "" || n.length > MAX_LABEL_LENGTH ? null : { norm: n, forms: labelForms(n), wanted: [], known: 0 };
    if (textCache.size >= TEXT_CACHE_LIMIT) textCache.clear();
    textCache.set(text, known);
  }
  return known;
}

/** The numbered forms `t` has, brought up to date when forms were numbered since. */
function wantedOf(t: TextForms): readonly number[] {
  if (t.known !== formLevels.length) {
    // Every level counts even when equal to a stricter form: a wanted label's looser form may
    // equal this cell's (cell `本年收费金额`, wanted `本年收费金额（单位：万元）`).
    const wanted: number[] = [];
    for (let level = 0; level < 4; level++) {
      const id = t.forms[level] === "" ? undefined : formIds[level].get(t.forms[level]);
      if (id !== undefined) wanted.push(id);
    }
    t.wanted = wanted;
    t.known = formLevels.length;
  }
  return t.wanted;
}

/** More matches than this are merged by sorting rather than by looking through the list. */
const SMALL_MERGE = 16;

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
  /** The four forms of each cell with a normalised label, by the same ids (cached per text, shared). */
  readonly #formsAt: Array<readonly [string, string, string, string] | undefined>;
  /*
   * The index, in private fields: what it holds depends on which forms were numbered when the
   * view was made, not on the sheet, so it is no part of the view's value (two views of one
   * sheet compare equal).
   */
  /** Cell ids by form number (for forms numbered when the view was made), in row-major order. */
  readonly #cells: Array<number[] | undefined>;
  /** How many forms were numbered when the view was made. */
  readonly #known: number;
  /** Forms numbered later, looked for in the text cells when first asked. */
  readonly #late = new Map<number, number[]>();
  /** Ids and forms of the text cells, in row-major order, for forms numbered later. */
  readonly #textIds: number[] = [];
  readonly #textForms: TextForms[] = [];
  /** Answers of `find`, by the slot of the labels asked for (a private field, as `#cells`). */
  readonly #found: Array<readonly Hit[] | undefined> = [];

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
    this.#formsAt = new Array<readonly [string, string, string, string] | undefined>(this.height * width);
    this.#known = formLevels.length;
    const cells = new Array<number[] | undefined>(this.#known);
    this.#cells = cells;
    for (let r = 0; r < this.height; r++) {
      const row = sheet.values[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== "string" || v.length > MAX_LABEL_LENGTH * 2) continue;
        const t = textForms(v);
        if (t === null) continue;
        const id = r * width + c;
        this.norms[id] = t.norm;
        this.#formsAt[id] = t.forms;
        this.#textIds.push(id);
        this.#textForms.push(t);
        for (const f of wantedOf(t)) {
          const list = cells[f];
          if (list) list.push(id);
          else cells[f] = [id];
        }
      }
    }
  }

  /** The cells that have form number `f`, in row-major order. */
  #cellsWith(f: number): readonly number[] | undefined {
    if (f < this.#known) return this.#cells[f];
    let list = this.#late.get(f);
    if (!list) {
      list = [];
      const level = formLevels[f];
      const form = formTexts[f];
      for (let i = 0; i < this.#textIds.length; i++) if (this.#textForms[i].forms[level] === form) list.push(this.#textIds[i]);
      this.#late.set(f, list);
    }
    return list.length ? list : undefined;
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

  /** `labelForms(this.norm(row, col))` for a cell whose norm is not "" (else null), computed once per text. */
  forms(row: number, col: number): readonly [string, string, string, string] | null {
    if (row < 0 || col < 0 || row >= this.height || col >= this.width) return null;
    return this.#formsAt[row * this.width + col] ?? null;
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
    const known = this.#found[query.slot];
    if (known) return known;
    // A label is mostly found under none of its forms, or in one cell under several (an exact
    // match has all four): merged by looking through the few matches, or by sorting many.
    let first = -1;
    let many = false;
    for (let q = 0; q < query.forms.length; q++) {
      if (!this.#cellsWith(query.forms[q])) continue;
      if (first >= 0) many = true;
      else first = q;
    }
    if (first < 0) return (this.#found[query.slot] = NO_HITS);
    if (!many) return (this.#found[query.slot] = this.hitsAt(this.#cellsWith(query.forms[first]) as readonly number[], query.scores[first]));
    const ids: number[] = [];
    const scores: number[] = [];
    for (let q = first; q < query.forms.length; q++) {
      const list = this.#cellsWith(query.forms[q]);
      if (!list) continue;
      const score = query.scores[q];
      for (const id of list) {
        ids.push(id);
        scores.push(score);
      }
    }
    return (this.#found[query.slot] = ids.length <= SMALL_MERGE ? this.mergeFew(ids, scores) : this.mergeMany(ids, scores));
  }

  /** The cells `ids` as hits, all with `score`. */
  private hitsAt(ids: readonly number[], score: number): Hit[] {
    const out: Hit[] = [];
    for (let i = 0; i < ids.length; i++) out.push({ row: Math.floor(ids[i] / this.width), col: ids[i] % this.width, score });
    return out;
  }

  private hitsOf(ids: readonly number[], scores: readonly number[]): Hit[] {
    const out: Hit[] = [];
    for (let i = 0; i < ids.length; i++) out.push({ row: Math.floor(ids[i] / this.width), col: ids[i] % this.width, score: scores[i] });
    return out;
  }

  /** Each cell once with its best score, ids ascending. */
  private mergeFew(ids: readonly number[], scores: readonly number[]): Hit[] {
    const cellIds: number[] = [];
    const best: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const at = cellIds.indexOf(ids[i]);
      if (at < 0) {
        // Insertion keeps the ids ascending.
        let k = cellIds.length;
        cellIds.push(ids[i]);
        best.push(scores[i]);
        while (k > 0 && cellIds[k - 1] > ids[i]) {
          cellIds[k] = cellIds[k - 1];
          best[k] = best[k - 1];
          k--;
        }
        cellIds[k] = ids[i];
        best[k] = scores[i];
      } else if (best[at] < scores[i]) best[at] = scores[i];
    }
    return this.hitsOf(cellIds, best);
  }

  /** As `mergeFew`, for many matches: packed as `id * 16 + score` (scores are below 16) and sorted. */
  private mergeMany(ids: readonly number[], scores: readonly number[]): Hit[] {
    const packed = ids.map((id, i) => id * 16 + scores[i]).sort((x, y) => x - y);
    const cellIds: number[] = [];
    const best: number[] = [];
    for (let p = 0; p < packed.length; p++) {
      const id = Math.floor(packed[p] / 16);
      // A cell's matches are adjacent, its best score last.
      if (p + 1 < packed.length && Math.floor(packed[p + 1] / 16) === id) continue;
      cellIds.push(id);
      best.push(packed[p] - id * 16);
    }
    return this.hitsOf(cellIds, best);
  }
}

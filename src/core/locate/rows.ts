/**
 * Finding tables whose rows carry labels (the legacy table, Tables A and B): every instance of
 * the format's row sequence on a sheet, one after the other. Each round aligns the items (rows,
 * plus anchors such as Table A's captions) with their candidate cells, keeps the best chain if
 * it looks like a table, then forgets the candidates inside it, so a second copy of the table
 * on the same sheet is found next.
 */
import type { TableDef } from "../formats/model";
import { normalizeLabel } from "../normalize";
import { AlignScratch, chainOf } from "./align";
import { labelForms, type Hit, type SheetView } from "./sheet-view";
import { similarity } from "./similarity";

/**
 * `data`: a row with values; `heading`: a label-only row of the format (it may share its sheet
 * row with its first child, as merged labels do); `anchor`: not a row of the format but a
 * landmark printed on its own row (a block caption, the `信息内容` header).
 */
export type ItemKind = "data" | "heading" | "anchor";

export interface RowItem {
  key: string;
  kind: ItemKind;
  /** The official label first, then accepted variants. */
  labels: readonly string[];
}

export interface RowMatch extends Hit {
  /** Found by similarity at the place the row belongs, not by its label's normal forms. */
  fuzzy?: boolean;
}

/** One instance: a match (or null) per item, and the label area's bounds (local coordinates). */
export interface RowInstance {
  matches: (RowMatch | null)[];
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface RowSearch {
  items: readonly RowItem[];
  /** Whether a chain of matches is a table rather than a few words that happen to match. */
  accept(matches: readonly (RowMatch | null)[]): boolean;
}

/** Labels of one table sit within a few columns of each other (Table B has three label columns). */
const MAX_COLUMN_STEP = 4;
/** Rows between two matched items beyond what the items skipped cost this much each. */
const ROW_GAP_COST = 0.2;
const COLUMN_STEP_COST = 0.05;
/** Beyond this many unexplained rows two matches are not one table. */
const MAX_EXTRA_ROWS = 40;
/** Typos are recovered only for labels long enough for similarity to mean something. */
const FUZZY_MIN_LENGTH = 4;
const FUZZY_THRESHOLD = 0.7;
const MAX_ROUNDS = 50;

const cellId = (row: number, col: number): number => row * 100000 + col;

const looseCache = new Map<string, string>();
/** A label without numbering and remarks, the form typos are compared in. */
function looseForm(label: string): string {
  let form = looseCache.get(label);
  if (form === undefined) {
    form = labelForms(normalizeLabel(label))[3];
    looseCache.set(label, form);
  }
  return form;
}

/** How many items a chain may skip: a whole deleted section of the legacy table (24 rows). */
const MAX_SKIPPED = 40;
const scratch = new AlignScratch();

/**
 * `align` with the rules of a row sequence written out: labels within `MAX_COLUMN_STEP` columns
 * of each other, going down (a merged heading may share its row with the next item, to its
 * right), at most `MAX_EXTRA_ROWS` unexplained rows apart, each such row and column step costing.
 * Every table kind and version runs this on every sheet, so the rules are plain arithmetic on
 * flat arrays rather than calls per pair; the chain chosen is the one `align` would choose.
 */
function alignRows(items: readonly RowItem[], candidates: readonly (readonly Hit[])[]): (Hit | null)[] {
  const n = candidates.length;
  const s = AlignScratch.take(scratch, candidates);
  const { start, value, back, itemOf, row: rows, col: cols, weight, flag: heading } = s;
  for (let j = 0; j < n; j++) {
    const hits = candidates[j];
    const isHeading = items[j].kind === "heading" ? 1 : 0;
    for (let h = 0, at = start[j]; h < hits.length; h++, at++) {
      rows[at] = hits[h].row;
      cols[at] = hits[h].col;
      weight[at] = 1 + hits[h].score / 16;
      heading[at] = isHeading;
    }
  }
  let bestValue = 0;
  let bestEnd = -1;

  for (let j = 0; j < n; j++) {
    // Candidates of the items a chain may come from, as one run of slots.
    const first = start[Math.max(0, j - MAX_SKIPPED - 1)];
    const last = start[j];
    for (let at = start[j]; at < start[j + 1]; at++) {
      const row = rows[at];
      const col = cols[at];
      const own = weight[at];
      let v = own;
      let from = -1;
      for (let p = first; p < last; p++) {
        const step = col - cols[p];
        if (step > MAX_COLUMN_STEP || step < -MAX_COLUMN_STEP) continue;
        const skipped = j - itemOf[p];
        const down = row - rows[p];
        if (down > skipped + MAX_EXTRA_ROWS) continue;
        // A merged heading (`三、本年度办理结果`) shares its first row with the row after it.
        if (down <= 0 && !(heading[p] === 1 && down === 0 && step > 0)) continue;
        const candidate = value[p] + own - (ROW_GAP_COST * Math.max(0, down - skipped) + COLUMN_STEP_COST * Math.abs(step));
        if (candidate > v + 1e-9) {
          v = candidate;
          from = p;
        }
      }
      value[at] = v;
      back[at] = from;
      if (v > bestValue + 1e-9) {
        bestValue = v;
        bestEnd = at;
      }
    }
  }

  const chosen = chainOf(s, candidates, bestEnd);
  s.release();
  return chosen;
}

function bounds(matches: readonly (RowMatch | null)[]): Pick<RowInstance, "top" | "bottom" | "left" | "right"> {
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (const m of matches) {
    if (!m) continue;
    top = Math.min(top, m.row);
    bottom = Math.max(bottom, m.row);
    left = Math.min(left, m.col);
    right = Math.max(right, m.col);
  }
  return { top, bottom, left, right };
}

/** Sheet rows taken by data items: two data rows of a format never share a sheet row. */
function dataRowsUsed(items: readonly RowItem[], matches: readonly (RowMatch | null)[]): Set<number> {
  const used = new Set<number>();
  matches.forEach((m, i) => {
    if (m && items[i].kind === "data") used.add(m.row);
  });
  return used;
}

/** A row the chain skipped, found inside the table out of order (someone moved it). */
function recoverOutOfOrder(items: readonly RowItem[], hits: readonly (readonly Hit[])[], matches: (RowMatch | null)[]): void {
  const box = bounds(matches);
  const usedCells = new Set<number>();
  for (const m of matches) if (m) usedCells.add(cellId(m.row, m.col));
  const usedRows = dataRowsUsed(items, matches);
  items.forEach((item, i) => {
    if (matches[i] || item.kind === "anchor") return;
    const inside = hits[i].filter(
      (h) =>
        h.row >= box.top &&
        h.row <= box.bottom &&
        h.col >= box.left &&
        h.col <= box.right &&
        !usedCells.has(cellId(h.row, h.col)) &&
        !(item.kind === "data" && usedRows.has(h.row)),
    );
    if (inside.length === 0) return;
    const best = inside.reduce((a, b) => (b.score > a.score ? b : a));
    matches[i] = best;
    usedCells.add(cellId(best.row, best.col));
    if (item.kind === "data") usedRows.add(best.row);
  });
}

/** Whether any of a cell's forms is a form of some item's label. */
function isKnown(forms: readonly string[], known: Set<string>): boolean {
  for (const f of forms) if (f !== "" && known.has(f)) return true;
  return false;
}

/**
 * A row still missing whose place holds a label much like it (a typo nobody listed): accept it
 * when the cell is not some other item's label.
 */
function recoverTypos(view: SheetView, items: readonly RowItem[], matches: (RowMatch | null)[], known: Set<string>): void {
  const box = bounds(matches);
  const usedCells = new Set<number>();
  for (const m of matches) if (m) usedCells.add(cellId(m.row, m.col));
  const usedRows = dataRowsUsed(items, matches);
  items.forEach((item, i) => {
    if (matches[i] || item.kind === "anchor") return;
    const want = looseForm(item.labels[0]);
    if (want.length < FUZZY_MIN_LENGTH) return;
    let p = i - 1;
    while (p >= 0 && !matches[p]) p--;
    let q = i + 1;
    while (q < items.length && !matches[q]) q++;
    const prev = p >= 0 ? matches[p] : null;
    const next = q < items.length ? matches[q] : null;
    if (!prev && !next) return;
    const from = prev ? prev.row + (items[p].kind === "heading" ? 0 : 1) : (next as Hit).row - 3;
    const to = next ? next.row - (item.kind === "heading" ? 0 : 1) : (prev as Hit).row + 3;
    let best: RowMatch | null = null;
    let bestScore = FUZZY_THRESHOLD;
    for (let r = Math.max(0, from); r <= Math.min(view.height - 1, to); r++) {
      if (item.kind === "data" && usedRows.has(r)) continue;
      for (let c = box.left; c <= box.right; c++) {
        const forms = view.forms(r, c);
        if (forms === null || usedCells.has(cellId(r, c))) continue;
        if (isKnown(forms, known)) continue;
        // Edit distance is at least the difference in length: a bound that cannot reach the
        // best so far needs no distance (rounding is monotonic, so the bound holds in floats).
        const longer = Math.max(forms[3].length, want.length);
        if (longer > 0 && 1 - Math.abs(forms[3].length - want.length) / longer < bestScore) continue;
        const s = similarity(forms[3], want);
        if (s >= bestScore) {
          bestScore = s + 1e-9;
          best = { row: r, col: c, score: 1, fuzzy: true };
        }
      }
    }
    if (best) {
      matches[i] = best;
      usedCells.add(cellId(best.row, best.col));
      if (item.kind === "data") usedRows.add(best.row);
    }
  });
}

/** Every form of every label of the items, computed once per item list. */
const knownCache = new WeakMap<readonly RowItem[], Set<string>>();
function knownForms(items: readonly RowItem[]): Set<string> {
  let known = knownCache.get(items);
  if (!known) {
    known = new Set<string>();
    for (const item of items) for (const label of item.labels) for (const f of labelForms(normalizeLabel(label))) if (f) known.add(f);
    knownCache.set(items, known);
  }
  return known;
}

/** Every instance of the items' sequence on the sheet, top to bottom as found. */
export function findRowTables(view: SheetView, search: RowSearch): RowInstance[] {
  const { items } = search;
  const allHits = items.map((item) => view.find(item.labels));
  if (allHits.every((h) => h.length === 0)) return [];
  const known = knownForms(items);

  // A hit inside a table found is forgotten: it is that table's, not another copy's.
  const boxes: Array<Pick<RowInstance, "top" | "bottom" | "left" | "right">> = [];
  const taken = (h: Hit): boolean => boxes.some((box) => h.row >= box.top && h.row <= box.bottom && h.col >= box.left && h.col <= box.right);
  const out: RowInstance[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const hits = boxes.length === 0 ? allHits : allHits.map((list) => list.filter((h) => !taken(h)));
    const chain: (RowMatch | null)[] = alignRows(items, hits);
    if (!chain.some((m) => m) || !search.accept(chain)) break;
    recoverOutOfOrder(items, hits, chain);
    recoverTypos(view, items, chain, known);
    const box = bounds(chain);
    out.push({ matches: chain, ...box });
    boxes.push(box);
  }
  return out;
}

/** Row items depend only on the format data: made once per table definition, not per sheet. */
export function madeOncePerTable(make: (table: TableDef) => RowItem[]): (table: TableDef) => RowItem[] {
  const cache = new WeakMap<TableDef, RowItem[]>();
  return (table) => {
    let list = cache.get(table);
    if (!list) cache.set(table, (list = make(table)));
    return list;
  };
}

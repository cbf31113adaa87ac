/**
 * Reading a sheet plan the way a person reads the sheet: what text is where, what is merged with
 * what, which look a cell has. Tests find things by their text, never by a hard-coded address.
 */
import { fromA1 } from "../../../src/core/address";
import type { FormatId } from "../../../src/core/formats/model";
import { planTemplate, type SheetPlan, type StyleGroup } from "../../../src/core/layout";
import type { CellPos } from "../../../src/core/types";

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One report year per format, and an agency. */
export const CASES: ReadonlyArray<{ format: FormatId; year: number }> = [
  { format: "legacy-2014", year: 2017 },
  { format: "national-2019", year: 2020 },
  { format: "national-2021", year: 2025 },
];
export const AGENCY = "XX市审计局";

const cache = new Map<string, SheetPlan>();
export function planFor(format: FormatId, year: number, agency = AGENCY): SheetPlan {
  const key = `${format}|${year}|${agency}`;
  let plan = cache.get(key);
  if (!plan) {
    plan = planTemplate(format, year, agency);
    cache.set(key, plan);
  }
  return plan;
}

export function box(range: string): Box {
  const [a, b = a] = range.split(":");
  const p = fromA1(a);
  const q = fromA1(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

export function cellsOf(range: string): CellPos[] {
  const b = box(range);
  const out: CellPos[] = [];
  for (let row = b.top; row <= b.bottom; row++) for (let col = b.left; col <= b.right; col++) out.push({ row, col });
  return out;
}

export const inBox = (b: Box, p: CellPos): boolean => p.row >= b.top && p.row <= b.bottom && p.col >= b.left && p.col <= b.right;

export const pos = (a1: string): CellPos => fromA1(a1);

export function textAt(plan: SheetPlan, p: CellPos): string | null {
  return plan.values[p.row]?.[p.col] ?? null;
}

/** Every cell whose text is exactly `text`. */
export function find(plan: SheetPlan, text: string, within?: Box): CellPos[] {
  const out: CellPos[] = [];
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === text && (!within || inBox(within, { row: r, col: c }))) out.push({ row: r, col: c });
    }),
  );
  return out;
}

/** The one cell with `text` (in `within`); fails the test when there is none or several. */
export function findOne(plan: SheetPlan, text: string, within?: Box): CellPos {
  const hits = find(plan, text, within);
  if (hits.length !== 1) throw new Error(`expected one cell “${text}”, found ${hits.length}`);
  return hits[0];
}

/** The merged rectangle a cell belongs to, or the cell alone. */
export function spanOf(plan: SheetPlan, p: CellPos): Box {
  for (const m of plan.merges) {
    const b = box(m);
    if (inBox(b, p)) return b;
  }
  return { top: p.row, left: p.col, bottom: p.row, right: p.col };
}

export function styleOf(plan: SheetPlan, p: CellPos): StyleGroup | undefined {
  return plan.styles.find((g) => g.ranges.some((r) => inBox(box(r), p)));
}

/** The table's value cell address as a position. */
export function valuePos(plan: SheetPlan, table: string, key: string): CellPos {
  const t = plan.tables.find((x) => x.id === table);
  const a1 = t?.cells[key];
  if (!a1) throw new Error(`no value cell ${table}:${key}`);
  return fromA1(a1);
}

export function tableBox(plan: SheetPlan, table: string): Box {
  const t = plan.tables.find((x) => x.id === table);
  if (!t) throw new Error(`no table ${table}`);
  return box(t.range);
}

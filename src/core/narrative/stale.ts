/**
 * Whether a paragraph generated earlier still says what the numbers say. Each paragraph carries
 * its basis — the cells (by key, not by address, so inserted rows do not matter) and inputs it
 * was made from; it is stale as soon as one of them no longer holds the same number.
 */
import type { LocatedTable } from "../located";
import type { TableId } from "../formats/model";
import { cellLabel } from "./labels";
import type { BasisEntry, StaleInputs } from "./types";
import { findTable, readKey } from "./values";

/** What a basis entry holds now: a number, or why there is none. */
export type CurrentValue = number | "blank" | "invalid" | "missing" | "table-missing" | "not-given";

export interface BasisChange {
  entry: BasisEntry;
  now: CurrentValue;
  /** Chinese: `“（一）收到申请数”由 0 改为 5`. */
  message: string;
}

export interface Staleness {
  stale: boolean;
  changes: BasisChange[];
}

const INPUT_NAMES: Readonly<Record<string, string>> = {
  year: "报告年度",
  feesCollected: "本年收取的信息处理费（元）",
  proposals: "人大政协建议提案办理件数",
};

const NOW_TEXT: Readonly<Record<Exclude<CurrentValue, number>, string>> = {
  blank: "现为空白",
  invalid: "现在填写的不是数字",
  missing: "现在在统计表中找不到",
  "table-missing": "所在的统计表现在找不到",
  "not-given": "现未填写",
};

const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

function currentOf(entry: BasisEntry, tables: readonly LocatedTable[], year: number | null, inputs: StaleInputs | undefined): CurrentValue | undefined {
  if (entry.source === "input") {
    // Inputs are compared only when the caller says what they are now.
    if (!inputs || !(entry.key in inputs)) return undefined;
    const now = inputs[entry.key as keyof StaleInputs];
    return now === undefined || now === null ? "not-given" : now;
  }
  const table = findTable(tables, entry.source as TableId, undefined, year);
  if (!table) return "table-missing";
  const state = readKey(table, entry.key);
  return state.status === "value" ? state.value : state.status;
}

function describe(entry: BasisEntry, now: CurrentValue, tables: readonly LocatedTable[]): string {
  const was = entry.value === null ? "未填写" : String(entry.value);
  let name: string;
  if (entry.source === "input") name = `“${INPUT_NAMES[entry.key] ?? entry.key}”`;
  else {
    const table = tables.find((t) => t.table === entry.source);
    name = table ? cellLabel(table.format, table.table, entry.key) : entry.key;
  }
  return typeof now === "number" ? `${name}由 ${was} 改为 ${now}` : `${name}原为 ${was}，${NOW_TEXT[now]}`;
}

/**
 * Compare a paragraph's basis with the current tables (and, for inputs, with `inputs` — only the
 * keys present there are compared: pass `{ year: 2024 }` to catch a report copied to a new year).
 */
export function staleness(paragraph: { readonly basis: readonly BasisEntry[] }, tables: readonly LocatedTable[], inputs?: StaleInputs): Staleness {
  const yearEntry = paragraph.basis.find((b) => b.source === "input" && b.key === "year");
  const year = yearEntry?.value ?? null;
  const changes: BasisChange[] = [];
  for (const entry of paragraph.basis) {
    const now = currentOf(entry, tables, year, inputs);
    if (now === undefined) continue;
    const unchanged = typeof now === "number" ? entry.value !== null && same(entry.value, now) : now === "not-given" && entry.value === null;
    if (!unchanged) changes.push({ entry, now, message: describe(entry, now, tables) });
  }
  return { stale: changes.length > 0, changes };
}

/** True when the numbers a paragraph was generated from have changed since. */
export function isStale(paragraph: { readonly basis: readonly BasisEntry[] }, tables: readonly LocatedTable[], inputs?: StaleInputs): boolean {
  return staleness(paragraph, tables, inputs).stale;
}

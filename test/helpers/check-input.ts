/**
 * A `RuleInput` made of plain data, for testing one rule kind on its own: each cell is a number,
 * `""` (blank), `"?"` (unreadable) or absent (not found by the locator). Names are the keys
 * themselves and references are `R<key>`, so messages and cell lists are easy to read.
 */
import type { ValueKind } from "../../src/core/formats/model";
import type { CellState, RuleInput } from "../../src/core/rules/operands";

export type FakeCell = number | "" | "?";

export function fakeInput(cells: Record<string, FakeCell>, kinds: Record<string, ValueKind> = {}): RuleInput {
  const state = (key: string): CellState => {
    if (!(key in cells)) return { status: "missing" };
    const c = cells[key];
    if (c === "") return { status: "blank" };
    if (c === "?") return { status: "invalid" };
    return { status: "value", value: c };
  };
  return {
    format: "national-2021",
    table: "B",
    sheet: "表三",
    state,
    kind: (key) => kinds[key] ?? "count",
    name: (key) => key,
    ref: (key) => (key in cells ? `R${key}` : undefined),
  };
}

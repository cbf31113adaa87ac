/**
 * The table of quantities itself: every pattern runs in the pane's ES2017 web views (no
 * lookbehind, named groups, `s` or `u` flags, `\p{…}`), and every quantity names cells that exist
 * in the formats it lists.
 */
import { FORMATS } from "../../../src/core/formats";
import { dataCells } from "../../../src/core/formats/derive";
import type { FormatId } from "../../../src/core/formats/model";
import { QUANTITIES } from "../../../src/core/narrative/quantities";
import * as quantities from "../../../src/core/narrative/quantities";
import { THIS_YEAR } from "../../../src/core/narrative/stated";

function patternsOf(value: unknown): RegExp[] {
  if (value instanceof RegExp) return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(patternsOf);
  return [];
}

test("every pattern is ES2017", () => {
  const all = [...patternsOf(QUANTITIES), ...patternsOf(quantities), THIS_YEAR];
  expect(all.length).toBeGreaterThan(QUANTITIES.length);
  for (const re of all) {
    expect(re.source).not.toMatch(/\(\?<[=!]|\(\?<[A-Za-z]|\\[pP]\{/);
    expect(re.flags).not.toMatch(/[suyd]/);
  }
});

test("every quantity's cells exist in the tables of the formats it lists, and it has words for the prefilter", () => {
  for (const q of QUANTITIES) {
    expect(q.needs.length).toBeGreaterThan(0);
    for (const [format, where] of Object.entries(q.cells)) {
      const def = FORMATS[format as FormatId].tables.find((t) => t.id === where?.table);
      expect(def).toBeDefined();
      const keys = new Set(def ? dataCells(def).map((c) => c.key) : []);
      for (const sum of where?.sums ?? []) for (const key of sum) expect([q.id, format, keys.has(key)]).toEqual([q.id, format, true]);
    }
  }
});

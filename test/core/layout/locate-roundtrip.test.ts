/**
 * A sheet made from the plan is read back by the locator as the same tables: the same cells, the
 * same format and year, and nothing to remark on its shape. The plan's grid is what a host writes.
 */
import { toA1 } from "../../../src/core/address";
import { locateTables } from "../../../src/core/locate";
import { CASES, planFor } from "./plan-helpers";

describe.each(CASES)("$format made by us, found by the locator", ({ format, year }) => {
  const plan = planFor(format, year);
  const found = locateTables([{ name: plan.name, values: plan.values, originRow: 0, originCol: 0 }]);

  test("every table, once, with the plan's cells, format and year, and no findings", () => {
    expect(found.map((t) => t.table).sort()).toEqual(plan.tables.map((t) => t.id).sort());
    for (const t of found) {
      const mine = plan.tables.find((x) => x.id === t.table)!;
      expect(t.format).toBe(format);
      expect(t.year).toBe(year);
      expect(t.range).toBe(mine.range);
      expect(t.findings).toEqual([]);
      const located = Object.fromEntries(Object.entries(t.cells).map(([k, p]) => [k, toA1(p)]));
      expect(located).toEqual(mine.cells);
    }
  });
});

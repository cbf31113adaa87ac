/**
 * Our own template: a sheet made from the sheet plan is located exactly where the plan put its
 * tables, with the plan's year, and nothing to report.
 */
import { toA1 } from "../../../src/core/address";
import type { FormatId } from "../../../src/core/formats/model";
import { planTemplate } from "../../../src/core/layout";
import { locateTables } from "../../../src/core/locate";

describe.each([
  ["legacy-2014", 2017],
  ["national-2019", 2020],
  ["national-2021", 2023],
] as Array<[FormatId, number]>)("the %s template for %i", (format, year) => {
  const plan = planTemplate(format, year, "某某市某某局");
  const tables = locateTables([{ name: plan.name, values: plan.values, originRow: 0, originCol: 0 }]);

  it("every table of the plan is found, in the plan's range, of the plan's format and year", () => {
    expect(tables.map((t) => [t.table, t.range, t.format, t.year])).toEqual(plan.tables.map((t) => [t.id, t.range, format, year]));
    for (const t of tables) expect(t.findings).toEqual([]);
  });

  it("every value cell where the plan put it", () => {
    for (const planned of plan.tables) {
      const found = tables.find((t) => t.table === planned.id);
      const at = Object.fromEntries(Object.entries(found?.cells ?? {}).map(([k, p]) => [k, toA1(p)]));
      expect(at).toEqual(planned.cells);
    }
  });
});

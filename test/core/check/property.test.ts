/**
 * From a consistent national-2021 Table B or C, changing any single value cell by +1 or −1 must
 * produce at least one error that points at that cell: every cell is tied into some sum.
 */
import { checkTable } from "../../../src/core/check";
import { dataCells } from "../../../src/core/formats/derive";
import type { TableId } from "../../../src/core/formats/model";
import { consistent } from "../../helpers/check-fixtures";
import { makeTable, refOf, tableDefOf } from "../../helpers/check-table";

for (const table of ["B", "C"] as TableId[]) {
  describe(`national-2021 table ${table}: every single change is caught`, () => {
    const base = consistent("national-2021", table);
    const keys = dataCells(tableDefOf("national-2021", table)).map((c) => c.key);

    test("the base table is consistent and non-trivial", () => {
      expect(checkTable(makeTable("national-2021", table, base))).toEqual([]);
      for (const key of keys) expect(base[key]).toBeGreaterThan(0);
    });

    for (const delta of [1, -1]) {
      test(`${delta > 0 ? "+1" : "−1"} on each of the ${keys.length} cells`, () => {
        const uncaught: string[] = [];
        for (const key of keys) {
          const changed = { ...base, [key]: (base[key] as number) + delta };
          const ref = refOf("national-2021", table, key);
          const errors = checkTable(makeTable("national-2021", table, changed)).filter((f) => f.severity === "error" && f.cells.includes(ref));
          if (errors.length === 0) uncaught.push(key);
        }
        expect(uncaught).toEqual([]);
      });
    }
  });
}

/**
 * Values for every value cell of an inserted template: the consistent tables of
 * `check-fixtures.ts` placed where the sheet plan's cell map says, so preview tests (jest and
 * browser) type numbers the checker accepts, or change one of them.
 */
import type { FormatId } from "../../src/core/formats/model";
import type { SheetPlan } from "../../src/core/layout";
import { consistent } from "./check-fixtures";

export interface CellEntry {
  table: string;
  key: string;
  address: string;
  value: number;
}

/** One entry per value cell of `plan`, in table order then the map's order. */
export function consistentEntries(plan: SheetPlan): CellEntry[] {
  const out: CellEntry[] = [];
  for (const table of plan.tables) {
    const values = consistent(plan.format as FormatId, table.id);
    for (const [key, address] of Object.entries(table.cells)) {
      const v = values[key];
      if (typeof v !== "number") throw new Error(`no consistent number for ${table.id} ${key}`);
      out.push({ table: table.id, key, address, value: v });
    }
  }
  return out;
}

/** Every value cell of `plan` with 0: the all-zero year. */
export function zeroEntries(plan: SheetPlan): CellEntry[] {
  return consistentEntries(plan).map((e) => ({ ...e, value: 0 }));
}

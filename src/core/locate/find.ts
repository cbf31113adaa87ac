/**
 * Every table on one sheet, as candidates: the legacy table, and each national table read under
 * both versions, the readings of one place paired so the better fit can be chosen.
 */
import { national2019 } from "../formats/national-2019";
import { national2021 } from "../formats/national-2021";
import { overlaps, type Candidate, type Reading } from "./candidate";
import { locateLegacy } from "./legacy";
import type { SheetView } from "./sheet-view";
import { locateTableA } from "./table-a";
import { locateTableB } from "./table-b";
import { locateTableC } from "./table-c";

/** Readings of the same place under two versions become one candidate; the better fit first. */
function pairVersions(view: SheetView, sheetIndex: number, table: "A" | "B", a: Reading[], b: Reading[]): Candidate[] {
  const out: Candidate[] = [];
  const usedB = new Set<Reading>();
  for (const ra of a) {
    const rb = b.find((r) => !usedB.has(r) && overlaps(ra, r));
    if (rb) usedB.add(rb);
    const readings = rb ? [ra, rb].sort((x, y) => y.fit - x.fit) : [ra];
    out.push({ view, sheetIndex, table, readings, decisive: !rb || ra.fit !== rb.fit });
  }
  for (const rb of b) if (!usedB.has(rb)) out.push({ view, sheetIndex, table, readings: [rb], decisive: true });
  return out;
}

export function candidatesOn(view: SheetView, sheetIndex: number): Candidate[] {
  const out: Candidate[] = [];
  for (const r of locateLegacy(view)) out.push({ view, sheetIndex, table: "L", readings: [r], decisive: true });
  out.push(...pairVersions(view, sheetIndex, "A", locateTableA(view, national2019), locateTableA(view, national2021)));
  out.push(...pairVersions(view, sheetIndex, "B", locateTableB(view, national2019), locateTableB(view, national2021)));
  // Table C reads the same under both versions: keep both readings and let the workbook decide.
  for (const c of locateTableC(view, "national-2021")) {
    const as2019: Reading = { ...c, format: "national-2019" };
    out.push({ view, sheetIndex, table: "C", readings: [c, as2019], decisive: false });
  }
  return out;
}

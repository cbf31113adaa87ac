/**
 * The locator's cache of each sheet's own findings: the same tables as without it, and only the
 * sheets whose grid changed are worked out again.
 */
import { LocateCache, locateTables } from "../../../src/core/locate";
import type { SheetGrid } from "../../../src/core/types";
import { templateSheet } from "../../helpers/pane-fake-host";

const titled = (name: string, year: number): SheetGrid => ({ name, values: [[`${year}年度政府信息公开工作年度报告`]], originRow: 0, originCol: 0 });

test("cached and uncached locating agree as sheets change, and unchanged sheets are not worked again", () => {
  const cache = new LocateCache();
  const report = templateSheet("national-2019", 2020).sheet;
  const hand = { ...templateSheet("national-2021", 2024).sheet, name: "Sheet2" };
  let sheets = [report, titled("说明", 2024), hand];
  expect(locateTables(sheets, { cache })).toEqual(locateTables(sheets));
  expect(cache.computed).toBe(3);

  // The year sheet changes: the hand-typed table's year (read from the workbook) follows.
  sheets = [report, titled("说明", 2023), hand];
  const after = locateTables(sheets, { cache });
  expect(after).toEqual(locateTables(sheets));
  expect(cache.computed).toBe(4);

  // Sheets reordered: same grids, nothing worked out again, order as given.
  sheets = [hand, report, sheets[1]];
  expect(locateTables(sheets, { cache })).toEqual(locateTables(sheets));
  expect(cache.computed).toBe(4);
});

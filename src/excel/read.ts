/**
 * Read every sheet's used range (values only) for a check. Steady state: one round trip — the
 * used ranges of the sheets seen last time are queued together with loading the real sheet list;
 * only when that list changed does a second round trip read the sheets as they are now. A check
 * writes nothing: below ExcelApi 1.19 any write clears the user's undo stack.
 */
import type { SheetGrid } from "../core/types";
import { ExcelHostError, excelErrorText } from "./errors";
import { gridOf } from "./grid";
import { runExcel } from "./run";
import type { SheetId, SheetList } from "./sheet-list";

/** A used range queued for loading (values-only: formatting alone does not widen it). */
function queueUsedRange(sheet: Excel.Worksheet): Excel.Range {
  const range = sheet.getUsedRangeOrNullObject(true);
  range.load("values,address");
  return range;
}

function gridsOf(sheets: readonly SheetId[], ranges: readonly Excel.Range[]): SheetGrid[] {
  return sheets.map((s, i) => {
    const range = ranges[i];
    return gridOf(s.name, range.isNullObject ? null : { address: range.address, values: range.values });
  });
}

const sameIds = (ids: readonly string[], sheets: readonly SheetId[]): boolean => ids.length === sheets.length && sheets.every((s, i) => s.id === ids[i]);

function readOnce(list: SheetList): Promise<SheetGrid[]> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    const expected = list.ids()?.slice() ?? null;
    const early = expected?.map((id) => queueUsedRange(worksheets.getItemOrNullObject(id)));
    await context.sync();

    const current = worksheets.items.map((s) => ({ id: s.id, name: s.name }));
    // Compared with the ids the early reads were queued for (events may edit the list meanwhile).
    const unchanged = expected !== null && sameIds(expected, current);
    list.update(current);
    // Names come from the fresh list, so a renamed sheet is reported under its new name.
    if (early && unchanged) return gridsOf(current, early);

    const late = worksheets.items.map(queueUsedRange);
    await context.sync();
    return gridsOf(current, late);
  });
}

export async function readSheets(list: SheetList): Promise<SheetGrid[]> {
  try {
    return await readOnce(list);
  } catch (first) {
    // A sheet deleted without the add-in hearing of it can fail the queued read of its used
    // range; start over from the real list (two round trips).
    if (list.ids() === null) throw new ExcelHostError(`读取工作簿失败：${excelErrorText(first)}`, first);
    list.forget();
    try {
      return await readOnce(list);
    } catch (error) {
      throw new ExcelHostError(`读取工作簿失败：${excelErrorText(error)}`, error);
    }
  }
}

/** The sheet names in tab order: one round trip. */
export function sheetNames(list: SheetList): Promise<string[]> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    await context.sync();
    const current = worksheets.items.map((s) => ({ id: s.id, name: s.name }));
    list.update(current);
    return current.map((s) => s.name);
  });
}

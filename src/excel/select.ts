/**
 * Show a finding's cells: activate their sheet and select them, in one batch (one round trip).
 * Several separate cells are selected together only from ExcelApi 1.18 (`RangeAreas.select`);
 * below, one range is selected (see `planSelection`) and the result says what was left out, for
 * the pane. Everything is queued inside the `try`, so any refusal gets Excel's own reason and
 * only a missing sheet is blamed on a rename.
 */
import type { SelectResult } from "../host/workbook-host";
import { ExcelHostError, excelErrorCode, excelErrorText, sheetGoneError } from "./errors";
import type { ExcelFeatures } from "./features";
import { runExcel } from "./run";
import { planSelection, selectionTarget } from "./selection";

/** `D31、D9、D10` or, for many, `D31、D9、D10 等 12 个`: a message never lists them all. */
export function refsForMessage(refs: readonly string[], shown = 3): string {
  const head = refs.slice(0, shown).join("、");
  return refs.length > shown ? `${head} 等 ${refs.length} 个` : head;
}

export function selectCells(sheet: string, cells: readonly string[], features: Pick<ExcelFeatures, "selectAreas">): Promise<SelectResult> {
  const target = selectionTarget(sheet, cells);
  return runExcel(async (context) => {
    try {
      const ws = context.workbook.worksheets.getItem(target.sheet);
      ws.activate();
      const plan = planSelection(target.refs, features.selectAreas);
      // `plan.areas` is only ever true with the flag; the flag is repeated for the static gate test.
      if (plan?.areas && features.selectAreas) ws.getRanges(plan.address).select();
      else if (plan) ws.getRange(plan.address).select();
      await context.sync();
      return plan?.partial ? { partial: plan.partial } : {};
    } catch (error) {
      if (excelErrorCode(error) === "ItemNotFound") throw sheetGoneError(target.sheet, error);
      throw new ExcelHostError(`无法选中单元格 ${refsForMessage(target.refs)}：${excelErrorText(error)}`, error);
    }
  });
}

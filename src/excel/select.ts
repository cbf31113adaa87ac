/**
 * Show a finding's cells: activate their sheet and select them, in one batch (one round trip).
 * Several separate cells need ExcelApi 1.9 (`getRanges`); older Excel selects the first one.
 */
import { ExcelHostError, excelErrorCode, excelErrorText, sheetGoneError } from "./errors";
import { runExcel } from "./run";
import { compactRefs, fitAddress, selectionTarget } from "./selection";

export function selectCells(sheet: string, cells: readonly string[], multiSelect: boolean): Promise<void> {
  const target = selectionTarget(sheet, cells);
  return runExcel(async (context) => {
    const ws = context.workbook.worksheets.getItem(target.sheet);
    ws.activate();
    if (target.refs.length > 0) {
      if (multiSelect) ws.getRanges(fitAddress(compactRefs(target.refs))).select();
      else ws.getRange(target.refs[0]).select();
    }
    try {
      await context.sync();
    } catch (error) {
      if (excelErrorCode(error) === "ItemNotFound") throw sheetGoneError(target.sheet, error);
      throw new ExcelHostError(`无法选中单元格 ${target.refs.join("、")}：${excelErrorText(error)}`, error);
    }
  });
}

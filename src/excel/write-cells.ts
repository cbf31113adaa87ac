/**
 * Write values into cells of an existing sheet (the narrative sheet's own paragraphs), one
 * round trip. The caller has checked each cell is its own to overwrite. The change events this
 * causes are kept from the pane (see `own-writes.ts`).
 */
import { cellInput } from "./cell-input";
import { ExcelHostError, excelErrorCode, excelErrorText, sheetGoneError } from "./errors";
import type { OwnWrites } from "./own-writes";
import { runExcel } from "./run";

export type CellWrite = { address: string; value: string | number };

export async function writeCells(sheet: string, cells: ReadonlyArray<CellWrite>, own: OwnWrites): Promise<void> {
  if (cells.length === 0) return;
  await runExcel(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const cell of cells) ws.getRange(cell.address).values = [[cellInput(cell.value)]];
    const done = own.begin(
      sheet,
      cells.map((c) => c.address),
    );
    try {
      await context.sync();
    } catch (error) {
      if (excelErrorCode(error) === "ItemNotFound") throw sheetGoneError(sheet, error);
      throw new ExcelHostError(`写入工作表“${sheet}”失败：${excelErrorText(error)}`, error);
    } finally {
      done();
    }
  });
}

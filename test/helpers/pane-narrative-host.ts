/**
 * The pane's fake host, for 生成正文: `writeCells` is recorded with its arguments and applied to
 * the sheet, and rows can be inserted as the user does in Excel (everything below moves down).
 */
import { fromA1 } from "../../src/core/address";
import type { CellValue } from "../../src/core/types";
import { FakeHost } from "./pane-fake-host";

export interface CellWriteCall {
  sheet: string;
  cells: Array<{ address: string; value: string | number }>;
}

export class WritingFakeHost extends FakeHost {
  readonly writeCalls: CellWriteCall[] = [];

  override async writeCells(sheet?: string, cells?: ReadonlyArray<{ address: string; value: string | number }>): Promise<void> {
    await super.writeCells();
    if (sheet === undefined || cells === undefined) throw new Error("writeCells without a sheet and cells");
    if (!this.sheets.some((s) => s.name === sheet)) throw new Error(`ItemNotFound: ${sheet}`);
    this.writeCalls.push({ sheet, cells: cells.map((c) => ({ ...c })) });
    for (const c of cells) this.setCell(sheet, c.address, c.value);
  }

  /** Insert `count` empty rows above 1-based row `before`, as Excel's 插入 > 工作表行. */
  insertRows(sheet: string, before: number, count: number): void {
    const grid = this.grid(sheet);
    const at = before - 1 - grid.originRow;
    grid.values.splice(at, 0, ...Array.from({ length: count }, (): CellValue[] => []));
  }

  /** The text of a cell ("" when empty). */
  text(sheet: string, a1: string): string {
    const grid = this.grid(sheet);
    const p = fromA1(a1);
    const v = grid.values[p.row - grid.originRow]?.[p.col - grid.originCol];
    return v === null || v === undefined ? "" : String(v);
  }

  /** Every non-empty cell of column A: `[address, text]`. */
  columnA(sheet: string): Array<[string, string]> {
    const grid = this.grid(sheet);
    const out: Array<[string, string]> = [];
    grid.values.forEach((row, r) => {
      const v = row[0];
      if (v !== null && v !== undefined && v !== "") out.push([`A${grid.originRow + r + 1}`, String(v)]);
    });
    return out;
  }

  private grid(sheet: string) {
    const grid = this.sheets.find((s) => s.name === sheet);
    if (!grid) throw new Error(`no sheet ${sheet}`);
    return grid;
  }
}

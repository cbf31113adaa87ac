/**
 * Insert a sheet plan as a new sheet: two round trips, one to learn the names taken, one to add
 * the sheet and write everything. Nothing existing is ever written to.
 */
import { availableSheetName, type SheetPlan } from "../core/layout";
import { queuePlan, type SkippedPart } from "./apply-plan";
import { ExcelHostError, excelErrorText } from "./errors";
import type { ExcelFeatures } from "./features";
import type { OwnWrites } from "./own-writes";
import { runExcel } from "./run";
import type { SheetList } from "./sheet-list";

export interface InsertResult {
  /** The new sheet's name: `plan.name`, or with `（2）`… when that was taken. */
  sheet: string;
  /** What this Excel could not apply (empty on ExcelApi 1.9 and later). */
  skipped: SkippedPart[];
  /** Set when `reuse` found a sheet of that name: it was activated and nothing was inserted. */
  existing?: boolean;
}

export interface InsertOptions {
  /**
   * When a sheet named `plan.name` (in any case) is there already, activate it instead of adding
   * another (the ribbon's one click: a second click must not make a second table). Same 2 round
   * trips either way.
   */
  reuse?: boolean;
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export async function insertPlan(plan: SheetPlan, features: ExcelFeatures, sheets: SheetList, own: OwnWrites, options: InsertOptions = {}): Promise<InsertResult> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    try {
      await context.sync();
    } catch (error) {
      throw new ExcelHostError(`无法读取工作表列表，统计表没有插入：${excelErrorText(error)}`, error);
    }
    const existing = worksheets.items.map((s) => ({ id: s.id, name: s.name }));
    sheets.update(existing);
    const same = options.reuse ? existing.find((s) => sameName(s.name, plan.name)) : undefined;
    if (same) {
      worksheets.getItem(same.id).activate();
      try {
        await context.sync();
      } catch (error) {
        throw new ExcelHostError(`无法切换到工作表“${same.name}”：${excelErrorText(error)}`, error);
      }
      return { sheet: same.name, skipped: [], existing: true };
    }
    const name = availableSheetName(
      plan.name,
      existing.map((s) => s.name),
    );

    const done = own.begin(name, "sheet");
    try {
      const ws = worksheets.add(name);
      const skipped = queuePlan(ws, plan, features);
      ws.load("id");
      await context.sync();
      sheets.append({ id: ws.id, name });
      return { sheet: name, skipped };
    } catch (error) {
      throw new ExcelHostError(`插入统计表时 Excel 报错：${excelErrorText(error)}。工作表“${name}”可能只插入了一部分，请删除该工作表后重试。`, error);
    } finally {
      done();
    }
  });
}

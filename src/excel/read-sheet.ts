/**
 * `readSome` of the Office.js host: the sheet list and only the sheets a live check needs, each
 * cut to the read box (rows 1…box.rows, columns 1…box.cols). Reading every sheet's used range on
 * each edit cost seconds on a department's workbook with data sheets, and Excel on the web
 * refuses a request over 5 MB.
 *
 * Round trips: named sheets 1 (the list, each used range's size and the box's values in one
 * batch; 3 when a named sheet was deleted meanwhile, which fails the batch); every sheet
 * (`names` null) 2 + one per ~400,000 cells of values, so no single response grows past the web's
 * limit. Values only (`valuesOnly` used ranges): formatting alone does not widen what is read.
 */
import { columnLetters } from "../core/address";
import type { ReadBox, SheetsRead } from "../host/workbook-host";
import { ExcelHostError, excelErrorText } from "./errors";
import { gridOf } from "./grid";
import { runExcel } from "./run";
import type { SheetList } from "./sheet-list";

/** Cells per batch of values when every sheet is read (≈ 4 MB of JSON at ten bytes a cell). */
const CELLS_PER_BATCH = 400_000;

interface Queued {
  name: string;
  /** The whole used range's size and place: tells whether the box cut it. */
  used: Excel.Range;
  /** The used part of the box: what is read. */
  part: Excel.Range | null;
}

function boxOf(sheet: Excel.Worksheet, box: ReadBox): Excel.Range {
  return sheet.getRange(`A1:${columnLetters(box.cols - 1)}${box.rows}`);
}

function queueSize(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return used;
}

function queuePart(sheet: Excel.Worksheet, box: ReadBox): Excel.Range {
  const part = boxOf(sheet, box).getUsedRangeOrNullObject(true);
  part.load("values,address");
  return part;
}

function answer(all: string[], queued: readonly Queued[], box: ReadBox): SheetsRead {
  const out: SheetsRead = { names: all, grids: [], cut: [] };
  for (const q of queued) {
    const part = q.part && !q.part.isNullObject ? { address: q.part.address, values: q.part.values } : null;
    out.grids.push(gridOf(q.name, part));
    if (q.used.isNullObject) continue;
    const rows = q.used.rowIndex + q.used.rowCount;
    const cols = q.used.columnIndex + q.used.columnCount;
    if (rows > box.rows || cols > box.cols) out.cut.push({ sheet: q.name, rows, cols });
  }
  return out;
}

/** The named sheets in one batch; fails when one of them was deleted meanwhile. */
function readNamed(list: SheetList, names: readonly string[], box: ReadBox, known: ReadonlySet<string> | null): Promise<SheetsRead> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    const asked = known ? names.filter((n) => known.has(n)) : names;
    const queued: Queued[] = asked.map((name) => {
      const sheet = worksheets.getItem(name);
      return { name, used: queueSize(sheet), part: queuePart(sheet, box) };
    });
    await context.sync();
    list.update(worksheets.items.map((s) => ({ id: s.id, name: s.name })));
    return answer(
      worksheets.items.map((s) => s.name),
      queued,
      box,
    );
  });
}

/** Every sheet: the list, then sizes, then values in batches of about `CELLS_PER_BATCH` cells. */
function readAll(list: SheetList, box: ReadBox): Promise<SheetsRead> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    await context.sync();
    list.update(worksheets.items.map((s) => ({ id: s.id, name: s.name })));
    const queued: Queued[] = worksheets.items.map((sheet) => ({ name: sheet.name, used: queueSize(sheet), part: null }));
    await context.sync();

    let batch = 0;
    for (let i = 0; i < queued.length; i++) {
      const q = queued[i];
      if (q.used.isNullObject) continue;
      const rows = Math.min(box.rows, q.used.rowIndex + q.used.rowCount) - Math.min(box.rows, q.used.rowIndex);
      const cols = Math.min(box.cols, q.used.columnIndex + q.used.columnCount) - Math.min(box.cols, q.used.columnIndex);
      const cells = Math.max(0, rows) * Math.max(0, cols);
      if (batch > 0 && batch + cells > CELLS_PER_BATCH) {
        // One round trip per batch is the point: one response for every sheet could pass 5 MB.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        batch = 0;
      }
      q.part = queuePart(worksheets.items[i], box);
      batch += cells;
    }
    await context.sync();
    return answer(
      worksheets.items.map((s) => s.name),
      queued,
      box,
    );
  });
}

/** The sheets named (null: every sheet), each cut to `box`, and the sheet list. */
export async function readSome(list: SheetList, names: readonly string[] | null, box: ReadBox): Promise<SheetsRead> {
  try {
    if (names === null) return await readAll(list, box);
    try {
      return await readNamed(list, names, box, null);
    } catch {
      // A named sheet was deleted (its delete event names it): ask for those that exist now.
      const now = await readNamed(list, [], box, null);
      return await readNamed(list, names, box, new Set(now.names));
    }
  } catch (error) {
    throw new ExcelHostError(`读取工作簿失败：${excelErrorText(error)}`, error);
  }
}

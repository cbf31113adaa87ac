/**
 * Names for the cells of a document table. In a workbook `D18` is a place the user can go to;
 * in a Word table, a web page or a PDF it is not, so findings there also name the cell's row and
 * column labels (`“（七）总计”（自然人）`).
 */
import { toA1 } from "../core/address";
import type { LocatedTable } from "../core/located";
import { cellLabel } from "../core/narrative/labels";
import type { Finding } from "../core/types";

/** `表格2` (Word, web page) or `第4页 表格1` (PDF): the sheet names the readers give document tables. */
export const isDocumentTable = (sheet: string): boolean => /^(?:第\d+页 )?表格\d+$/.test(sheet);

/** Labels of the cells `findings` name on document tables, by sheet then A1. */
export function documentCellLabels(tables: readonly LocatedTable[], findings: readonly Finding[]): Record<string, Record<string, string>> {
  const wanted = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!isDocumentTable(f.sheet)) continue;
    const cells = wanted.get(f.sheet) ?? new Set<string>();
    for (const c of f.cells) cells.add(c);
    wanted.set(f.sheet, cells);
  }
  const out: Record<string, Record<string, string>> = {};
  for (const table of tables) {
    const cells = wanted.get(table.sheet);
    if (!cells) continue;
    for (const [key, pos] of Object.entries(table.cells)) {
      const a1 = toA1(pos);
      if (!cells.has(a1)) continue;
      (out[table.sheet] ??= {})[a1] = cellLabel(table.format, table.table, key);
    }
  }
  return out;
}

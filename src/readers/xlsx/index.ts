/**
 * The values-only .xlsx reader (also .xlsm, .xltx, .xltm: the content type does not matter):
 * from the package only the workbook, its relationships, the shared strings, the date styles
 * and each worksheet's cells and merged areas are read, streamed as they inflate. Styles, drawings,
 * validations and the rest are never parsed.
 *
 * A sheet that cannot hold a report (millions of cells, a used range that fits no memory) is
 * skipped with a note; the file is still checked. What makes the whole file unreadable (a damaged
 * or bomb zip, too many sheets) throws `ReaderError`.
 */
import { ReaderError } from "../errors";
import type { ReadLimits } from "../limits";
import type { ReadBook, ReadNote, ReadSheet } from "../types";
import { openZip } from "../zip";
import { buildGrid } from "./grid";
import { readSharedStrings } from "./shared-strings";
import { readSheet } from "./sheet";
import { readDateStyles } from "./styles";
import { readWorkbookInfo } from "./workbook";

const NO_SHEETS = "这是一个压缩文件，但其中没有 Excel 工作表（可能是改了扩展名的 Word 文档或其他文件）；请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再校验";

/** A count with its unit 个: 3000000 → "300 万个", 12345 → "1.2 万个", 999 → "999 个". */
export function countText(n: number): string {
  if (n < 10_000) return `${n} 个`;
  const wan = n / 10_000;
  return `${wan >= 100 ? Math.round(wan) : Number(wan.toFixed(1))} 万个`;
}

const SKIPPED = "统计表不可能这么大，已跳过，未检查这张工作表";

export async function read(data: Uint8Array, limits: ReadLimits): Promise<ReadBook> {
  const zip = openZip(data, limits);
  const info = readWorkbookInfo(zip, limits.maxSheets);
  const part = (type: string, usual: string): string | undefined => info.related.get(type) ?? (zip.has(usual) ? usual : undefined);
  const dateStyles = readDateStyles(zip, part("styles", "xl/styles.xml"));
  const sharedStrings = readSharedStrings(zip, part("sharedStrings", "xl/sharedStrings.xml"));

  const sheets: ReadSheet[] = [];
  const notes: ReadNote[] = [];
  let worksheets = 0;
  for (const entry of info.sheets) {
    if (entry.part === null) continue;
    worksheets++;
    const read = readSheet(zip, entry.part, {
      sharedStrings,
      dateStyles,
      date1904: info.date1904,
      maxCells: limits.maxCellsPerSheet,
      maxMerges: limits.maxMergesPerSheet,
    });
    if (!read.ok) {
      const extent = read.dimension ? `（范围 ${read.dimension}）` : "";
      notes.push({
        sheet: entry.name,
        message:
          read.tooMany === "cells"
            ? `工作表“${entry.name}”有超过 ${countText(read.counted - 1)}单元格${extent}，${SKIPPED}`
            : `工作表“${entry.name}”有超过 ${countText(read.counted)}合并区域，${SKIPPED}`,
      });
      continue;
    }
    const built = buildGrid(entry.name, read.cells);
    if (!built.ok) {
      notes.push({ sheet: entry.name, message: `工作表“${entry.name}”的内容分布范围过大（约 ${countText(built.cells)}单元格），${SKIPPED}` });
      continue;
    }
    const sheet: ReadSheet = { grid: built.grid, hidden: entry.hidden, uncachedFormulas: read.cells.uncachedFormulas };
    if (built.farCells) sheet.farCells = built.farCells;
    sheets.push(sheet);
  }
  if (worksheets === 0) throw new ReaderError(NO_SHEETS);
  return { form: "xlsx", sheets, text: [], notes };
}

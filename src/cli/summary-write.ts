/**
 * The 汇总 workbook written with exceljs from its host-neutral layout: header frozen and bold,
 * autofilter, the layout's widths, wrapped text, A4 landscape fitted to the page width with the
 * header row repeated on every printed page.
 */
import ExcelJS from "exceljs";
import type { SummaryPlan, SummarySheet } from "./summary-layout";

/** A4 in exceljs's paper size numbering. */
const PAPER_A4 = 9;

function addSheet(workbook: ExcelJS.Workbook, sheet: SummarySheet): void {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
  ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
  for (const row of sheet.rows) ws.addRow(row);
  sheet.columns.forEach((c, i) => {
    ws.getColumn(i + 1).alignment = { vertical: "top", wrapText: c.wrap };
  });
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.columns.length } };
  ws.pageSetup = {
    paperSize: PAPER_A4 as ExcelJS.PaperSize,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: "&C第 &P 页，共 &N 页" };
}

export async function summaryWorkbookBytes(plan: SummaryPlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "nianbao";
  for (const sheet of plan.sheets) addSheet(workbook, sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

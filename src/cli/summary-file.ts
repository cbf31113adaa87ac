/** `nianbao check --summary 汇总.xlsx`: the results as the 汇总 workbook, never over an existing file by accident. */
import { promises as fs } from "fs";
import type { FileResult } from "./check-file";
import { writeNewFile } from "./new-file";
import { planSummary } from "./summary-layout";
import { summaryWorkbookBytes } from "./summary-write";

export async function writeSummaryWorkbook(results: readonly FileResult[], absolute: string, shown: string, force: boolean): Promise<void> {
  const bytes = await summaryWorkbookBytes(planSummary(results));
  await writeNewFile(absolute, shown, force, (temp) => fs.writeFile(temp, bytes, { flag: "wx" }));
}

/**
 * Test workbooks made with exceljs, so every fixture is readable code: templates filled with
 * consistent numbers, the seed's 2017 table typed in as the report prints it, and variations.
 */
import * as ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { addPlanToWorkbook } from "../../../src/cli/xlsx-write";
import type { CellKey, FormatId } from "../../../src/core/formats/model";
import { planTemplate, type SheetPlan } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/types";
import { consistent } from "../../helpers/check-fixtures";
import { readSeed } from "../../helpers/locate-seed";

/** The report year each format is made for in these tests. */
export const YEAR_OF: Readonly<Record<FormatId, number>> = {
  "legacy-2014": 2017,
  "national-2019": 2020,
  "national-2021": 2023,
};

export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

/**
 * Our own template, every value cell filled with numbers that satisfy every rule of the format.
 * `change` alters cells after filling (by table id and cell key), to make a report inconsistent.
 */
export function filledTemplate(
  format: FormatId,
  change: (table: string, key: CellKey, value: CellValue) => CellValue = (_t, _k, v) => v,
): { workbook: ExcelJS.Workbook; plan: SheetPlan; sheet: ExcelJS.Worksheet } {
  const plan = planTemplate(format, YEAR_OF[format], "测试市审计局");
  const workbook = new ExcelJS.Workbook();
  const sheet = addPlanToWorkbook(workbook, plan);
  for (const table of plan.tables) {
    const values = consistent(format, table.id);
    for (const [key, a1] of Object.entries(table.cells)) {
      if (!(key in values)) throw new Error(`no consistent value for ${table.id} ${key}`);
      sheet.getCell(a1).value = change(table.id, key, values[key]);
    }
  }
  return { workbook, plan, sheet };
}

/**
 * What a person typing the seed's table into Excel gets: the title in A1, then the header and
 * 72 rows of 3 columns exactly as the report prints them. Figures typed as `5` become numbers,
 * as Excel makes them; a heading row's empty unit and value cells stay empty.
 */
export function seedWorkbook(): ExcelJS.Workbook {
  const seed = readSeed();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.getCell("A1").value = seed.title;
  seed.table.forEach((row, r) => {
    row.forEach((text, c) => {
      if (text === null || text === "") return;
      const typed = typeof text === "string" && /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : text;
      ws.getCell(r + 2, c + 1).value = typed;
    });
  });
  return wb;
}

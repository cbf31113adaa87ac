/**
 * The template workbooks the PDF fixtures were printed from: filled consistently, then one slip
 * planted per format, so a test can compare the findings on the PDF with those on the workbook.
 */
import type { CellKey, FormatId } from "../../../src/core/formats/model";
import type { CellValue } from "../../../src/core/types";
import { filledTemplate } from "../../cli/helpers/workbooks";

type Change = (table: string, key: CellKey, value: CellValue) => CellValue;

export const PLANTED: Partial<Record<FormatId, Change>> = {
  // （七）总计（自然人） one too many: the sum rules of Table B fire.
  "national-2021": (table, key, value) => (table === "B" && key === "B3.7|natural" ? (value as number) + 1 : value),
  // The legacy table's 收到申请数 one too few.
  "legacy-2014": (table, key, value) => (table === "L" && key === "L3.1|value" ? (value as number) - 1 : value),
};

export function plantedTemplate(format: FormatId): ReturnType<typeof filledTemplate> {
  const change = PLANTED[format];
  if (!change) throw new Error(`no planted slip for ${format}`);
  return filledTemplate(format, change);
}

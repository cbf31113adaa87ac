/**
 * A table of a format found on a sheet: where each of its value cells is, what they hold, and
 * what the locator could not find. Produced by `locate/`, consumed by `check.ts`.
 */
import type { CellKey, FormatId, TableId } from "./formats/model";
import type { CellPos, CellValue, Finding } from "./types";

export interface LocatedTable {
  format: FormatId;
  table: TableId;
  sheet: string;
  /** The rectangle the table occupies (labels, headers and values), e.g. `A5:J33`. */
  range: string;
  /** The report year the sheet or workbook names (`2023年度…`), or null when none was found. */
  year: number | null;
  /** Where the year was read, for messages: `标题“2023年度政府信息公开工作年度报告”`, `工作表名`. */
  yearSource?: string;
  /** Sheet position of every value cell found; cells of missing rows/columns are absent. */
  cells: Record<CellKey, CellPos>;
  /** The raw value of every found cell (same keys as `cells`). */
  values: Record<CellKey, CellValue>;
  /**
   * Cells whose table states a unit other than the format's, and that unit: a legacy 单位 cell
   * or a Table A header saying `元` where the format says `万元` means the values are written in
   * 元. Absent when every stated unit is the format's (or none is stated). The locator has
   * already reported each such unit as a `unit.mismatch` finding — except in a column whose
   * format fixes no unit (`ColumnDef.unitFixed === false`), where a money unit is the table's
   * declaration and the values are read in it.
   */
  statedUnits?: Record<CellKey, string>;
  /**
   * What the locator has to say about the table's shape: rows or columns of the format not
   * found, unofficial extra columns, units in the header or 单位 column that differ from the
   * format's. Already carrying sheet and cells.
   */
  findings: Finding[];
}

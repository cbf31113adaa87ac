/**
 * One SheetJS cell as Excel's `range.values` shows it: a formula's cached result (SheetJS gives
 * only that, formulas are not parsed), error values as their text, date cells as ISO dates.
 */
import type { CellValue } from "../../core/types";

/** The fields of a SheetJS cell object this reader uses. */
export interface SheetJsCell {
  t?: string;
  v?: unknown;
  w?: string;
  z?: unknown;
}

/** BIFF error codes ([MS-XLS] 2.5.10), for a cell SheetJS gives without its text. */
const ERRORS: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

const DAY_MS = 86_400_000;
/** Days from Excel's day 0 (1899-12-30, counting the phantom 1900-02-29) to 1970-01-01. */
const EPOCH_1900 = 25_569;
/** The 1904 date system (old Mac workbooks) counts from 1904-01-01. */
const EPOCH_1904 = EPOCH_1900 - 1_462;

/** A date serial as the ISO text the .xlsx reader gives (`2023-12-31`, time only when there is one). */
export function serialToIso(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - (date1904 ? EPOCH_1904 : EPOCH_1900)) * DAY_MS);
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** undefined: the cell holds nothing (a styled blank). */
export function cellValue(cell: SheetJsCell, isDateFormat: (fmt: string) => boolean, date1904: boolean): CellValue | undefined {
  const v = cell.v;
  switch (cell.t) {
    case "s":
      return typeof v === "string" && v !== "" ? v : undefined;
    case "b":
      return typeof v === "boolean" ? v : undefined;
    case "e":
      return typeof cell.w === "string" && cell.w.startsWith("#") ? cell.w : (ERRORS[Number(v)] ?? "#VALUE!");
    case "n":
      if (typeof v !== "number" || !Number.isFinite(v)) return undefined;
      return typeof cell.z === "string" && isDateFormat(cell.z) && v >= 0 && v < 2_958_466 ? serialToIso(v, date1904) : v;
    case "d":
      return v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : undefined;
    default:
      return undefined;
  }
}

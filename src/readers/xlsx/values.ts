/**
 * One cell's value from what its XML said, by exceljs's rules (so the command line's values do
 * not change under the users): shared, inline and rich strings, booleans, error values, numbers,
 * date-formatted numbers as ISO dates, formulas as their cached result.
 */
import type { CellValue } from "../../core/types";

/** exceljs decodes the five XML entities once more in `str` cells (saxes has decoded them once). */
export function xmlDecodeAgain(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/** The last serial Excel shows as a date (9999-12-31) in the 1900 system. */
const LAST_DATE_SERIAL = 2958465;

/**
 * A date-formatted number as `2023-12-31` (with the time when there is one). A serial outside
 * Excel's date range (negative, or 1e9 typed into a date cell) stays a number: Excel shows it as
 * ##### and it is no date, and it must not make the file unreadable.
 */
export function serialToDate(serial: number, date1904: boolean): CellValue {
  const offset = date1904 ? 1462 : 0;
  if (!(serial >= 0 && serial + offset <= LAST_DATE_SERIAL + 1)) return serial;
  const iso = new Date(Math.round((serial - 25569 + offset) * 86_400_000)).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

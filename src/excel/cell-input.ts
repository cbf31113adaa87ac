/**
 * Text written through `range.values` is read by Excel as if typed: `=…`, `+…`, `-…` become
 * formulas, `12` a number, `2025/1/1` a date, `TRUE` a boolean, `#N/A` an error. Text meant as
 * text gets Excel's quote prefix `'`, which Excel keeps out of the cell's value, exactly as a
 * user types it. Numbers are written as numbers.
 */

const FORMULA_START = /^[=+\-@]/;
/** Digits with number, date or time punctuation only (`12`, `1,200`, `5%`, `2025-1-1`, `12:30`). */
const NUMERIC_LOOKING = /^[\s\d.,:/%$¥￥()eE年月日时分秒-]*\d[\s\d.,:/%$¥￥()eE年月日时分秒-]*$/;
const BOOLEAN = /^(true|false)$/i;
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** Whether Excel would turn `text` into something other than that text. */
export function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  return FORMULA_START.test(t) || NUMERIC_LOOKING.test(t) || BOOLEAN.test(t) || ERROR_VALUE.test(t);
}

/** What to put in `range.values` so the cell holds `value` as given. */
export function cellInput(value: string | number): string | number {
  if (typeof value === "number") return value;
  return value !== "" && excelWouldConvert(value) ? `'${value}` : value;
}

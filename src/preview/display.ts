/**
 * How a cell's value reads on screen under its number format. Only the formats a sheet plan uses
 * (`0`, `0.00`, `+0;-0;0`) and Excel's General are understood; any other code shows as General.
 */
import type { CellValue } from "../core/types";

/** Excel's General: up to 11 significant characters, no trailing zeros. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const s = String(Number(n.toPrecision(10)));
  return s;
}

/** Fixed decimals, without the `-0` JavaScript gives for small negatives. */
function fixed(n: number, decimals: number): string {
  const s = n.toFixed(decimals);
  return /^-0(?:\.0*)?$/.test(s) ? s.slice(1) : s;
}

/** Format a number with one section of a format code (`0`, `0.00`, `+0`). */
function section(n: number, code: string): string {
  const m = /^([+-]?)0(?:\.(0+))?$/.exec(code);
  if (!m) return general(n);
  const body = fixed(n, m[2]?.length ?? 0);
  // A literal sign in the code is printed as written (`+0`, and `-0` in a negative section).
  return m[1] !== "" && !body.startsWith("-") ? `${m[1]}${body}` : body;
}

/** The text a cell shows. Text is shown as typed; booleans as Excel shows them. */
export function displayText(value: CellValue, format?: string): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (!format || format === "General") return general(value);
  const parts = format.split(";");
  if (parts.length === 1) return section(value, parts[0]);
  // Excel's sections: positive; negative (shown without its sign, the code carries it); zero.
  if (value > 0) return section(value, parts[0]);
  if (value < 0) return section(-value, parts[1]);
  return section(0, parts[2] ?? parts[0]);
}

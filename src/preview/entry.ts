/**
 * What a typed entry becomes in a cell, the way Excel's General format decides it: text that reads
 * as a number becomes a number, everything else stays text exactly as typed.
 *
 * Choices, each checked against Excel:
 * - Full-width digits (`５`, `１２．５`) become numbers. Excel's East Asian editions convert digits
 *   typed in full width (Microsoft's knowledge base article 401666, "[XL] 数字を文字列として入力する
 *   方法": since Excel 5.0, digits typed through the input method are treated as if typed in half
 *   width). A full-width `５` reaches a workbook as text only by paste, import, a 文本-formatted cell
 *   or a leading apostrophe; the checker then reports it. The preview follows Excel, so what a user
 *   sees here is what Excel would do.
 * - A leading apostrophe keeps the rest as text (`'５`, `'12`), as in Excel.
 * - `/`, `-`, `5条`, `减4`, `12件` stay text: Excel has no reading of them as numbers (it would read
 *   `1/2` as a date, which the preview does not imitate: it stays text here).
 * - `TRUE` / `FALSE` (any case) become booleans, as in Excel.
 * - Formulas (`=…`, at least one character after `=`) are kept as formulas: the sheet computes
 *   them (`formula.ts`: + - * /, SUM, COUNT, ROUND, ABS, AND, OR, NOT, references and ranges),
 *   which covers the totals clerks type (`=SUM(D26:I26)`, `=D24+D25`).
 */
import type { CellValue } from "../core/types";

/** A typed entry as stored: the value, and whether it was forced to text by an apostrophe. */
export interface Entry {
  value: CellValue;
  /** The apostrophe Excel keeps as the cell's prefix character: shown when editing, not in the cell. */
  quoted: boolean;
  /** A formula as typed (`=SUM(D9:D12)`); `value` is then null, the sheet computes it. */
  formula?: string;
}

/** Full-width forms Excel accepts in a number, mapped to their half-width twins. */
const FULL_WIDTH_NUMERIC = /[０-９．，＋－％ｅＥ\u3000]/g;

function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH_NUMERIC, (ch) => (ch === "\u3000" ? " " : ch.normalize("NFKC")));
}

/** `12`, `-3`, `+2`, `1.5`, `.5`, `12.`, `1,234`, `1e3`, `50%`: Excel's General number entries. */
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?(?:[eE]([+-]?\d+))?(%?)$/;

/** The number `text` reads as, or null. Surrounding spaces are ignored, as Excel does. */
export function readNumber(text: string): number | null {
  const s = halfWidth(text).trim();
  const m = NUMBER.exec(s);
  if (!m) return null;
  const [, sign, whole = "", fraction, exponent, percent] = m;
  // A lone point or sign is not a number; `.5` and `12.` are.
  if (whole === "" && (fraction === undefined || fraction === "")) return null;
  let n = Number(`${whole.replace(/,/g, "") || "0"}.${fraction ?? ""}e${exponent ?? "0"}`);
  if (percent) n /= 100;
  if (sign === "-") n = -n;
  return Number.isFinite(n) ? n : null;
}

/** What typing `text` into a cell stores. An empty entry clears the cell (null). */
export function parseEntry(text: string): Entry {
  if (text.startsWith("'")) return { value: text.slice(1) === "" ? null : text.slice(1), quoted: true };
  if (text === "") return { value: null, quoted: false };
  if (text.startsWith("=") && text.trim().length > 1) return { value: null, quoted: false, formula: text.trim() };
  const n = readNumber(text);
  if (n !== null) return { value: n, quoted: false };
  const upper = text.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE", quoted: false };
  return { value: text, quoted: false };
}

/** What the editor shows for a stored value: Excel shows the apostrophe of quoted text again. */
export function editText(value: CellValue, quoted: boolean): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  return quoted ? `'${value}` : value;
}

import type { CellPos } from "./types";

/** 0-based column index → Excel column letters (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based row and column → `B7`. */
export function toA1(pos: CellPos): string {
  return `${columnLetters(pos.col)}${pos.row + 1}`;
}

/** `B7` → { row: 6, col: 1 }; `$B$7` is accepted. Throws on anything else (a programming error). */
export function fromA1(ref: string): CellPos {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`not an A1 reference: ${ref}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Top-left and bottom-right → `A5:J33` (or `A5` for a single cell). */
export function rangeA1(from: CellPos, to: CellPos): string {
  const a = toA1(from);
  const b = toA1(to);
  return a === b ? a : `${a}:${b}`;
}

/**
 * `'统计表'!H7`: a cell on another sheet than the finding's own. Findings name their sheet once
 * and list plain A1 refs; only a finding that spans sheets (text on one, table on another) uses
 * this form for the cells that are elsewhere.
 */
export function qualifiedRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** A finding's cell reference split into its sheet (when qualified) and its A1 part. */
export function splitRef(ref: string, defaultSheet: string): { sheet: string; cell: string } {
  const m = /^'((?:[^']|'')*)'!(.+)$/.exec(ref) ?? /^([^'!]+)!(.+)$/.exec(ref);
  if (!m) return { sheet: defaultSheet, cell: ref };
  return { sheet: m[1].replace(/''/g, "'"), cell: m[2] };
}

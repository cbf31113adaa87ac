/**
 * A small evaluator for the formulas of a sheet plan's conditional formats, such as
 * `AND(COUNT(D9:D30)>0,D31<>SUM(D9:D30))` or `AND(COUNT(E9,F9)>0,ROUND(SUM(E9,F9)-D9,6)<>0)`.
 * Excel stores such a rule once for a rectangle, its relative references written for the top-left
 * cell, and moves them for every other cell; `evaluate` does the same with an offset.
 *
 * Understood: numbers, "text", TRUE/FALSE, A1 references and ranges (with `$`), + - * /, the six
 * comparisons, parentheses, and AND, OR, NOT, SUM, COUNT, ROUND, ABS — with Excel's rules for
 * blanks (0 in arithmetic), text in ranges (ignored by SUM and COUNT) and errors (the format does
 * not apply).
 */
import type { CellValue } from "../core/types";
import type { Formula, Node, Ref } from "./formula-parse";

export { FormulaError, parseFormula, type Formula } from "./formula-parse";

/** Excel's error values, as far as these formulas can produce them. */
type ErrorValue = { error: "#VALUE!" | "#DIV/0!" | "#NAME?" };
type Scalar = number | string | boolean | null | ErrorValue;
type Value = Scalar | { range: CellValue[] };

const isError = (v: unknown): v is ErrorValue => typeof v === "object" && v !== null && "error" in v;
const isRange = (v: Value): v is { range: CellValue[] } => typeof v === "object" && v !== null && "range" in v;

/** Reads a cell of the sheet, 0-based; a blank cell is null or "". */
export type CellLookup = (row: number, col: number) => CellValue;

/** Where the formula is evaluated, as an offset from the top-left cell it was written for. */
export interface Offset {
  rows: number;
  cols: number;
}

function move(ref: Ref, offset: Offset): { row: number; col: number } {
  return { row: ref.rowAbs ? ref.row : ref.row + offset.rows, col: ref.colAbs ? ref.col : ref.col + offset.cols };
}

const blank = (v: CellValue): boolean => v === null || v === "";

/** A scalar as a number for arithmetic: blanks are 0, numeric text is read, other text is an error. */
function toNumber(v: Scalar): number | ErrorValue {
  if (isError(v)) return v;
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : { error: "#VALUE!" };
}

/** Excel orders numbers before text before booleans; text compares without case. */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  // A blank compares as 0 against a number, as "" against text, as FALSE against a boolean.
  const fill = (v: Scalar, other: Scalar): Scalar => (v !== null ? v : typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const x = fill(a, b);
  const y = fill(b, a);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") return x.toLowerCase().localeCompare(y.toLowerCase());
  return Number(x) - Number(y);
}

/** Numbers of the arguments for SUM/COUNT: ranges give their numbers only, direct args are coerced. */
function numbersOf(args: Value[], strict: boolean): number[] | ErrorValue {
  const out: number[] = [];
  for (const v of args) {
    if (isRange(v)) {
      for (const c of v.range) if (typeof c === "number") out.push(c);
      continue;
    }
    if (isError(v)) return v;
    if (v === null) continue;
    const n = toNumber(v);
    if (isError(n)) {
      if (strict) return n;
      continue;
    }
    out.push(n);
  }
  return out;
}

function truthOf(args: Value[]): boolean[] | ErrorValue {
  const out: boolean[] = [];
  for (const v of args) {
    if (isRange(v)) {
      for (const c of v.range) if (typeof c === "number" || typeof c === "boolean") out.push(Boolean(c));
      continue;
    }
    if (isError(v)) return v;
    if (v === null) continue;
    if (typeof v === "string") return { error: "#VALUE!" };
    out.push(Boolean(v));
  }
  return out;
}

function call(name: string, args: Value[]): Scalar {
  switch (name) {
    case "SUM": {
      const ns = numbersOf(args, true);
      return isError(ns) ? ns : ns.reduce((s, n) => s + n, 0);
    }
    case "COUNT": {
      const ns = numbersOf(args, false);
      return isError(ns) ? 0 : ns.length;
    }
    case "AND":
    case "OR": {
      const bs = truthOf(args);
      if (isError(bs)) return bs;
      if (bs.length === 0) return { error: "#VALUE!" };
      return name === "AND" ? bs.every(Boolean) : bs.some(Boolean);
    }
    case "NOT": {
      const bs = truthOf(args);
      return isError(bs) ? bs : !bs[0];
    }
    case "ROUND": {
      const [x, d] = args.map((a) => (isRange(a) ? ({ error: "#VALUE!" } as ErrorValue) : toNumber(a)));
      if (isError(x)) return x;
      if (d === undefined || isError(d)) return d ?? { error: "#VALUE!" };
      const f = 10 ** Math.trunc(d);
      // Excel rounds half away from zero; the epsilon keeps 2.675 from reading as 2.67499….
      return (Math.sign(x) * Math.round(Math.abs(x) * f * (1 + Number.EPSILON))) / f;
    }
    case "ABS": {
      const x = args[0] === undefined || isRange(args[0]) ? ({ error: "#VALUE!" } as ErrorValue) : toNumber(args[0]);
      return isError(x) ? x : Math.abs(x);
    }
    default:
      return { error: "#NAME?" };
  }
}

function evalNode(node: Node, cell: CellLookup, offset: Offset): Value {
  switch (node.t) {
    case "num":
    case "str":
    case "bool":
      return node.v;
    case "ref": {
      const p = move(node.ref, offset);
      const v = cell(p.row, p.col);
      return blank(v) ? null : v;
    }
    case "range": {
      const a = move(node.from, offset);
      const b = move(node.to, offset);
      const range: CellValue[] = [];
      for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
        for (let col = Math.min(a.col, b.col); col <= Math.max(a.col, b.col); col++) range.push(cell(row, col));
      }
      return { range };
    }
    case "neg": {
      const v = scalar(evalNode(node.arg, cell, offset));
      const n = toNumber(v);
      return isError(n) ? n : -n;
    }
    case "call":
      return call(
        node.name,
        node.args.map((a) => evalNode(a, cell, offset)),
      );
    case "bin": {
      const a = scalar(evalNode(node.a, cell, offset));
      const b = scalar(evalNode(node.b, cell, offset));
      if (isError(a)) return a;
      if (isError(b)) return b;
      if (["+", "-", "*", "/"].includes(node.op)) {
        const x = toNumber(a);
        const y = toNumber(b);
        if (isError(x)) return x;
        if (isError(y)) return y;
        if (node.op === "+") return x + y;
        if (node.op === "-") return x - y;
        if (node.op === "*") return x * y;
        return y === 0 ? { error: "#DIV/0!" } : x / y;
      }
      const c = compare(a, b);
      return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[node.op] ?? false;
    }
  }
}

/** A range where one value is expected: Excel takes a single cell's value, else #VALUE!. */
function scalar(v: Value): Scalar {
  if (!isRange(v)) return v;
  if (v.range.length !== 1) return { error: "#VALUE!" };
  const c = v.range[0];
  return blank(c) ? null : c;
}

/**
 * The formula's result at `offset` from the cell it was written for. Booleans and numbers come
 * back as they are; an error comes back as its code (`#VALUE!`).
 */
export function evaluate(formula: Formula, cell: CellLookup, offset: Offset = { rows: 0, cols: 0 }): number | string | boolean | null {
  const v = scalar(evalNode(formula.root, cell, offset));
  return isError(v) ? v.error : v;
}

/** Whether a conditional format with this formula applies: TRUE or a non-zero number. */
export function applies(formula: Formula, cell: CellLookup, offset: Offset): boolean {
  const v = evaluate(formula, cell, offset);
  return v === true || (typeof v === "number" && v !== 0);
}

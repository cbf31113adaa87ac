/**
 * A small evaluator for the Excel formulas the conditional formats use (AND, COUNT, SUM, ROUND,
 * comparisons, + and -, cell references and ranges), with Excel's rules for blanks: SUM and COUNT
 * skip them, arithmetic and comparison read them as 0. References move with the cell the rule is
 * evaluated for, relative to the top-left cell of the rule's range, as Excel does; `$` pins them.
 */
import { columnLetters, fromA1 } from "../../../src/core/address";

export type Lookup = (a1: string) => number | null;

type Node =
  | { t: "num"; v: number }
  | { t: "ref"; a: string }
  | { t: "range"; a: string; b: string }
  | { t: "call"; f: string; args: Node[] }
  | { t: "bin"; op: string; l: Node; r: Node };

const TOKEN = /\s*(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|[A-Z]+(?=\()|\d+(?:\.\d+)?|<>|<=|>=|[=<>+\-(),])/y;

function tokenize(s: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < s.length) {
    const m = TOKEN.exec(s);
    if (!m) throw new Error(`cannot read formula at ${TOKEN.lastIndex}: ${s}`);
    out.push(m[1]);
  }
  return out;
}

function parse(s: string): Node {
  const tokens = tokenize(s);
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const take = (want?: string): string => {
    const t = tokens[i++];
    if (want !== undefined && t !== want) throw new Error(`expected ${want}, got ${t} in ${s}`);
    return t;
  };
  const primary = (): Node => {
    const t = take();
    if (/^\d/.test(t)) return { t: "num", v: Number(t) };
    if (t === "-") return { t: "bin", op: "-", l: { t: "num", v: 0 }, r: primary() };
    if (t === "(") {
      const n = comparison();
      take(")");
      return n;
    }
    if (peek() === "(" && /^[A-Z]+$/.test(t)) {
      take("(");
      const args: Node[] = [];
      while (peek() !== ")") {
        args.push(comparison());
        if (peek() === ",") take(",");
      }
      take(")");
      return { t: "call", f: t, args };
    }
    if (t.includes(":")) {
      const [a, b] = t.split(":");
      return { t: "range", a, b };
    }
    return { t: "ref", a: t };
  };
  const additive = (): Node => {
    let n = primary();
    while (peek() === "+" || peek() === "-") n = { t: "bin", op: take(), l: n, r: primary() };
    return n;
  };
  const comparison = (): Node => {
    const l = additive();
    const op = peek();
    if (op && ["=", "<>", "<", ">", "<=", ">="].includes(op)) {
      take();
      return { t: "bin", op, l, r: additive() };
    }
    return l;
  };
  const n = comparison();
  if (i !== tokens.length) throw new Error(`unread tokens in ${s}`);
  return n;
}

/** `ref` moved by (dRow, dCol) except where `$` pins it. */
function shift(ref: string, dRow: number, dCol: number): string {
  const m = /^(\$?)([A-Z]+)(\$?)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad reference ${ref}`);
  const p = fromA1(ref);
  const col = m[1] ? p.col : p.col + dCol;
  const row = m[3] ? p.row : p.row + dRow;
  return `${columnLetters(col)}${row + 1}`;
}

/** The value of `formula`, written for `anchor`, evaluated for the cell `at`. */
export function evaluate(formula: string, anchor: string, at: string, lookup: Lookup): number | boolean {
  const a = fromA1(anchor);
  const b = fromA1(at);
  const dRow = b.row - a.row;
  const dCol = b.col - a.col;
  const cells = (n: Node): Array<number | null> => {
    if (n.t === "ref") return [lookup(shift(n.a, dRow, dCol))];
    if (n.t === "range") {
      const p = fromA1(shift(n.a, dRow, dCol));
      const q = fromA1(shift(n.b, dRow, dCol));
      const out: Array<number | null> = [];
      for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) out.push(lookup(`${columnLetters(c)}${r + 1}`));
      return out;
    }
    return [num(ev(n))];
  };
  const num = (v: number | boolean): number => (typeof v === "boolean" ? (v ? 1 : 0) : v);
  const ev = (n: Node): number | boolean => {
    switch (n.t) {
      case "num":
        return n.v;
      case "ref":
        return lookup(shift(n.a, dRow, dCol)) ?? 0;
      case "range":
        throw new Error("a range outside a function");
      case "call": {
        const flat = n.args.flatMap(cells);
        if (n.f === "SUM") return flat.reduce<number>((s, v) => s + (v ?? 0), 0);
        if (n.f === "COUNT") return flat.filter((v) => v !== null).length;
        if (n.f === "AND") return n.args.every((x) => num(ev(x)) !== 0);
        if (n.f === "ROUND") {
          const f = 10 ** num(ev(n.args[1]));
          return Math.round(num(ev(n.args[0])) * f) / f;
        }
        throw new Error(`unknown function ${n.f}`);
      }
      case "bin": {
        const l = num(ev(n.l));
        const r = num(ev(n.r));
        switch (n.op) {
          case "+":
            return l + r;
          case "-":
            return l - r;
          case "=":
            return l === r;
          case "<>":
            return l !== r;
          case "<":
            return l < r;
          case ">":
            return l > r;
          case "<=":
            return l <= r;
          case ">=":
            return l >= r;
        }
        throw new Error(`unknown operator ${n.op}`);
      }
    }
  };
  return ev(parse(formula));
}

/**
 * Reading a conditional-format formula (see `formula.ts`) into a tree: numbers, "text",
 * TRUE/FALSE, A1 references and ranges (with `$`), + - * /, the six comparisons, parentheses and
 * function calls.
 */
/** A reference as written: absolute parts do not move with the offset. */
export interface Ref {
  row: number;
  col: number;
  rowAbs: boolean;
  colAbs: boolean;
}

export type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "ref"; ref: Ref }
  | { t: "range"; from: Ref; to: Ref }
  | { t: "neg"; arg: Node }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "call"; name: string; args: Node[] };

/** A formula the evaluator does not understand. */
export class FormulaError extends Error {
  override name = "FormulaError";
}

const TOKEN =
  /\s*(?:(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z0-9(])|(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|("(?:[^"]|"")*")|([A-Za-z][A-Za-z0-9.]*)|(<>|<=|>=|[-+*/=<>(),]))/y;

type Token = { kind: "ref" | "num" | "str" | "name" | "op"; text: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < src.length) {
    if (/^\s*$/.test(src.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(src);
    if (!m) throw new FormulaError(`cannot read formula at ${at}: ${src}`);
    at = TOKEN.lastIndex;
    if (m[1]) out.push({ kind: "ref", text: m[1] });
    else if (m[2]) out.push({ kind: "num", text: m[2] });
    else if (m[3]) out.push({ kind: "str", text: m[3] });
    else if (m[4]) out.push({ kind: "name", text: m[4].toUpperCase() });
    else out.push({ kind: "op", text: m[5] });
  }
  return out;
}

function parseRef(text: string): Ref {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text);
  if (!m) throw new FormulaError(`not a reference: ${text}`);
  let col = 0;
  for (const ch of m[2].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[4]) - 1, colAbs: m[1] === "$", rowAbs: m[3] === "$" };
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.comparison();
    if (this.i < this.tokens.length) throw new FormulaError(`unexpected ${this.tokens[this.i].text}`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private takeOp(...ops: string[]): string | null {
    const t = this.peek();
    if (t?.kind === "op" && ops.includes(t.text)) {
      this.i += 1;
      return t.text;
    }
    return null;
  }

  private expect(op: string): void {
    if (!this.takeOp(op)) throw new FormulaError(`expected ${op}`);
  }

  private comparison(): Node {
    let a = this.additive();
    for (let op = this.takeOp("=", "<>", "<", ">", "<=", ">="); op; op = this.takeOp("=", "<>", "<", ">", "<=", ">=")) {
      a = { t: "bin", op, a, b: this.additive() };
    }
    return a;
  }

  private additive(): Node {
    let a = this.multiplicative();
    for (let op = this.takeOp("+", "-"); op; op = this.takeOp("+", "-")) a = { t: "bin", op, a, b: this.multiplicative() };
    return a;
  }

  private multiplicative(): Node {
    let a = this.unary();
    for (let op = this.takeOp("*", "/"); op; op = this.takeOp("*", "/")) a = { t: "bin", op, a, b: this.unary() };
    return a;
  }

  private unary(): Node {
    if (this.takeOp("-")) return { t: "neg", arg: this.unary() };
    if (this.takeOp("+")) return this.unary();
    return this.primary();
  }

  private primary(): Node {
    const t = this.peek();
    if (!t) throw new FormulaError("formula ends too early");
    this.i += 1;
    if (t.kind === "num") return { t: "num", v: Number(t.text) };
    if (t.kind === "str") return { t: "str", v: t.text.slice(1, -1).replace(/""/g, '"') };
    if (t.kind === "ref") {
      const [a, b] = t.text.split(":");
      return b === undefined ? { t: "ref", ref: parseRef(a) } : { t: "range", from: parseRef(a), to: parseRef(b) };
    }
    if (t.kind === "name") {
      if (this.takeOp("(")) {
        const args: Node[] = [];
        if (!this.takeOp(")")) {
          do args.push(this.comparison());
          while (this.takeOp(","));
          this.expect(")");
        }
        return { t: "call", name: t.text, args };
      }
      if (t.text === "TRUE" || t.text === "FALSE") return { t: "bool", v: t.text === "TRUE" };
      throw new FormulaError(`unknown name ${t.text}`);
    }
    if (t.text === "(") {
      const inner = this.comparison();
      this.expect(")");
      return inner;
    }
    throw new FormulaError(`unexpected ${t.text}`);
  }
}

/** A parsed formula, ready to evaluate at any cell of its range. */
export interface Formula {
  readonly source: string;
  readonly root: Node;
}

/** Parse a formula (without the leading `=`). Throws `FormulaError` for what it cannot read. */
export function parseFormula(source: string): Formula {
  return { source, root: new Parser(tokenize(source.replace(/^=/, ""))).parse() };
}

/**
 * The ExcelApi requirement set of every member of Office.js's `Excel` namespace, read from the
 * JSDoc of `@types/office-js` (`[Api set: ExcelApi 1.18]`) — never a hand-kept list, so a new
 * version of the types brings its own facts. Used by the requirement-set-true fake
 * (`excel-fake.ts`) and the static test of the adapter's feature gates.
 *
 * Each member also keeps its declared type (a property's type, a method's return type) with the
 * `Excel.` prefix dropped, so the fake can tell which class an object it hands out belongs to.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

export interface MemberInfo {
  /** The lowest ExcelApi set among its declarations (overloads), or null when the JSDoc names none. */
  set: string | null;
  /** `Range`, `RangeFormat`, `void`, … (generic and union types are kept as written). */
  type: string | null;
}

export interface ExcelApiModel {
  /** Class or interface of the `Excel` namespace → its members. */
  classes: Map<string, Map<string, MemberInfo>>;
  /** The set of a class or interface as a whole. */
  classSets: Map<string, string | null>;
}

export const OFFICE_TYPES = path.join(__dirname, "../../node_modules/@types/office-js/index.d.ts");

const API_SET = /\[Api set: ExcelApi (\d+\.\d+)\]/;

/** `"1.14"` vs `"1.9"` as numbers part by part: negative, 0 or positive. */
export function compareSets(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

/** The ExcelApi set named in the JSDoc right above `node`, if any. */
export function apiSetOf(node: ts.Node, source: ts.SourceFile): string | null {
  const text = source.text;
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  for (const r of ranges.slice().reverse()) {
    const m = API_SET.exec(text.slice(r.pos, r.end));
    if (m) return m[1];
  }
  return null;
}

function lower(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareSets(a, b) <= 0 ? a : b;
}

const cleanType = (t: ts.TypeNode | undefined, source: ts.SourceFile): string | null => (t ? t.getText(source).replace(/\bExcel\./g, "") : null);

function memberName(m: ts.ClassElement | ts.TypeElement): string | null {
  const n = m.name;
  if (!n) return null;
  return ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : null;
}

function readMembers(node: ts.ClassDeclaration | ts.InterfaceDeclaration, source: ts.SourceFile): Map<string, MemberInfo> {
  const members = new Map<string, MemberInfo>();
  for (const m of node.members as ts.NodeArray<ts.ClassElement | ts.TypeElement>) {
    const name = memberName(m);
    if (name === null) continue;
    const set = apiSetOf(m, source);
    const type = ts.isPropertyDeclaration(m) || ts.isPropertySignature(m) || ts.isMethodDeclaration(m) || ts.isMethodSignature(m) ? cleanType(m.type, source) : null;
    const known = members.get(name);
    members.set(name, { set: lower(known?.set ?? null, set), type: known?.type ?? type });
  }
  return members;
}

let cached: ExcelApiModel | null = null;

/** Parse (once per test file) the `Excel` namespace of `@types/office-js`. */
export function excelApiModel(file: string = OFFICE_TYPES): ExcelApiModel {
  if (cached && file === OFFICE_TYPES) return cached;
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const model: ExcelApiModel = { classes: new Map(), classSets: new Map() };
  for (const statement of source.statements) {
    if (!ts.isModuleDeclaration(statement) || statement.name.text !== "Excel" || !statement.body || !ts.isModuleBlock(statement.body)) continue;
    for (const d of statement.body.statements) {
      if (!ts.isClassDeclaration(d) && !ts.isInterfaceDeclaration(d)) continue;
      if (!d.name) continue;
      const name = d.name.text;
      const members = readMembers(d, source);
      const existing = model.classes.get(name);
      model.classes.set(name, existing ? new Map([...existing, ...members]) : members);
      model.classSets.set(name, lower(model.classSets.get(name) ?? null, apiSetOf(d, source)));
    }
  }
  if (model.classes.size === 0) throw new Error(`no Excel namespace found in ${file}`);
  if (file === OFFICE_TYPES) cached = model;
  return model;
}

/** The set a member needs: its own, else its class's; null when neither names one. */
export function memberSet(model: ExcelApiModel, className: string, member: string): string | null {
  const own = model.classes.get(className)?.get(member);
  if (!own) return null;
  return own.set ?? model.classSets.get(className) ?? null;
}

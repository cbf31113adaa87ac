/**
 * Static: every Office.js member the adapter (src/excel) uses whose ExcelApi set is above the
 * manifest's minimum is reached only under a feature flag (`features.X` in src/excel/features.ts)
 * whose set is at least the member's own. The sets come from the JSDoc of @types/office-js, so a
 * member added to the adapter without a gate, or under too low a gate, fails here before it fails
 * a user of Excel 2021.
 *
 * "Under a flag": inside the `then` of an `if`, the true branch of `?:` or the right of `&&` whose
 * condition reads the flag; or inside a function every call of which (in src/excel) is.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";
import { FEATURE_SETS, MANIFEST_MIN_SET, type ExcelFeatureName } from "../../src/excel/features";
import { OFFICE_TYPES, compareSets, excelApiModel, memberSet } from "../helpers/excel-api-sets";

const ADAPTER = path.join(__dirname, "../../src/excel");

interface Use {
  file: string;
  line: number;
  member: string;
  set: string;
  node: ts.Node;
}

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: ["office-js"],
};

function program(): ts.Program {
  const files = fs
    .readdirSync(ADAPTER)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(ADAPTER, f));
  return ts.createProgram(files, OPTIONS);
}

const isFeature = (name: string): name is ExcelFeatureName => Object.prototype.hasOwnProperty.call(FEATURE_SETS, name);

/** The flags a condition reads: `features.X`, `this.features.X`. */
function flagsIn(condition: ts.Node): ExcelFeatureName[] {
  const out: ExcelFeatureName[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && isFeature(n.name.text) && /(^|\.)features$/.test(n.expression.getText())) out.push(n.name.text);
    n.forEachChild(visit);
  };
  visit(condition);
  return out;
}

const within = (node: ts.Node, part: ts.Node): boolean => node.pos >= part.pos && node.end <= part.end;

class GateFinder {
  private readonly checker: ts.TypeChecker;
  private readonly sources: ts.SourceFile[];
  private readonly visiting = new Set<ts.Node>();

  constructor(prog: ts.Program) {
    this.checker = prog.getTypeChecker();
    this.sources = prog.getSourceFiles().filter((s) => path.resolve(s.fileName).startsWith(ADAPTER));
  }

  /** Whether `node` runs only when a flag of at least `set` is on. */
  gated(node: ts.Node, set: string): boolean {
    const enough = (cond: ts.Node): boolean => flagsIn(cond).some((f) => compareSets(FEATURE_SETS[f], set) >= 0);
    let child: ts.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent) && within(node, parent.thenStatement) && enough(parent.expression)) return true;
      if (ts.isConditionalExpression(parent) && within(node, parent.whenTrue) && enough(parent.condition)) return true;
      if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right && enough(parent.left)) return true;
      if (ts.isFunctionDeclaration(parent) || ts.isMethodDeclaration(parent)) return this.everyCallGated(parent, set);
    }
    return false;
  }

  /** Every reference to the function in the adapter is itself gated (and there is one). */
  private everyCallGated(fn: ts.FunctionDeclaration | ts.MethodDeclaration, set: string): boolean {
    if (!fn.name || this.visiting.has(fn)) return false;
    const symbol = this.checker.getSymbolAtLocation(fn.name);
    if (!symbol) return false;
    this.visiting.add(fn);
    const refs: ts.Node[] = [];
    for (const source of this.sources) {
      const visit = (n: ts.Node): void => {
        if (ts.isIdentifier(n) && n !== fn.name && n.text === fn.name?.getText() && this.checker.getSymbolAtLocation(n) === symbol) refs.push(n);
        n.forEachChild(visit);
      };
      visit(source);
    }
    const ok = refs.length > 0 && refs.every((r) => this.gated(r, set));
    this.visiting.delete(fn);
    return ok;
  }

  /** Every use of an Excel class or interface member above the manifest's minimum. */
  usesAboveMinimum(): Use[] {
    const model = excelApiModel();
    // Real paths: node_modules may be a link (a second checkout sharing one install).
    const real = (f: string): string => fs.realpathSync(path.resolve(f));
    const office = real(OFFICE_TYPES);
    const out: Use[] = [];
    for (const source of this.sources) {
      const visit = (n: ts.Node): void => {
        if (ts.isPropertyAccessExpression(n)) {
          const decl = this.checker.getSymbolAtLocation(n.name)?.declarations?.[0];
          const owner = decl?.parent;
          if (decl && owner && real(decl.getSourceFile().fileName) === office && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.name) {
            const set = memberSet(model, owner.name.text, n.name.text);
            if (set && compareSets(set, MANIFEST_MIN_SET) > 0) {
              const line = source.getLineAndCharacterOfPosition(n.getStart()).line + 1;
              out.push({ file: path.basename(source.fileName), line, member: `${owner.name.text}.${n.name.text}`, set, node: n });
            }
          }
        }
        n.forEachChild(visit);
      };
      visit(source);
    }
    return out;
  }
}

describe("feature gates of the Excel adapter (static, from @types/office-js)", () => {
  const main = program();
  const finder = new GateFinder(main);
  const uses = finder.usesAboveMinimum();

  test("the adapter's members above ExcelApi 1.7 are found (the analysis sees them)", () => {
    const members = new Set(uses.map((u) => u.member));
    // A few that must be there; if these vanish the analysis, not the adapter, is broken.
    for (const m of ["Worksheet.getRanges", "RangeAreas.select", "Worksheet.pageLayout", "Range.dataValidation", "WorksheetCollection.onNameChanged"]) {
      expect(members).toContain(m);
    }
  });

  test("each is reached only under a flag of at least its set", () => {
    const ungated = uses.filter((u) => !finder.gated(u.node, u.set)).map((u) => `${u.file}:${u.line} ${u.member} (ExcelApi ${u.set})`);
    expect(ungated).toEqual([]);
  });

  test("the analysis catches an ungated use and a gate that is too low", () => {
    // One probe file beside the adapter (in memory only), one case per function.
    const code = [
      'import type { ExcelFeatures } from "./features";',
      'export function ungated(ws: Excel.Worksheet) { ws.getRanges("A1,B2").select(); }',
      'export function tooLow(ws: Excel.Worksheet, features: ExcelFeatures) { if (features.pageLayout) ws.getRanges("A1,B2").select(); }',
      'export function enough(ws: Excel.Worksheet, features: ExcelFeatures) { if (features.selectAreas) ws.getRanges("A1,B2").select(); }',
      "function helper(ws: Excel.Worksheet) { ws.pageLayout.zoom = { scale: 90 }; }",
      "export function oneCallUngated(ws: Excel.Worksheet, features: ExcelFeatures) { if (features.pageLayout) helper(ws); helper(ws); }",
    ].join("\n");
    const file = path.join(ADAPTER, "__probe__.ts");
    const host = ts.createCompilerHost(OPTIONS);
    const read = host.getSourceFile;
    host.getSourceFile = (name, lang, ...rest) => (path.resolve(name) === file ? ts.createSourceFile(name, code, lang, true) : read.call(host, name, lang, ...rest));
    const exists = host.fileExists;
    host.fileExists = (name) => path.resolve(name) === file || exists.call(host, name);
    // The main program's parsed files (lib.dom, office-js) are reused: only the probe is new.
    const f = new GateFinder(ts.createProgram([file, path.join(ADAPTER, "features.ts")], OPTIONS, host, main));
    const found = f
      .usesAboveMinimum()
      .filter((u) => u.file === "__probe__.ts" && !f.gated(u.node, u.set))
      .map((u) => `${u.line}:${u.member}`)
      .sort();
    expect(found).toEqual(["2:RangeAreas.select", "2:Worksheet.getRanges", "3:RangeAreas.select", "5:PageLayout.zoom", "5:Worksheet.pageLayout"]);
  });
});

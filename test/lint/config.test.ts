/**
 * The lint setup catches what it is there for: Office.js reads before a load or a sync, syncs in
 * loops, `any` in the engine — and prettier leaves the byte-exact fixtures alone.
 */
import path from "node:path";
import { Linter } from "eslint";
import { execFileSync } from "node:child_process";

const ROOT = path.resolve(__dirname, "../..");
// eslint.config.js is CommonJS; the flat config array is handed to the Linter as it is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, "eslint.config.js")) as Linter.Config[];

function ruleIds(file: string, code: string): string[] {
  const linter = new Linter({ configType: "flat", cwd: ROOT });
  return linter.verify(code, config, path.join(ROOT, file)).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const UNLOADED_READ = `export async function total(context: Excel.RequestContext): Promise<unknown> {
  const range = context.workbook.worksheets.getItem("表").getRange("D31");
  const value = range.values;
  for (const name of ["甲", "乙"]) {
    context.workbook.worksheets.getItem(name).getRange("A1").load("values");
    await context.sync();
  }
  return value;
}
`;

describe("eslint", () => {
  it.each(["src/excel/probe.ts", "src/taskpane/probe.ts", "src/commands/probe.ts"])("in %s, a read without load and sync and a sync in a loop are errors", (file) => {
    const ids = ruleIds(file, UNLOADED_READ);
    expect(ids).toEqual(expect.arrayContaining(["office-addins/load-object-before-read", "office-addins/call-sync-before-read", "office-addins/no-context-sync-in-loop"]));
  });

  it("parses TypeScript as TypeScript (type-only syntax is no parsing error)", () => {
    expect(ruleIds("src/excel/probe.ts", 'import type { A } from "./a";\nexport const f = (a: A): A => a;\n')).toEqual([]);
  });

  it("forbids any in the engine and the readers, allows it in tests", () => {
    const code = "export const x = JSON.parse('1') as any;\n";
    expect(ruleIds("src/core/probe.ts", code)).toContain("@typescript-eslint/no-explicit-any");
    expect(ruleIds("src/readers/probe.ts", code)).toContain("@typescript-eslint/no-explicit-any");
    expect(ruleIds("test/core/probe.test.ts", code)).toEqual([]);
  });

  it("allows the ideographic space of official labels in strings, not between tokens", () => {
    expect(ruleIds("src/core/probe.ts", 'export const title = "统计期间：2025年1月1日至2025年12月31日\u3000依据";\n')).toEqual([]);
    expect(ruleIds("src/core/probe.ts", "export const a =\u30001;\n")).toContain("no-irregular-whitespace");
  });
});

describe("prettier", () => {
  // Prettier's CommonJS entry loads its core with a dynamic import, which jest's VM refuses: ask a
  // child Node, once, which of the files prettier ignores.
  const FILES = [
    "test/fixtures/html/gov-2021.html",
    "test/fixtures/docx/report-2021.docx",
    "test/core/narrative/fixtures/huaian-szf-2024.json",
    "test/fixtures/docx/reports.ts",
    "src/excel/select.ts",
    "eslint.config.js",
    "test/build/syntax.test.ts",
  ];
  const script = `import("prettier").then(async (p) => {
    const out = {};
    for (const f of ${JSON.stringify(FILES)}) out[f] = (await p.getFileInfo(f, { ignorePath: ".prettierignore" })).ignored;
    console.log(JSON.stringify(out));
  });`;
  let ignored: Record<string, boolean> = {};
  beforeAll(() => {
    ignored = JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" })) as Record<string, boolean>;
  });

  it("never touches test fixtures, but formats the scripts that make them", () => {
    expect(ignored["test/fixtures/html/gov-2021.html"]).toBe(true);
    expect(ignored["test/fixtures/docx/report-2021.docx"]).toBe(true);
    expect(ignored["test/core/narrative/fixtures/huaian-szf-2024.json"]).toBe(true);
    expect(ignored["test/fixtures/docx/reports.ts"]).toBe(false);
  });

  it("formats the code", () => {
    expect(ignored["src/excel/select.ts"]).toBe(false);
    expect(ignored["eslint.config.js"]).toBe(false);
    // Only the root's build output is skipped, not every folder called build.
    expect(ignored["test/build/syntax.test.ts"]).toBe(false);
  });
});

/**
 * What the pages' code calls of the language, against what EdgeHTML 18 and Safari 12 have. Syntax
 * is checked on the built bundles (syntax.test.ts); methods cannot be, so the code behind the two
 * pages — the pane with its lazily loaded parts, and the ribbon commands — is type-checked here
 * with ES2017's library, Promise.prototype.finally (EdgeHTML 18 has it), the DOM, and the methods
 * the web view guard fills in. A call to anything else newer (`.at()`, `replaceAll`, `structuredClone`
 * of a later lib …) fails here: fill it in src/shared/webview-guard.js, or write it another way.
 */
import path from "path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const ENTRIES = ["src/taskpane/index.ts", "src/commands/index.ts"].map((f) => path.join(ROOT, f));

/** What the guard fills in that has no library of its own to name here (es2020.string brings Intl too). */
const FILLED_DECLARATIONS = path.join(ROOT, "test/build/__webview-filled__.d.ts");
const FILLED_SOURCE = `
interface String {
  /** Filled in by the web view guard where missing (EdgeHTML 18, Safari 12). */
  matchAll(regexp: RegExp): IterableIterator<RegExpExecArray>;
}
`;

/** ES2017, plus what every target web view has or the guard fills in: */
const LIBS = [
  "lib.es2017.d.ts",
  "lib.es2018.promise.d.ts", // Promise.prototype.finally: EdgeHTML 18, Safari 11.1
  "lib.es2019.array.d.ts", // flat, flatMap: filled in
  "lib.es2019.object.d.ts", // Object.fromEntries: filled in
  // `new Error(message, { cause })` (src/excel/errors.ts): older views ignore the second argument,
  // which only loses `cause` for a debugger — nothing in the pages reads it back.
  "lib.es2022.error.d.ts",
  "lib.dom.d.ts",
  "lib.dom.iterable.d.ts",
];

/**
 * A file the check must refuse, type-checked with the pages' code: proof that the check bites. Two
 * methods EdgeHTML 18 lacks and the guard does not fill in.
 */
const PROBE = path.join(ROOT, "src/__webview-probe__.ts");
const PROBE_SOURCE = `export const last = [1, 2].at(-1);\nexport const plain = "a-b".replaceAll("-", "");\n`;

/** Type errors of the pages' code (and the probe) under LIBS, as `file:line message`. */
function diagnostics(): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!parsed) throw new Error("tsconfig.json could not be read");
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, target: ts.ScriptTarget.ES2017, lib: LIBS, types: ["office-js"] };
  const virtual = new Map<string, string>([
    [FILLED_DECLARATIONS, FILLED_SOURCE],
    [PROBE, PROBE_SOURCE],
  ]);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, languageVersion, onError, shouldCreate) => {
    const text = virtual.get(path.resolve(file));
    return text !== undefined ? ts.createSourceFile(file, text, languageVersion, true) : getSourceFile(file, languageVersion, onError, shouldCreate);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => virtual.has(path.resolve(file)) || fileExists(file);
  const program = ts.createProgram([...ENTRIES, FILLED_DECLARATIONS, PROBE], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : "";
    const file = d.file ? path.relative(ROOT, d.file.fileName) : "";
    return `${file}${where} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
  });
}

let found: string[];

// A whole program's type check takes a while on two cores.
beforeAll(() => {
  found = diagnostics();
}, 120_000);

const fromProbe = (d: string): boolean => d.startsWith(path.relative(ROOT, PROBE));

it("finds the pane and the ribbon commands calling nothing the web views lack and the guard does not fill in", () => {
  expect(found.filter((d) => !fromProbe(d))).toEqual([]);
});

it("would notice a call to a method EdgeHTML 18 lacks", () => {
  const probe = found.filter(fromProbe);
  expect(probe.some((d) => /:1 .*'at'/.test(d))).toBe(true);
  expect(probe.some((d) => /:2 .*'replaceAll'/.test(d))).toBe(true);
});

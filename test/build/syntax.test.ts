/**
 * Which JavaScript the built pages ask of the web view Office runs them in. Excel 2019 and the
 * Microsoft 365 builds of 2019–2020 on Windows 10 use EdgeHTML 18; Excel on the Mac uses the
 * system's Safari; the manifest's ExcelApi 1.7 offers the add-in to all of them. So every bundle
 * must parse as ES2017, and acorn checks regular-expression literals per version too: lookbehind,
 * named groups, the `s` flag and `\p{…}` are ES2018 and fail here. Internet Explorer 11 (volume-
 * licensed Excel 2019) runs none of it; the guard script it does run must be plain ES5.
 *
 * Built here as `npm run build` builds dist/ (production mode, minified), into a temporary folder
 * so the test never depends on a stale or missing dist/. office.js is copied as an intranet build
 * copies it, and left alone: it is Microsoft's, not ours.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { parse, type Node } from "acorn";
import webpack, { type Configuration } from "webpack";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, "webpack.config.js")) as (env: Record<string, string>, argv: { mode: string }) => Configuration;
// The offline checker page (dist/checker/), built into the same folder so every check covers it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const checkerConfig = require(path.join(ROOT, "webpack.checker.config.js")) as (env: Record<string, string>, argv: { mode: string }) => Configuration;

/** Where the local office.js copy goes (webpack.config.js LOCAL_OFFICE_DIR). */
const OFFICE_DIR = "office-js";
/** The guard's built name: webview-guard.<hash>.js. */
const GUARD = /^webview-guard\.[0-9a-f]{8}\.js$/;

let tmp: string;
let out: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-syntax-"));
  out = path.join(tmp, "dist");
  const cfg = config({ NIANBAO_OUTPUT: out, NIANBAO_BASE_URL: "", NIANBAO_OFFICE_JS: "local" }, { mode: "production" });
  const build = (c: Configuration): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      webpack(c, (err, stats) => {
        if (err) return reject(err);
        if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
        resolve();
      });
    });
  // The add-in's build cleans its folder, so the checker goes in after it.
  await build(cfg);
  await build(checkerConfig({ outDir: path.join(out, "checker") }, { mode: "production" }));
}, 900_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Every .js file of the build, relative to it, except the office.js copy. */
function builtScripts(dir: string, sub = ""): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (rel !== OFFICE_DIR) files.push(...builtScripts(dir, rel));
    } else if (entry.name.endsWith(".js")) {
      files.push(rel);
    }
  }
  return files.sort();
}

/** The source around `pos`, on one line, for a message that shows what failed. */
function excerpt(code: string, pos: number): string {
  return code.slice(Math.max(0, pos - 40), pos + 60).replace(/\s+/g, " ");
}

/** Why `code` does not parse as `ecmaVersion` (with where, and the code there), or null. */
function syntaxProblem(code: string, ecmaVersion: 5 | 2017): string | null {
  try {
    parse(code, { ecmaVersion, sourceType: "script" });
    return null;
  } catch (e) {
    const err = e as SyntaxError & { pos?: number };
    return `${err.message} near “${excerpt(code, err.pos ?? 0)}”`;
  }
}

/**
 * Regular-expression syntax newer than ES2017 inside strings: what `new RegExp(string)` would
 * compile at run time, where acorn's check of literals cannot see it.
 */
const TOO_NEW_IN_STRING = /\(\?<[=!]|\(\?<[A-Za-z_$]|\\[pP]\{/;

/** Every string and template part of a parsed program that holds TOO_NEW_IN_STRING. */
function tooNewRegexSources(code: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== "object") return;
    const n = node as Node & { value?: unknown };
    if (n.type === "Literal" && typeof n.value === "string" && TOO_NEW_IN_STRING.test(n.value)) found.push(n.value);
    if (n.type === "TemplateElement") {
      const v = n.value as { cooked?: string | null; raw: string };
      const text = v.cooked ?? v.raw;
      if (TOO_NEW_IN_STRING.test(text)) found.push(text);
    }
    if (n.type === "Literal" || n.type === "TemplateElement") return;
    for (const child of Object.values(n)) if (typeof child === "object") visit(child);
  };
  visit(parse(code, { ecmaVersion: "latest", sourceType: "script" }));
  return found;
}

const read = (file: string): string => fs.readFileSync(path.join(out, file), "utf8");

describe("the bundles Office's web views load", () => {
  it("are the pane's, its lazily loaded layout's and the ribbon commands', and leave the office.js copy out", () => {
    const files = builtScripts(out);
    expect(files.some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
    expect(files.some((f) => /^commands\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
    expect(files.some((f) => /^layout\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => f.startsWith(`${OFFICE_DIR}/`))).toEqual([]);
    expect(fs.existsSync(path.join(out, OFFICE_DIR, "office.js"))).toBe(true);
  });

  it("include the checker page's, with every reader and pdf.js's worker as chunks of their own", () => {
    const files = builtScripts(out).filter((f) => f.startsWith("checker/"));
    for (const form of ["xlsx", "xls", "docx", "html", "pdf"]) expect(files.some((f) => f.startsWith(`checker/src_readers_${form}_index_ts.`))).toBe(true);
    expect(files.some((f) => /^checker\/checker\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
    expect(files.some((f) => f.includes("pdf_worker_mjs"))).toBe(true);
  });

  it("parse as ES2017, regular expressions included (EdgeHTML 18, Safari 12 and later)", () => {
    const problems = builtScripts(out)
      .map((f) => [f, syntaxProblem(read(f), 2017)])
      .filter(([, problem]) => problem !== null);
    expect(problems).toEqual([]);
  });

  it("build no regular expression from a string with lookbehind, named groups or \\p{…}", () => {
    const found = builtScripts(out)
      // The checker page's pdf.js worker builds two Unicode-property patterns (\p{Mn}, \p{L}): the
      // page targets the Chromium WPS and 信创 browsers embed (64 and later have them), not EdgeHTML.
      .filter((f) => !/^checker\/.*pdf_worker_mjs/.test(f))
      .flatMap((f) => tooNewRegexSources(read(f)).map((s) => `${f}: ${s}`));
    expect(found).toEqual([]);
  });
});

describe("the web view guard", () => {
  it("is built once, under a name that changes with its content, and parses as ES5 (Internet Explorer 11)", () => {
    const guards = builtScripts(out).filter((f) => GUARD.test(f));
    expect(guards).toHaveLength(1);
    expect(syntaxProblem(read(guards[0]), 5)).toBeNull();
  });
});

describe("the checks themselves", () => {
  // A check that cannot fail proves nothing: each must refuse what the web views refuse.
  it.each([
    ["lookbehind", "var r = /(?<![\\d.])(\\d{4})年/g;"],
    ["a named group", "var r = /(?<year>\\d{4})/;"],
    ["the s flag", "var r = /a.b/s;"],
    ["optional chaining", "var x = a?.b;"],
    ["nullish coalescing", "var x = a ?? b;"],
    ["a catch without its binding", "try { f(); } catch { }"],
    ["object spread", "var o = { ...a };"],
  ])("ES2017 refuses %s", (_name, code) => {
    expect(syntaxProblem(code, 2017)).not.toBeNull();
  });

  it("ES5 refuses arrow functions, const and shorthand properties", () => {
    for (const code of ["var f = () => 1;", "const a = 1;", "var o = { a };"]) expect(syntaxProblem(code, 5)).not.toBeNull();
    expect(syntaxProblem("var f = function (a) { return { a: a }; };", 5)).toBeNull();
  });

  it("finds lookbehind in a string a RegExp is built from, and nothing in ordinary strings", () => {
    expect(tooNewRegexSources('var NEG = "(?<!尚)(?:未|没有|无)"; var r = new RegExp(NEG + "收到", "g");')).toEqual(["(?<!尚)(?:未|没有|无)"]);
    expect(tooNewRegexSources("var r = new RegExp(`(?<y>\\\\d{4})${x}`);")).toHaveLength(1);
    expect(tooNewRegexSources('var p = [{ re: new RegExp("(?<!尚)未有", "g") }];')).toEqual(["(?<!尚)未有"]);
    expect(tooNewRegexSources('var s = "(?:未|没有)"; var t = "a < b";')).toEqual([]);
  });
});

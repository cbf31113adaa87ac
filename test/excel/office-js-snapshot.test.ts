/**
 * `NIANBAO_OFFICE_JS=/path/to/snapshot`: the build checks a downloaded copy of the CDN's office.js
 * files before using it. Tested with small fake snapshots made here (host files written in the
 * shape Office's generator gives them), and with the npm copy, which really lacks RangeAreas.select.
 * Also: the list of members the check looks for is the one the adapter's code uses.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ts from "typescript";
import { excelApiModel } from "../helpers/excel-api-sets";

// Plain CommonJS modules of the build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const snapshot = require("../../scripts/office-js-snapshot.js") as {
  ADAPTER_MEMBERS: string[];
  checkOfficeJsFolder: (dir: string, members?: string[]) => { errors: string[]; warnings: string[]; hostFiles: string[] };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as {
  (env: Record<string, string>, argv: Record<string, string>): { plugins: unknown[] };
  officeJsMode: (env: Record<string, string>, warn?: (m: string) => void) => { kind: string; dir?: string };
};

const ADAPTER = path.join(__dirname, "../../src/excel");

/** A host file as Office's generator writes classes: a `_className` getter, then the members. */
function hostFile(members: readonly string[]): string {
  const byClass = new Map<string, string[]>();
  for (const m of members) {
    const [cls, member] = m.split(".");
    byClass.set(cls, [...(byClass.get(cls) ?? []), member]);
  }
  return [...byClass]
    .map(
      ([cls, ms]) =>
        `var x=function(t){function n(){}return __extends(n,t),Object.defineProperty(n.prototype,"_className",{get:function(){return"${cls}"},enumerable:!0,configurable:!0}),` +
        ms.map((m, i) => (i % 2 ? `Object.defineProperty(n.prototype,"${m}",{get:function(){}})` : `n.prototype.${m}=function(){}`)).join(",") +
        ",n}(OfficeExtension.ClientObject);",
    )
    .join("\n");
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function makeSnapshot(options: { members?: string[]; omit?: string[]; files?: string[] } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "office-js-snapshot-"));
  made.push(dir);
  const members = (options.members ?? snapshot.ADAPTER_MEMBERS).filter((m) => !options.omit?.includes(m));
  const files = options.files ?? ["office.js", "o15apptofilemappingtable.js", "excel-win32-16.01.js", "excel-web-16.00.js", "excel-win32-16.01-core.js"];
  for (const f of files) {
    const text = /^excel-.*-core\.js$/.test(f) ? "var core=1;" : f.startsWith("excel-") ? hostFile(members) : "/* office */";
    fs.writeFileSync(path.join(dir, f), text);
  }
  fs.mkdirSync(path.join(dir, "zh-cn"));
  fs.writeFileSync(path.join(dir, "zh-cn", "office_strings.js"), "");
  return dir;
}

describe("checking an office.js snapshot", () => {
  test("a complete, current snapshot passes", () => {
    const check = snapshot.checkOfficeJsFolder(makeSnapshot());
    expect(check).toEqual({ errors: [], warnings: [], hostFiles: ["excel-web-16.00.js", "excel-win32-16.01.js"] });
  });

  test("a snapshot without RangeAreas.select (older than ExcelApi 1.18) is refused, naming the member and the files", () => {
    const check = snapshot.checkOfficeJsFolder(makeSnapshot({ omit: ["RangeAreas.select"] }));
    expect(check.errors).toEqual(["excel-web-16.00.js、excel-win32-16.01.js 缺少加载项使用的 RangeAreas.select"]);
  });

  test("missing office.js, its mapping table or any Excel host file: each said", () => {
    const check = snapshot.checkOfficeJsFolder(makeSnapshot({ files: ["excel-win32-16.01-core.js"] }));
    expect(check.errors).toEqual([
      expect.stringContaining("缺少 office.js"),
      expect.stringContaining("缺少 o15apptofilemappingtable.js"),
      expect.stringContaining("没有 Excel 宿主文件"),
    ]);
  });

  test("no Windows host file: a warning (Windows Excel could not load the add-in)", () => {
    const check = snapshot.checkOfficeJsFolder(makeSnapshot({ files: ["office.js", "o15apptofilemappingtable.js", "excel-web-16.00.js"] }));
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([expect.stringContaining("excel-win32-16.01.js")]);
  });

  test("the npm copy (@microsoft/office-js 1.1.110) lacks RangeAreas.select, and the check says so", () => {
    const check = snapshot.checkOfficeJsFolder(path.join(__dirname, "../../node_modules/@microsoft/office-js/dist"));
    expect(check.errors.join("；")).toContain("RangeAreas.select");
  });
});

describe("NIANBAO_OFFICE_JS in the build", () => {
  test("a snapshot folder: checked and used, nothing to warn about", () => {
    const dir = makeSnapshot();
    const warn = jest.fn();
    expect(config.officeJsMode({ NIANBAO_OFFICE_JS: dir }, warn)).toEqual({ kind: "folder", dir });
    expect(warn).not.toHaveBeenCalled();
  });

  test("an outdated snapshot stops the build with the reason", () => {
    const dir = makeSnapshot({ omit: ["RangeAreas.select", "Worksheet.getRanges"] });
    expect(() => config.officeJsMode({ NIANBAO_OFFICE_JS: dir }, jest.fn())).toThrow(/不能使用：.*缺少加载项使用的 RangeAreas\.select、Worksheet\.getRanges/);
  });

  test("a folder that is not there stops the build", () => {
    expect(() => config.officeJsMode({ NIANBAO_OFFICE_JS: "/nonexistent/office-js" }, jest.fn())).toThrow(/找不到 office\.js 文件夹/);
  });

  test("local: the npm copy is used with a warning that names what it lacks and what to do", () => {
    const warn = jest.fn();
    expect(config.officeJsMode({ NIANBAO_OFFICE_JS: "local" }, warn).kind).toBe("folder");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/不再维护.*RangeAreas\.select.*NIANBAO_OFFICE_JS=<文件夹路径>/);
  });

  test("the pages load the snapshot's office.js from dist/office-js/, and the snapshot is what is copied", () => {
    const dir = makeSnapshot();
    const cfg = config({ NIANBAO_OFFICE_JS: dir }, { mode: "production" });
    const html = cfg.plugins.filter((p) => p?.constructor?.name === "HtmlWebpackPlugin") as Array<{ userOptions: { officeJs: string } }>;
    expect(html.map((p) => p.userOptions.officeJs)).toEqual(["office-js/office.js", "office-js/office.js"]);
    const copy = cfg.plugins.find((p) => (p as { constructor: { name: string } }).constructor.name === "CopyPlugin") as { patterns: Array<{ from: string; to: string }> };
    expect(copy.patterns).toContainEqual(expect.objectContaining({ from: dir, to: "office-js" }));
  });
});

describe("the members the snapshot check looks for are the adapter's", () => {
  test("ADAPTER_MEMBERS = every Excel class member src/excel uses (from its code, by the TypeScript compiler)", () => {
    const files = fs
      .readdirSync(ADAPTER)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => path.join(ADAPTER, f));
    const prog = ts.createProgram(files, { strict: true, noEmit: true, skipLibCheck: true, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: ["office-js"] });
    const checker = prog.getTypeChecker();
    const classes = excelApiModel().classes;
    const used = new Set<string>();
    for (const source of prog.getSourceFiles().filter((s) => path.resolve(s.fileName).startsWith(ADAPTER))) {
      const visit = (n: ts.Node): void => {
        if (ts.isPropertyAccessExpression(n)) {
          const owner = checker.getSymbolAtLocation(n.name)?.declarations?.[0]?.parent;
          if (owner && ts.isClassDeclaration(owner) && owner.name && classes.has(owner.name.text) && /@types[\\/]office-js/.test(owner.getSourceFile().fileName)) {
            used.add(`${owner.name.text}.${n.name.text}`);
          }
        }
        n.forEachChild(visit);
      };
      visit(source);
    }
    used.delete("RequestContext.workbook");
    expect([...used].sort()).toEqual([...snapshot.ADAPTER_MEMBERS].sort());
  });
});

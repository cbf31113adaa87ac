/**
 * The add-in's web build, run through webpack's Node API into temporary folders: once as a
 * developer builds it (office.js from the CDN, the manifest on https://localhost:3000/), once as
 * an intranet deployment does (a production address, office.js copied alongside). TypeScript is
 * only transpiled and nothing minified here: the real build type-checks and minifies; this test
 * looks at which files come out and what the pages and the manifest say.
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack, { type Configuration } from "webpack";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, "webpack.config.js")) as ((env: Record<string, string>, argv: { mode: string }) => Configuration) & {
  DEV_BASE: string;
  OFFICE_CDN: string;
  guardFileName(): string;
};

const PRODUCTION_BASE = "https://nianbao.example.gov.cn/addin/";

/** Quicker than the real build, same files: TypeScript transpiled only, bundles not minified. */
function quick(cfg: Configuration): Configuration {
  cfg.optimization = { ...cfg.optimization, minimize: false };
  for (const rule of cfg.module?.rules ?? []) {
    if (rule && typeof rule === "object" && rule.loader === "ts-loader") {
      rule.options = { ...(rule.options as object), transpileOnly: true };
    }
  }
  return cfg;
}

function build(configs: Configuration[]): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(configs, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    });
  });
}

let tmp: string;
let devOut: string;
let prodOut: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-build-"));
  devOut = path.join(tmp, "dev");
  prodOut = path.join(tmp, "prod");
  await build([
    quick(config({ NIANBAO_OUTPUT: devOut, NIANBAO_BASE_URL: "", NIANBAO_OFFICE_JS: "" }, { mode: "production" })),
    quick(config({ NIANBAO_OUTPUT: prodOut, NIANBAO_BASE_URL: PRODUCTION_BASE, NIANBAO_OFFICE_JS: "local" }, { mode: "production" })),
  ]);
}, 180_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const read = (dir: string, file: string): string => fs.readFileSync(path.join(dir, file), "utf8");

/** `<script src=…>` of a built page, in order, with whether it is deferred and what it holds between its tags. */
function scripts(html: string): Array<{ src: string | null; defer: boolean; body: string }> {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => {
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(m[1]);
    return { src: src ? (src[1] ?? src[2] ?? src[3]) : null, defer: /\bdefer\b/.test(m[1]), body: m[2] };
  });
}

/** The page's Content-Security-Policy meta, as directive → sources. */
function csp(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(html);
  if (!meta) throw new Error("no Content-Security-Policy meta");
  return new Map(
    meta[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe.each([
  ["a developer's build", () => devOut, "cdn"],
  ["an intranet deployment", () => prodOut, "local"],
] as const)("%s", (_name, out, officeJs) => {
  it.each(["taskpane.html", "commands.html"])("has %s loading office.js, then the web view guard, then its bundle, and no inline script", (page) => {
    const html = read(out(), page);
    const [office, guard, bundle, ...rest] = scripts(html);
    expect(rest).toEqual([]);
    expect(office.src).toBe(officeJs === "cdn" ? config.OFFICE_CDN : "office-js/office.js");
    expect(guard.src).toBe(config.guardFileName());
    expect(bundle.src).toMatch(new RegExp(`^${page.replace(".html", "")}\\.[0-9a-f]{8}\\.js$`));
    // Both deferred: the guard runs first, on the parsed page, and fills in methods before the bundle calls them.
    expect([guard.defer, bundle.defer]).toEqual([true, true]);
    for (const s of [office, guard, bundle]) expect(s.body.trim()).toBe("");
    expect(fs.existsSync(path.join(out(), bundle.src as string))).toBe(true);
    if (officeJs === "local") expect(fs.existsSync(path.join(out(), "office-js/office.js"))).toBe(true);
  });

  it("copies the web view guard as its own file, not wrapped in webpack's (ES2017) runtime", () => {
    // Not minified here (see quick()): the copy is the source itself.
    expect(read(out(), config.guardFileName())).toBe(read(ROOT, "src/shared/webview-guard.js"));
  });

  it.each(["taskpane.html", "commands.html"])("gives %s a policy that allows its own scripts and office.js, and nothing else", (page) => {
    const policy = csp(read(out(), page));
    const office = officeJs === "cdn" ? ["https://appsforoffice.microsoft.com"] : [];
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", ...office]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("serves the stylesheet, the icons and the help page, not the icons' SVG sources", () => {
    expect(read(out(), "taskpane.html")).toMatch(/<link rel="?stylesheet"? href="?taskpane\.css"?\s*\/?>/);
    expect(read(out(), "taskpane.css")).toContain("Microsoft YaHei");
    const pngs = fs.readdirSync(path.join(ROOT, "assets")).filter((f) => f.endsWith(".png"));
    expect(pngs.length).toBeGreaterThan(0);
    expect(fs.readdirSync(path.join(out(), "assets")).sort()).toEqual([...pngs, "help.html"].sort());
  });

  it("uses no eval and never writes HTML from strings in its bundles", () => {
    const bundles = fs.readdirSync(out()).filter((f) => f.endsWith(".js"));
    expect(bundles.length).toBeGreaterThanOrEqual(3); // taskpane, its lazily loaded layout, commands
    for (const file of bundles) {
      const js = read(out(), file);
      expect(js).not.toMatch(/\beval\(|new Function\(|\.innerHTML\s*=|insertAdjacentHTML|document\.write/);
    }
  });
});

describe("the manifest in the build", () => {
  it("keeps the development base when no production address is given", () => {
    const manifest = read(devOut, "manifest.xml");
    expect(manifest).toBe(read(ROOT, "manifest.xml"));
  });

  it("points every URL at the production address and nowhere at localhost", () => {
    const source = read(ROOT, "manifest.xml");
    const built = read(prodOut, "manifest.xml");
    expect(built).not.toMatch(/localhost/i);
    const count = (text: string, s: string): number => text.split(s).length - 1;
    expect(count(built, PRODUCTION_BASE)).toBe(count(source, config.DEV_BASE));
    expect(count(built, PRODUCTION_BASE)).toBeGreaterThan(10);
    expect(built).toContain(`<SourceLocation DefaultValue="${PRODUCTION_BASE}taskpane.html"/>`);
  });

  it("adds the missing slash to a production address, and refuses one Office would not load", () => {
    const base = (url: string): string => {
      const cfg = config({ NIANBAO_BASE_URL: url }, { mode: "production" });
      const plugin = (cfg.plugins ?? []).find((p) => p?.constructor.name === "CopyPlugin") as unknown as {
        patterns: Array<{ to: string; transform?: (c: Buffer) => string }>;
      };
      const manifest = plugin.patterns.find((p) => p.to === "manifest.xml");
      return manifest?.transform?.(Buffer.from(`${config.DEV_BASE}taskpane.html`)) ?? "";
    };
    expect(base("https://nianbao.example.gov.cn/addin")).toBe("https://nianbao.example.gov.cn/addin/taskpane.html");
    expect(() => base("http://nianbao.example.gov.cn/")).toThrow(/不是 https 地址/);
    expect(() => base("nianbao.example.gov.cn")).toThrow(/不是网址/);
    expect(() => base("https://nianbao.example.gov.cn/?v=1")).toThrow(/查询参数/);
    expect(() => config({ NIANBAO_OFFICE_JS: "intranet" }, { mode: "production" })).toThrow(/NIANBAO_OFFICE_JS“intranet”无效/);
  });
});

describe("the local copy of office.js", () => {
  it("has what Office needs beside office.js, and leaves out debug builds and other applications", () => {
    const dir = path.join(prodOut, "office-js");
    for (const file of [
      "office.js",
      "o15apptofilemappingtable.js",
      "excel-win32-16.01.js",
      "excel-web-16.00.js",
      "excel-mac-16.00.js",
      "zh-cn/office_strings.js",
      "en-us/office_strings.js",
    ]) {
      expect(fs.existsSync(path.join(dir, file))).toBe(true);
    }
    const top = fs.readdirSync(dir);
    expect(top.filter((f) => f.endsWith(".debug.js") || /^(word|outlook|powerpoint|onenote|project|access)/.test(f))).toEqual([]);
  });
});

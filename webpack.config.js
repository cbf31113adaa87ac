/**
 * The add-in's web build: the task pane and the ribbon's function file, each an HTML page with
 * its bundle, the icons and help page, and the manifest with its URLs pointing where the pages
 * will be served.
 *
 *   npx webpack --mode production     → dist/
 *   npx webpack --mode development    → dist/, with source maps (never eval: the pages' CSP forbids it)
 *
 * Options, as environment variables (or `--env NAME=value`):
 *
 *   NIANBAO_BASE_URL   The https address the pages are served from, e.g. https://nianbao.example.gov.cn/addin/
 *                      dist/manifest.xml gets it in place of the development base https://localhost:3000/.
 *                      Unset: the manifest keeps https://localhost:3000/ (for sideloading a dev build).
 *   NIANBAO_OFFICE_JS  `cdn` (default): the pages load office.js from Microsoft's CDN, the store's policy.
 *                      A folder (`/srv/office-js-2026-11`): a snapshot of the CDN's files the deployer
 *                      downloaded, for networks that cannot reach the CDN (intranets). It is checked before
 *                      the build (scripts/office-js-snapshot.js: office.js, its mapping table, Excel's host
 *                      files defining every member the adapter uses), copied to dist/office-js/, and the
 *                      pages load that copy.
 *                      `local`: the same with the npm package @microsoft/office-js — unsupported by
 *                      Microsoft and lacking RangeAreas.select, so the build warns; a fallback, and what the
 *                      browser preview and its tests use, which must work offline.
 */
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { checkOfficeJsFolder } = require("./scripts/office-js-snapshot");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** Every URL in manifest.xml starts with this (test/manifest checks it). */
const DEV_BASE = "https://localhost:3000/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where the local copy of office.js goes, under dist/. */
const LOCAL_OFFICE_DIR = "office-js";
/** The npm copy of office.js (`NIANBAO_OFFICE_JS=local`). */
const NPM_OFFICE_DIR = "node_modules/@microsoft/office-js/dist";
/**
 * The web view guard (see the file): plain ES5, copied beside the bundles rather than bundled —
 * webpack's runtime around it would be ES2017, which Internet Explorer 11, the one web view the
 * guard is for, cannot read. A production build minifies it like the bundles; the minifier keeps
 * ES5 as ES5, and test/build/syntax.test.ts parses the result as ES5 to be sure.
 */
const GUARD_SOURCE = "src/shared/webview-guard.js";

/**
 * Files of @microsoft/office-js the add-in never loads: debug builds, editor hints, and the host
 * files of other Office applications (this add-in runs in Excel only). The rest — office.js, the
 * o15apptofilemappingtable.js it needs beside it, Excel's host files, every locale folder,
 * telemetry and error pages office.js may open — is copied as it is.
 */
const OFFICE_JS_UNUSED = ["**/*.debug.js", "**/*vsdoc.js", "**/office.d.ts", "**/access-*", "**/onenote-*", "**/outlook*", "**/powerpoint*", "**/project-*", "**/word*"];

function setting(env, name) {
  const value = env[name] ?? process.env[name];
  return value === undefined || value === "" ? undefined : String(value);
}

/** The production base with a trailing "/", or DEV_BASE; throws a message saying what to set instead. */
function baseUrl(env) {
  const raw = setting(env, "NIANBAO_BASE_URL");
  if (raw === undefined) return DEV_BASE;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`NIANBAO_BASE_URL“${raw}”不是网址，请填写加载项页面所在的 https 地址，例如 https://nianbao.example.gov.cn/addin/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`NIANBAO_BASE_URL“${raw}”不是 https 地址：Office 只加载 https 页面，请改为 https://…`);
  }
  if (url.search || url.hash) {
    throw new Error(`NIANBAO_BASE_URL“${raw}”带有查询参数或 #，请只填写目录地址，例如 https://nianbao.example.gov.cn/addin/`);
  }
  const href = url.href;
  return href.endsWith("/") ? href : `${href}/`;
}

/**
 * Where office.js comes from: `{ kind: "cdn" }`, or `{ kind: "folder", dir }` for a downloaded
 * snapshot (`local`: the npm copy). A snapshot that would fail in Excel stops the build with the
 * reason; the npm copy only warns, being the documented fallback.
 */
function officeJsMode(env, warn = (m) => console.warn(m)) {
  const mode = setting(env, "NIANBAO_OFFICE_JS") ?? "cdn";
  if (mode === "cdn") return { kind: "cdn" };
  const local = mode === "local";
  const dir = local ? path.join(__dirname, NPM_OFFICE_DIR) : path.resolve(mode);
  if (!local && !/[\\/]/.test(mode) && !fs.existsSync(dir)) {
    throw new Error(`NIANBAO_OFFICE_JS“${mode}”无效，请填写 cdn（从微软 CDN 加载，默认）、从 CDN 下载的 office.js 文件夹路径，或 local（npm 中的旧版副本）`);
  }
  const check = checkOfficeJsFolder(dir);
  if (local) {
    const problems = [...check.errors, ...check.warnings];
    warn(
      `NIANBAO_OFFICE_JS=local：使用 npm 包 @microsoft/office-js 中的 office.js，微软已不再维护该副本` +
        (problems.length > 0 ? `（${problems.join("；")}）` : "") +
        `。部署到内网时请从微软 CDN 下载 office.js 文件快照，并设置 NIANBAO_OFFICE_JS=<文件夹路径>。`,
    );
  } else {
    if (check.errors.length > 0) throw new Error(`NIANBAO_OFFICE_JS 指定的 office.js 不能使用：${check.errors.join("；")}。`);
    for (const w of check.warnings) warn(`NIANBAO_OFFICE_JS：${w}`);
  }
  return { kind: "folder", dir };
}

/**
 * The pages' Content-Security-Policy. Scripts: our bundles, and office.js's origin when it comes
 * from the CDN (office.js loads its host files and strings from beside itself). Frames: office.js
 * may open its error page from the same place. Styles allow 'unsafe-inline' because Office's host
 * scripts set inline styles (our own CSS is a file). No connections but to our own origin, so
 * office.js's telemetry stays home.
 */
function contentSecurityPolicy(officeOrigin) {
  const office = officeOrigin ? ` ${officeOrigin}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src 'self'${office}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The guard's file name in dist/, with a hash of its source like the bundles' (web views cache
 * hard): known before the build, so the pages' templates can name it.
 */
function guardFileName() {
  const hash = crypto
    .createHash("sha256")
    .update(fs.readFileSync(path.join(__dirname, GUARD_SOURCE)))
    .digest("hex");
  return `webview-guard.${hash.slice(0, 8)}.js`;
}

function officeJs(mode) {
  if (mode.kind === "folder") return { src: `${LOCAL_OFFICE_DIR}/office.js`, origin: null, dir: mode.dir };
  return { src: OFFICE_CDN, origin: new URL(OFFICE_CDN).origin, dir: null };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  const dev = mode === "development";
  const base = baseUrl(env);
  const office = officeJs(officeJsMode(env));
  const csp = contentSecurityPolicy(office.origin);
  const outputPath = path.resolve(__dirname, setting(env, "NIANBAO_OUTPUT") ?? "dist");
  const guard = guardFileName();

  const copies = [
    { from: GUARD_SOURCE, to: guard },
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "assets/help.html", to: "assets/help.html" },
    { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => content.toString("utf8").split(DEV_BASE).join(base),
    },
  ];
  if (office.dir !== null) {
    copies.push({
      from: office.dir,
      to: LOCAL_OFFICE_DIR,
      // Already minified: re-minifying these megabytes would take a minute per build.
      info: { minimized: true },
      globOptions: { ignore: OFFICE_JS_UNUSED },
    });
  }

  return {
    mode,
    context: __dirname,
    entry: {
      taskpane: "./src/taskpane/index.ts",
      commands: "./src/commands/index.ts",
    },
    output: {
      path: outputPath,
      // Hashed names: Office's web views cache hard, and a new build must reach users.
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // The lazily loaded parts sit beside the pages: load them relative to the page. (The default,
      // "auto", finds the folder at run time through a global-object lookup that, for web views
      // without globalThis, webpack writes with `new Function`, which the pages' CSP forbids.)
      publicPath: "",
      clean: true,
    },
    // ES2017: what the oldest web view that can run the pages parses — EdgeHTML 18 (Excel 2019,
    // Microsoft 365 of 2019–2020 on Windows 10) and Safari 12 on the Mac; WebView2 (Excel 2021,
    // Microsoft 365) reads it too. Nothing newer, not even in a regular expression (lookbehind,
    // named groups: test/build/syntax.test.ts). The later methods the code calls are filled in by
    // the guard, which also tells Internet Explorer 11's users why nothing else runs there.
    target: ["web", "es2017"],
    devtool: dev ? "source-map" : false,
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          // src/core is pure by the project's rule (no host, no top-level effects): webpack may drop
          // any of its modules the pages do not use, such as the sheet layout until an insertion.
          test: /[\\/]src[\\/]core[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            configFile: path.resolve(__dirname, "tsconfig.json"),
            onlyCompileBundledFiles: true,
            // ES modules let webpack drop what the pages do not use and split the layout off.
            // Class fields keep the semantics tsconfig.json's ES2022 gives them (and the tests see).
            compilerOptions: { module: "es2020", target: "es2017", useDefineForClassFields: true, sourceMap: dev },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        csp,
        officeJs: office.src,
        guard,
      }),
      new HtmlWebpackPlugin({
        template: "src/commands/commands.html",
        filename: "commands.html",
        chunks: ["commands"],
        csp,
        officeJs: office.src,
        guard,
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    performance: {
      // The pane's budget (bench/bundle-size.js prints the real figures).
      maxEntrypointSize: 200 * 1024,
      maxAssetSize: 200 * 1024,
      assetFilter: (name) => name.endsWith(".js") && !name.startsWith(`${LOCAL_OFFICE_DIR}/`),
    },
    stats: "errors-warnings",
  };
};

module.exports.DEV_BASE = DEV_BASE;
module.exports.OFFICE_CDN = OFFICE_CDN;
module.exports.guardFileName = guardFileName;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.officeJsMode = officeJsMode;

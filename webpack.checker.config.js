/**
 * The checker page (`dist/checker/`): a report file opened in any browser, with no install and no
 * network — the preview's grid and the unchanged pane in one document (file:// gives every page
 * its own origin, so no iframe could reach its parent). Readers and the 汇总 writer are chunks
 * loaded when first needed (classic script-tag chunks, which load from file:// too).
 *
 * pdf.js's legacy build, parse5 and exceljs's browser build use ES2018+ syntax; TypeScript lowers
 * them to ES2017 like our own code, so the browsers WPS and 信创 systems embed can run every reader.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** No connection, frame, worker or form target anywhere: the page's promise that nothing leaves the machine. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // The grid sizes its columns through inline style attributes; styles cannot send data anywhere here.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "object-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join("; ");

const NO_DYNAMIC_IMPORT = path.resolve(__dirname, "src/checker/build/no-dynamic-import.js");

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const ts = (extra = {}) => ({
    loader: "ts-loader",
    options: { transpileOnly: true, compilerOptions: { module: "es2020", target: "es2017", sourceMap: false, ...extra } },
  });
  return {
    name: "checker",
    mode: production ? "production" : "development",
    devtool: false,
    target: ["web", "es2017"],
    entry: { checker: "./src/checker/main.ts" },
    output: {
      path: path.resolve(__dirname, env.outDir || "dist/checker"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Chunks are found beside the page, whether it is served or opened from disk.
      publicPath: "",
      chunkLoading: "jsonp",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
      // exceljs's browser build: one prebuilt file, no Node built-ins to polyfill.
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
    },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: ts() },
        // Libraries shipped as ES2018+ (object spread, optional chaining, class fields): lowered to ES2017.
        { test: /node_modules[\\/](pdfjs-dist|parse5|entities|exceljs)[\\/].*\.m?js$/, use: [ts({ allowJs: true }), NO_DYNAMIC_IMPORT] },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/checker/index.html", chunks: ["checker"], csp: CSP, scriptLoading: "defer" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/preview/preview.css", to: "preview.css" },
          { from: "src/checker/checker.css", to: "checker.css" },
        ],
      }),
    ],
    // Chunks named after their module (src_readers_pdf_index_ts…), so a size report says which reader is which.
    optimization: { chunkIds: "named" },
    performance: { hints: false },
    stats: "errors-warnings",
  };
};

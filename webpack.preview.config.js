/**
 * The browser preview page (`dist/preview.html`): an in-page workbook beside the task pane, which
 * the main build (`webpack.config.js`) makes as `dist/taskpane.html`. Built after it into the same
 * folder, so it never cleans the folder.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  return {
    name: "preview",
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: { preview: "./src/preview/main.ts" },
    output: {
      path: path.resolve(__dirname, env.outDir || "dist"),
      filename: "[name].js",
      clean: false,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: !production } } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({ patterns: [{ from: "src/preview/preview.css", to: "preview.css" }] }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
};

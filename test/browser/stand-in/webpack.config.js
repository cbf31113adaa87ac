/** Builds the preview with the stand-in pane into test-output/stand-in (see pane.ts). */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const preview = require("../../../webpack.preview.config.js");

module.exports = (env, argv) => {
  const base = preview({ outDir: "test-output/stand-in" }, argv);
  return {
    ...base,
    entry: { ...base.entry, taskpane: path.resolve(__dirname, "pane.ts") },
    plugins: [...base.plugins, new HtmlWebpackPlugin({ filename: "taskpane.html", template: path.resolve(__dirname, "taskpane.html"), chunks: ["taskpane"] })],
  };
};

/**
 * `npm test` runs `npm run build`, whose webpack build cleans its output folder. A running
 * `npm start` must not lose the files it serves: it builds into and serves a folder that no build
 * and no test writes into.
 */
import { isAbsolute, join, relative, resolve } from "path";
import { PREVIEW_DIST } from "../helpers/preview-browser";

/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS scripts and configs, loaded as npm runs them */
const { START_DIR } = require("../../scripts/start.js") as { START_DIR: string };
const webpackConfig = require("../../webpack.config.js") as (env: object, argv: object) => { output: { path: string; clean: boolean } };
const tsconfigNode = require("../../tsconfig.node.json") as { compilerOptions: { outDir: string } };
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = resolve(__dirname, "../..");
const inside = (dir: string, parent: string): boolean => {
  const rel = relative(parent, dir);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
};

test("npm start serves a folder that the build's clean and the browser tests leave alone", () => {
  const build = webpackConfig({}, { mode: "production" }).output;
  expect(build.clean).toBe(true);
  for (const cleaned of [build.path, PREVIEW_DIST]) {
    expect(inside(START_DIR, cleaned)).toBe(false);
    expect(inside(cleaned, START_DIR)).toBe(false);
  }
  // tsc writes build/src, build/bench …, and never cleans: build/start is not one of its folders.
  const tscOut = join(ROOT, tsconfigNode.compilerOptions.outDir);
  expect(inside(START_DIR, join(tscOut, "src"))).toBe(false);
  expect(START_DIR).toBe(join(ROOT, "build", "start"));
});

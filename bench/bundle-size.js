#!/usr/bin/env node
/**
 * How big the add-in's pages are, as built: what Excel downloads when the pane opens (its HTML,
 * stylesheet and initial bundle; office.js not counted), what is loaded later (the sheet layout,
 * on the first insertion), and the ribbon's function file. Raw, gzip and brotli bytes.
 *
 *   npx webpack --mode production && node bench/bundle-size.js [DIR]      (DIR defaults to dist/)
 *   node bench/bundle-size.js --breakdown
 *       also builds the parts alone into a temporary folder: the check engine (src/core/workbook),
 *       the sheet layout, the Excel adapter, and the pane's own code, to show what the bundle is made of.
 *
 * The pane's goal: initial bundle under 80 KB minified.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");

const ROOT = path.resolve(__dirname, "..");
const GOAL = 80 * 1024;

function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: zlib.gzipSync(buffer, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buffer).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function row(label, s) {
  return `${label.padEnd(34)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`;
}

function add(a, b) {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

/** The scripts and stylesheets a built page loads itself (not office.js, which Office provides or the CDN serves). */
function pageFiles(dir, page) {
  const html = fs.readFileSync(path.join(dir, page), "utf8");
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  return refs.filter((r) => !/^https?:/.test(r) && !r.startsWith("office-js/"));
}

function report(dir) {
  if (!fs.existsSync(path.join(dir, "taskpane.html"))) {
    console.error(`${dir} 中没有构建结果：请先运行 npx webpack --mode production（no build in ${dir}）`);
    process.exit(1);
  }
  console.log(`Built pages in ${path.relative(process.cwd(), dir) || "."} (office.js not counted)\n`);
  console.log(`${"file".padEnd(34)} ${"raw".padStart(10)} ${"gzip".padStart(10)} ${"brotli".padStart(10)}`);
  const counted = new Set();
  let paneInitialJs = 0;
  for (const page of ["taskpane.html", "commands.html"]) {
    let total = sizes(fs.readFileSync(path.join(dir, page)));
    console.log(row(page, total));
    for (const file of pageFiles(dir, page)) {
      const s = sizes(fs.readFileSync(path.join(dir, file)));
      counted.add(file);
      if (page === "taskpane.html" && file.endsWith(".js")) paneInitialJs += s.raw;
      console.log(row(`  ${file}`, s));
      total = add(total, s);
    }
    console.log(row(`  = ${page.replace(".html", "")} on opening`, total));
  }
  const later = fs.readdirSync(dir).filter((f) => f.endsWith(".js") && !counted.has(f));
  for (const file of later) console.log(row(`loaded on demand: ${file}`, sizes(fs.readFileSync(path.join(dir, file)))));
  const verdict = paneInitialJs < GOAL ? "within" : "OVER";
  console.log(`\nPane's initial bundle: ${kb(paneInitialJs)} minified — ${verdict} the ${kb(GOAL)} goal`);
}

const PARTS = {
  engine: "check engine (core/workbook)",
  layout: "sheet layout (core/layout)",
  excel: "Excel adapter (src/excel)",
  pane: "pane's own code (src/taskpane)",
};

/** Build each part alone, minified as in production, and print its size. */
function breakdown() {
  const webpack = require("webpack");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-size-"));
  const base = makeConfig({ NIANBAO_OUTPUT: out }, { mode: "production" });
  const lib = (name, file) => ({ import: file, library: { type: "var", name } });
  const outside = /[\\/](core|excel|commands)([\\/]|$)/;
  const parts = {
    ...base,
    entry: {
      engine: lib("engine", "./src/core/workbook.ts"),
      layout: lib("layout", "./src/core/layout/index.ts"),
      excel: lib("excel", "./src/excel/index.ts"),
    },
    output: { ...base.output, filename: "[name].js", clean: false },
    plugins: [],
  };
  const paneOnly = {
    ...base,
    name: "pane",
    entry: { pane: "./src/taskpane/index.ts" },
    output: { ...base.output, filename: "[name].js", clean: false },
    externals: [({ request }, cb) => (outside.test(request) && !request.endsWith(".css") ? cb(null, "var {}") : cb())],
    plugins: [],
  };
  return new Promise((resolve, reject) => {
    webpack([parts, paneOnly], (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      console.log("\nParts built alone (each includes what it imports from src/core):");
      for (const [file, label] of Object.entries(PARTS)) {
        console.log(row(label, sizes(fs.readFileSync(path.join(out, `${file}.js`)))));
      }
      fs.rmSync(out, { recursive: true, force: true });
      resolve();
    });
  });
}

const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith("--")) ?? path.join(ROOT, "dist"));
report(dir);
if (args.includes("--breakdown")) {
  breakdown().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}

/**
 * A webpack loader for pdf.js's two `import(/*webpackIgnore: true*\/ url)` calls: dynamic import()
 * is ES2020 syntax, which the browsers WPS and 信创 systems embed cannot parse, and the page
 * never takes those paths (the worker module is bundled and set as `globalThis.pdfjsWorker`; JPEG
 * 2000 images are never decoded, the reader needs text only). The call becomes a rejected promise.
 */
"use strict";

const IGNORED_IMPORT = /\bimport\(\s*\/\*\s*webpackIgnore:\s*true\s*\*\/\s*([^)]*)\)/g;

module.exports = function noDynamicImport(source) {
  return source.replace(IGNORED_IMPORT, (_m, arg) => `Promise.reject(new Error("本页不加载外部模块：" + String(${arg})))`);
};

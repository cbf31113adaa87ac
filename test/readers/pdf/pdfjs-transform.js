/**
 * Jest runs this project's tests as CommonJS, and pdfjs-dist ships only ES modules. Its two bundles
 * (pdf.mjs, pdf.worker.mjs) use exactly two pieces of module syntax: one `export { … }` list at the
 * end and `import.meta.url`; rewriting those two is all CommonJS needs, and costs a string scan
 * instead of a full compile of 3 MB of JavaScript. A new pdfjs-dist version that adds other module
 * syntax fails loudly here rather than silently.
 */
const EXPORT_LIST = /^export \{([^}]*)\};?\s*$/m;

function toCommonJs(source, filename) {
  const match = EXPORT_LIST.exec(source);
  if (!match) throw new Error(`pdfjs-transform: no export list in ${filename}`);
  const entries = match[1]
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((spec) => {
      const [local, exported] = spec.split(/\s+as\s+/);
      return `${JSON.stringify(exported ?? local)}: ${local}`;
    });
  const body = source.slice(0, match.index) + `module.exports = { ${entries.join(", ")} };` + source.slice(match.index + match[0].length);
  // pdf.js writes `const require = createRequire(import.meta.url)`: the URL must not mention `require`.
  const code = `var __pdfjsModuleUrl = require("url").pathToFileURL(__filename).href;\n${body.replace(/import\.meta\.url/g, "__pdfjsModuleUrl")}`;
  if (/^\s*(import|export)\s[^(]/m.test(code)) throw new Error(`pdfjs-transform: unexpected module syntax left in ${filename}`);
  return code;
}

module.exports = {
  process(source, filename) {
    return { code: toCommonJs(source, filename) };
  },
  getCacheKey(source, filename) {
    return require("crypto").createHash("sha1").update(require("fs").readFileSync(__filename)).update(filename).update(source).digest("hex");
  },
};

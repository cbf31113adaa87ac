/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // office-addin-mock reaches two ESM-only packages (strip-bom, uuid); they are transformed
  // to CommonJS with the JS-with-TS preset. The nested path matters.
  preset: "ts-jest/presets/js-with-ts",
  transform: {
    "^.+\\.[tj]sx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
    // pdfjs-dist is ESM-only: its two bundles get their export list and import.meta rewritten.
    "pdfjs-dist/legacy/build/pdf(\\.worker)?\\.mjs$": "<rootDir>/test/readers/pdf/pdfjs-transform.js",
  },
  transformIgnorePatterns: ["/node_modules/(?!(.+/node_modules/)?(strip-bom|uuid|pdfjs-dist)/)"],
};

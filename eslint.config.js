// ESLint flat config: Microsoft's add-in setup (eslint-plugin-office-addins' `recommended`, which
// brings typescript-eslint's parser, @eslint/js and eslint-config-prettier), tightened where this
// project needs it. Formatting is prettier's alone: `npm run lint` runs `prettier --check` itself.
const officeAddins = require("eslint-plugin-office-addins");

// The plugin's own typescript-eslint (~8.8). Its `recommended` config names the parser through a
// default import that @typescript-eslint/parser 8 does not have, so the parser arrives undefined
// and every .ts file would be parsed as JavaScript: it is set here explicitly.
const tseslint = require(require.resolve("typescript-eslint", { paths: [require.resolve("eslint-plugin-office-addins")] }));

// Globals of the plain-JavaScript files (scripts, configs, bin): Node's, plus the browser's for
// the few that run in a page. TypeScript files need none: the compiler checks names itself.
const nodeGlobals = Object.fromEntries(
  [
    "AbortController",
    "Buffer",
    "URL",
    "URLSearchParams",
    "TextDecoder",
    "TextEncoder",
    "__dirname",
    "__filename",
    "clearInterval",
    "clearTimeout",
    "console",
    "exports",
    "module",
    "process",
    "require",
    "setImmediate",
    "setInterval",
    "setTimeout",
    "structuredClone",
    "performance",
    "fetch",
  ].map((name) => [name, "readonly"]),
);
const browserGlobals = Object.fromEntries(["window", "document", "navigator", "location", "Office", "console", "setTimeout"].map((name) => [name, "readonly"]));

// Every office-addins rule as an error: an unloaded read or a sync in a loop is a defect (a
// thrown PropertyNotLoaded, or one round trip per item on Excel on the web), not a style point.
const officeRulesAsErrors = Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]));

// Unused names are errors; a leading underscore marks one kept on purpose (an interface's argument).
const unusedVars = ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }];

module.exports = [
  {
    ignores: [
      "build/**",
      "dist/**",
      "coverage/**",
      "test-output/**",
      "bench/out/**",
      "**/node_modules/**",
      // Generated or third-party files that only sit in the tree.
      "**/office-js/**",
      "test/manifest/schemas/**",
      "test/fixtures/**/*.{js,mjs,cjs,html,xml}",
    ],
  },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.{js,mjs,cjs,ts,cts,mts}"],
    languageOptions: {
      parser: tseslint.parser,
      // The recommended config says ES6; the code is ES2022 (tsconfig's target).
      ecmaVersion: 2022,
      parserOptions: {
        // typescript-eslint 8.8 (pinned by the plugin) predates TypeScript 5.9; parsing is unaffected.
        warnOnUnsupportedTypeScriptVersion: false,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Formatting is checked by `prettier --check` in the same script; running prettier a second
      // time inside eslint would only double the time and the messages.
      "prettier/prettier": "off",
      // Official labels and titles are verbatim and carry the ideographic space (U+3000): allowed in
      // strings, templates, comments and patterns, still an error between tokens.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipComments: true, skipRegExps: true }],
      "@typescript-eslint/no-unused-vars": unusedVars,
    },
  },
  // typescript-eslint's own recommended set (no type information needed) for TypeScript files.
  ...tseslint.configs.recommended.map((config) => ({
    ...config,
    files: config.files ?? ["**/*.{ts,cts,mts}"],
  })),
  {
    files: ["**/*.{ts,cts,mts}"],
    rules: {
      // The compiler (strict) checks names and redeclarations, and knows overloads and
      // declaration merging, which these two core rules misreport.
      "no-undef": "off",
      "no-redeclare": "off",
      // typescript-eslint 8.8's version of this rule crashes under ESLint 9.39 (it reads options
      // ESLint no longer fills in). ESLint's own rule is not used instead: it flags every comma
      // statement (`(state = 2), (text = "")`), which the readers' hot loops use on purpose.
      "@typescript-eslint/no-unused-expressions": "off",
      "@typescript-eslint/no-unused-vars": unusedVars,
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
  },
  {
    files: ["src/shared/**/*.js"],
    languageOptions: { sourceType: "script", globals: browserGlobals },
  },
  {
    // The office-addins rules know Office.js by method names alone (`getCell`, `load`, `sync`),
    // which mean something else in the exceljs and SheetJS code of the CLI, the readers and their
    // tests: they are off there and on, as errors, where Office.js is used.
    files: ["**/*.{js,mjs,cjs,ts,cts,mts}"],
    rules: Object.fromEntries(Object.keys(officeRulesAsErrors).map((name) => [name, "off"])),
  },
  {
    // Office.js code: Excel adapter, ribbon commands, task pane, and their tests.
    files: ["src/excel/**", "src/commands/**", "src/taskpane/**", "test/excel/**", "test/commands/**", "test/taskpane/**"],
    rules: officeRulesAsErrors,
  },
  {
    // Domain code: the engine and the readers are typed through; no `any` escapes into findings.
    files: ["src/core/**", "src/readers/**"],
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },
  {
    // Tests may be laxer: a fake of Office.js or a hostile input is often easiest typed loosely.
    files: ["test/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
];

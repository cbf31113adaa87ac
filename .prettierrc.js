// Prettier's options, chosen to rewrite as little of the code base as possible (measured on the
// tree's .ts/.js files: printWidth 100 would change 372 files, 120 → 271, 140 → 204, 160 → 182,
// 170 → 182, 175 → 181, 180 → 185, 200 → 190). Trailing commas and double quotes as the code
// already writes them ("es5" commas would change 221 files, `arrowParens: "avoid"` 325).
module.exports = {
  printWidth: 175,
  trailingComma: "all",
  singleQuote: false,
  arrowParens: "always",
  endOfLine: "lf",
};

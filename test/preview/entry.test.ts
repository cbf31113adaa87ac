import { editText, parseEntry, readNumber } from "../../src/preview/entry";

describe("typing into a cell, as Excel's General format reads it", () => {
  test.each([
    ["12", 12],
    ["0", 0],
    ["-3", -3],
    ["+2", 2],
    ["1.5", 1.5],
    [".5", 0.5],
    ["12.", 12],
    ["1,234", 1234],
    ["1,234.5", 1234.5],
    ["1e3", 1000],
    ["50%", 0.5],
    [" 7 ", 7],
  ])("%p becomes the number %p", (typed, expected) => {
    expect(parseEntry(typed)).toEqual({ value: expected, quoted: false });
  });

  test.each([
    ["５", 5],
    ["１２", 12],
    ["１２．５", 12.5],
    ["－３", -3],
    ["１，２３４", 1234],
  ])("full-width %p becomes the number %p, as Excel's East Asian editions do", (typed, expected) => {
    expect(parseEntry(typed).value).toBe(expected);
  });

  test.each(["/", "-", "--", "5条", "12件", "减4", "无", "1,2", "1.2.3", "%", ".", "+", "e3", "=", "1/2"])("%p stays text exactly as typed", (typed) => {
    expect(parseEntry(typed)).toEqual({ value: typed, quoted: false });
  });

  test("an entry starting with = is a formula, kept as typed for the sheet to compute; '= is text", () => {
    expect(parseEntry("=SUM(A1:A2)")).toEqual({ value: null, quoted: false, formula: "=SUM(A1:A2)" });
    expect(parseEntry("'=SUM(A1:A2)")).toEqual({ value: "=SUM(A1:A2)", quoted: true });
  });

  test("a leading apostrophe keeps the rest as text, full-width digits included", () => {
    expect(parseEntry("'５")).toEqual({ value: "５", quoted: true });
    expect(parseEntry("'12")).toEqual({ value: "12", quoted: true });
    expect(parseEntry("'")).toEqual({ value: null, quoted: true });
  });

  test("TRUE and FALSE become booleans; an empty entry clears the cell", () => {
    expect(parseEntry("true").value).toBe(true);
    expect(parseEntry("FALSE").value).toBe(false);
    expect(parseEntry("").value).toBeNull();
  });

  test("spaces around text are kept: only numbers ignore them", () => {
    expect(parseEntry(" 是 ").value).toBe(" 是 ");
  });

  test("readNumber answers null for what is not a number", () => {
    expect(readNumber("5条")).toBeNull();
    expect(readNumber("")).toBeNull();
    expect(readNumber("-0")).toBe(-0);
  });

  test("the editor shows numbers plainly and quoted text with its apostrophe", () => {
    expect(editText(12.5, false)).toBe("12.5");
    expect(editText("５", true)).toBe("'５");
    expect(editText("/", false)).toBe("/");
    expect(editText(null, false)).toBe("");
    expect(editText(true, false)).toBe("TRUE");
  });
});

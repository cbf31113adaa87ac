/**
 * Zero-width characters (U+200B–U+200D, U+2060, U+FEFF), pasted in with text from web pages and
 * chat tools, must not make a label unrecognisable or a number "not a number" for no visible
 * reason: they are read away, and a value that had them says so.
 */
import { readCell } from "../../src/core/cells";
import { matchScore, normalizeLabel } from "../../src/core/normalize";

const INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"];

describe("zero-width characters", () => {
  it.each(INVISIBLES)("in a label (U+%s) leave it matching the official label", (z) => {
    expect(normalizeLabel(`（七）${z}总计`)).toBe(normalizeLabel("（七）总计"));
    expect(matchScore(`一、本年新收${z}政府信息公开申请数量`, "一、本年新收政府信息公开申请数量")).toBe(8);
  });

  it.each(INVISIBLES)("before or inside digits (U+%s) give the number, with a warning that names them", (z) => {
    for (const text of [`${z}12`, `1${z}2`, `12${z}`]) {
      const reading = readCell(text, "count");
      expect(reading).toMatchObject({ status: "value", value: 12 });
      expect(reading.status === "value" && reading.note?.rule).toBe("value.invisible");
      expect(reading.status === "value" && reading.note?.message).toContain("不可见字符");
      expect(reading.status === "value" && reading.note?.message).not.toContain(z);
    }
  });

  it("keep another note's advice and add that they were ignored", () => {
    const reading = readCell("\u200b5件", "count");
    expect(reading).toMatchObject({ status: "value", value: 5, note: { rule: "value.with-unit" } });
    expect(reading.status === "value" && reading.note?.message).toContain("另含不可见字符");
  });

  it("alone in a cell read as blank, as the cell looks", () => {
    expect(readCell("\u200b\u200d", "count")).toEqual({ status: "blank" });
  });

  it("leave ordinary cells as they were", () => {
    expect(readCell("12", "count")).toMatchObject({ status: "value", value: 12, note: { rule: "value.text-number" } });
    expect(readCell(12, "count")).toEqual({ status: "value", value: 12 });
  });
});

import { readCell, type Reading } from "../../src/core/cells";
import type { ValueKind } from "../../src/core/formats/model";
import type { CellValue } from "../../src/core/types";

/** value, rule of the note (or null), severity of the note. */
type Expect = { value: number; rule: string | null; severity?: string } | { blank: true } | { invalid: string };

const cases: Array<[CellValue, ValueKind, Expect]> = [
  [12, "count", { value: 12, rule: null }],
  ["12", "count", { value: 12, rule: "value.text-number", severity: "info" }],
  ["１２", "count", { value: 12, rule: "value.full-width", severity: "warning" }],
  [" 12 ", "count", { value: 12, rule: "value.text-number", severity: "info" }],
  ["1,234", "count", { value: 1234, rule: "value.text-number", severity: "info" }],
  ["12.", "count", { value: 12, rule: "value.text-number", severity: "info" }],
  ["/", "count", { value: 0, rule: "value.placeholder", severity: "warning" }],
  ["-", "count", { value: 0, rule: "value.placeholder", severity: "warning" }],
  ["—", "count", { value: 0, rule: "value.placeholder", severity: "warning" }],
  ["无", "count", { value: 0, rule: "value.placeholder", severity: "warning" }],
  ["5条", "count", { value: 5, rule: "value.with-unit", severity: "warning" }],
  ["减4", "signed", { value: -4, rule: "value.decrease-word", severity: "warning" }],
  ["减4", "count", { value: -4, rule: "value.negative", severity: "error" }],
  [2.5, "count", { value: 2.5, rule: "value.not-whole", severity: "error" }],
  [-3, "count", { value: -3, rule: "value.negative", severity: "error" }],
  [-3, "signed", { value: -3, rule: null }],
  [0.35, "money", { value: 0.35, rule: null }],
  ["5000元", "money", { value: 0.5, rule: "value.yuan", severity: "error" }],
  ["#REF!", "count", { invalid: "value.error-value" }],
  [true, "count", { invalid: "value.not-number" }],
  ["", "count", { blank: true }],
  [null, "count", { blank: true }],
  ["abc", "count", { invalid: "value.not-number" }],
];

describe("readCell", () => {
  test.each(cases)("%p as %s", (raw, kind, want) => {
    const got: Reading = readCell(raw, kind);
    if ("blank" in want) {
      expect(got).toEqual({ status: "blank" });
    } else if ("invalid" in want) {
      expect(got.status).toBe("invalid");
      if (got.status === "invalid") {
        expect(got.note.rule).toBe(want.invalid);
        expect(got.note.severity).toBe("error");
        // Says what to type instead.
        expect(got.note.message).toMatch(/请/);
      }
    } else {
      expect(got.status).toBe("value");
      if (got.status !== "value") return;
      expect(got.value).toBeCloseTo(want.value, 9);
      if (want.rule === null) expect(got.note).toBeUndefined();
      else {
        expect(got.note?.rule).toBe(want.rule);
        expect(got.note?.severity).toBe(want.severity);
      }
    }
  });

  test("a note quotes what was typed and says what to type instead", () => {
    const yuan = readCell("5000元", "money");
    expect(yuan.status === "value" && yuan.note?.message).toBe("填写了“5000元”，本格单位为万元，应填 0.5");
    const slash = readCell("/", "count");
    expect(slash.status === "value" && slash.note?.message).toMatch(/^填写了“\/”，按 0 计；.*应填 0/);
    const decrease = readCell("减4", "signed");
    expect(decrease.status === "value" && decrease.note?.message).toBe("“减4”应写作 -4");
  });

  test("a count written as text keeps its value exactly, not rounded away", () => {
    const r = readCell("1,234", "count");
    expect(r).toMatchObject({ status: "value", value: 1234 });
  });
});

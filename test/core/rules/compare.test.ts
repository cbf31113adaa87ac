import { evaluateCompare, type CompareRule } from "../../../src/core/rules/compare";
import { fakeInput } from "../../helpers/check-input";

const rule = (op: CompareRule["op"], left = ["a"], right = ["b"]): CompareRule => ({
  kind: "compare",
  id: "T-cmp",
  severity: "warning",
  table: "B",
  left,
  op,
  right,
  text: "规则说明",
});

describe("compare", () => {
  test.each([
    ["=", 3, 3, false],
    ["=", 3, 4, true],
    ["=", 4, 3, true],
    ["<=", 3, 4, false],
    ["<=", 4, 4, false],
    ["<=", 5, 4, true],
    [">=", 5, 4, false],
    [">=", 3, 4, true],
  ] as const)("%s with %d and %d fails: %p", (op, a, b, fails) => {
    const f = evaluateCompare(rule(op), fakeInput({ a, b }));
    expect(f !== null).toBe(fails);
  });

  test("says both sides, the difference and the rule's text; left cells first", () => {
    const f = evaluateCompare(rule("=", ["a", "b"], ["c", "d"]), fakeInput({ a: 4, b: 2, c: 5, d: 0 }));
    expect(f).toMatchObject({ severity: "warning", reported: 6, computed: 5, cells: ["Ra", "Rb", "Rc", "Rd"] });
    expect(f?.message).toBe("a加b之和为 6，c加d之和为 5，相差 1：规则说明");
  });

  test("blanks count as 0 and are mentioned", () => {
    const f = evaluateCompare(rule("<="), fakeInput({ a: 2, b: "" }));
    expect(f?.message).toBe("a为 2，b为 0，相差 2（其中 1 格未填写，按 0 计）：规则说明");
  });

  test("an unreadable cell leaves the rule unevaluated", () => {
    expect(evaluateCompare(rule("="), fakeInput({ a: 2, b: "?" }))).toBeNull();
  });

  test("a bound against zero names only the left side", () => {
    const f = evaluateCompare(rule(">=", ["a", "b"], []), fakeInput({ a: 3, b: -5 }, { b: "signed" }));
    expect(f?.message).toBe("a加b之和为 -2：规则说明");
    expect(evaluateCompare(rule(">=", ["a", "b"], []), fakeInput({ a: 3, b: -3 }, { b: "signed" }))).toBeNull();
  });

  test("with cells not found, a failure is reported only when it is certain", () => {
    // a ≤ b + c: c unknown (≥ 0) could make it hold.
    expect(evaluateCompare(rule("<=", ["a"], ["b", "c"]), fakeInput({ a: 9, b: 1 }))).toBeNull();
    // a + c ≤ b: already a > b.
    const f = evaluateCompare(rule("<=", ["a", "c"], ["b"]), fakeInput({ a: 9, b: 1 }));
    expect(f?.message).toBe("a加c之和至少为 9，b为 1，至少相差 8（表中未找到c，未计入）：规则说明");
    expect(f?.reported).toBeUndefined();
    // A missing signed cell may be negative: nothing is certain.
    expect(evaluateCompare(rule("<=", ["a", "c"], ["b"]), fakeInput({ a: 9, b: 1 }, { c: "signed" }))).toBeNull();
  });
});

import { evaluateWhenZero, type ConditionRule } from "../../../src/core/rules/when-zero";
import { fakeInput } from "../../helpers/check-input";

const rule: ConditionRule = {
  kind: "whenZeroThenZero",
  id: "T-zero",
  severity: "error",
  table: "L",
  when: ["w"],
  then: ["x", "y"],
  text: "规则说明",
};

describe("whenZeroThenZero", () => {
  test("holds when the condition is zero and so are the others", () => {
    expect(evaluateWhenZero(rule, fakeInput({ w: 0, x: 0, y: 0 }))).toBeNull();
  });
  test("does not apply when the condition is positive", () => {
    expect(evaluateWhenZero(rule, fakeInput({ w: 3, x: 5, y: 1 }))).toBeNull();
  });
  test("names every non-zero cell with its value", () => {
    const f = evaluateWhenZero(rule, fakeInput({ w: 0, x: 0.35, y: 2 }, { x: "money" }));
    expect(f?.message).toBe("w为 0，x为 0.35、y为 2：规则说明");
    expect(f?.cells).toEqual(["Rw", "Rx", "Ry"]);
    expect(f?.severity).toBe("error");
  });
  test("a blank condition counts as 0 and says so", () => {
    const f = evaluateWhenZero(rule, fakeInput({ w: "", x: 0, y: 2 }));
    expect(f?.message).toBe("w未填写，y为 2（其中 1 格未填写，按 0 计）：规则说明");
  });
  test("unreadable or missing condition: not evaluated", () => {
    expect(evaluateWhenZero(rule, fakeInput({ w: "?", x: 1, y: 1 }))).toBeNull();
    expect(evaluateWhenZero(rule, fakeInput({ x: 1, y: 1 }))).toBeNull();
  });
  test("a consequence not found is not named; one found still counts", () => {
    expect(evaluateWhenZero(rule, fakeInput({ w: 0, y: 0 }))).toBeNull();
    expect(evaluateWhenZero(rule, fakeInput({ w: 0, y: 4 }))?.message).toBe("w为 0，y为 4：规则说明");
  });
});

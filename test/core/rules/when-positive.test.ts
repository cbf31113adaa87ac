import { evaluateWhenPositive } from "../../../src/core/rules/when-positive";
import type { ConditionRule } from "../../../src/core/rules/when-zero";
import { fakeInput } from "../../helpers/check-input";

const rule: ConditionRule = {
  kind: "whenPositiveThenPositive",
  id: "T-pos",
  severity: "warning",
  table: "L",
  when: ["w"],
  then: ["x"],
  text: "规则说明",
};

describe("whenPositiveThenPositive", () => {
  test("holds when both are positive, or the condition is zero", () => {
    expect(evaluateWhenPositive(rule, fakeInput({ w: 1, x: 3 }))).toBeNull();
    expect(evaluateWhenPositive(rule, fakeInput({ w: 0, x: 0 }))).toBeNull();
  });
  test("fails when the condition is positive and the consequence zero", () => {
    const f = evaluateWhenPositive(rule, fakeInput({ w: 2, x: 0 }));
    expect(f?.message).toBe("w为 2，x为 0：规则说明");
    expect(f?.cells).toEqual(["Rw", "Rx"]);
    expect(f?.severity).toBe("warning");
  });
  test("a blank consequence is said to be blank", () => {
    expect(evaluateWhenPositive(rule, fakeInput({ w: 2, x: "" }))?.message).toBe("w为 2，x未填写（其中 1 格未填写，按 0 计）：规则说明");
  });
  test("unreadable or missing consequence: not evaluated", () => {
    expect(evaluateWhenPositive(rule, fakeInput({ w: 2, x: "?" }))).toBeNull();
    expect(evaluateWhenPositive(rule, fakeInput({ w: 2 }))).toBeNull();
  });
});

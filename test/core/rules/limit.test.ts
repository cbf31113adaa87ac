import { evaluateLimit, type LimitRule } from "../../../src/core/rules/limit";
import { fakeInput } from "../../helpers/check-input";

const rule = (atLeast: number, cells = ["a", "b", "c"]): LimitRule => ({
  kind: "limit",
  id: "T-limit",
  severity: "info",
  table: "A",
  cells,
  atLeast,
  text: "规则说明",
});

describe("limit", () => {
  test("below the bound holds", () => {
    expect(evaluateLimit(rule(1), fakeInput({ a: 0, b: 0, c: 0 }))).toBeNull();
    expect(evaluateLimit(rule(10000, ["m"]), fakeInput({ m: 9999.99 }, { m: "money" }))).toBeNull();
  });
  test("one finding names every cell at or above the bound", () => {
    const f = evaluateLimit(rule(1), fakeInput({ a: 2, b: 0, c: 1 }));
    expect(f?.message).toBe("a为 2、c为 1：规则说明");
    expect(f?.cells).toEqual(["Ra", "Rc"]);
    expect(f?.reported).toBeUndefined();
  });
  test("a single hit reports its value", () => {
    const f = evaluateLimit(rule(10000, ["m"]), fakeInput({ m: 12000 }, { m: "money" }));
    expect(f).toMatchObject({ reported: 12000, severity: "info", cells: ["Rm"] });
  });
  test("blank, unreadable and missing cells are skipped one by one", () => {
    expect(evaluateLimit(rule(1), fakeInput({ a: "", b: "?" }))).toBeNull();
    expect(evaluateLimit(rule(1), fakeInput({ a: "", b: "?", c: 3 }))?.cells).toEqual(["Rc"]);
  });
});

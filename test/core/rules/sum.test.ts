import { evaluateSum, type SumRule } from "../../../src/core/rules/sum";
import { fakeInput } from "../../helpers/check-input";

const rule = (extra: Partial<SumRule> = {}): SumRule => ({
  kind: "sum",
  id: "T-sum",
  severity: "error",
  table: "B",
  total: "t",
  parts: ["a", "b", "c"],
  ...extra,
});

describe("sum", () => {
  test("holds when the parts add up to the total", () => {
    expect(evaluateSum(rule(), fakeInput({ t: 6, a: 1, b: 2, c: 3 }))).toBeNull();
  });

  test("states reported, computed and the difference; total first, then every part", () => {
    const f = evaluateSum(rule(), fakeInput({ t: 5, a: 1, b: 2, c: 3 }));
    expect(f).toMatchObject({
      rule: "T-sum",
      severity: "error",
      reported: 5,
      computed: 6,
      sheet: "表三",
      table: "B",
      cells: ["Rt", "Ra", "Rb", "Rc"],
    });
    expect(f?.message).toMatch(/^t填 5，分项合计为 6，相差 1：/);
  });

  test("blank parts count as 0, are listed and are mentioned", () => {
    const f = evaluateSum(rule(), fakeInput({ t: 5, a: "", b: 2, c: "" }));
    expect(f?.computed).toBe(2);
    expect(f?.cells).toEqual(["Rt", "Ra", "Rb", "Rc"]);
    expect(f?.message).toContain("相差 3（其中 2 格未填写，按 0 计）");
  });

  test("a blank total is said to be blank", () => {
    const f = evaluateSum(rule(), fakeInput({ t: "", a: 1, b: 0, c: 0 }));
    expect(f?.message).toMatch(/^t未填写，分项合计为 1，相差 1（其中 1 格未填写，按 0 计）/);
  });

  test("an unreadable total or part leaves the rule unevaluated", () => {
    expect(evaluateSum(rule(), fakeInput({ t: "?", a: 1, b: 2, c: 3 }))).toBeNull();
    expect(evaluateSum(rule(), fakeInput({ t: 99, a: 1, b: "?", c: 3 }))).toBeNull();
  });

  test("parts short of the total take the `short` severity; parts over it the main one", () => {
    const r = rule({ short: "warning" });
    expect(evaluateSum(r, fakeInput({ t: 7, a: 1, b: 2, c: 3 }))?.severity).toBe("warning");
    expect(evaluateSum(r, fakeInput({ t: 5, a: 1, b: 2, c: 3 }))?.severity).toBe("error");
  });

  test("a missing total leaves nothing to compare", () => {
    expect(evaluateSum(rule(), fakeInput({ a: 1, b: 2, c: 3 }))).toBeNull();
  });

  test("with a part not found, only parts already over the total are certain", () => {
    // c could be anything ≥ 0: 1 + 2 + c = 9 is possible.
    expect(evaluateSum(rule(), fakeInput({ t: 9, a: 1, b: 2 }))).toBeNull();
    const f = evaluateSum(rule(), fakeInput({ t: 2, a: 1, b: 2 }));
    expect(f?.severity).toBe("error");
    expect(f?.message).toContain("已找到的分项合计已达 3，至少多出 1");
    expect(f?.message).toContain("表中未找到c");
    expect(f?.cells).toEqual(["Rt", "Ra", "Rb"]);
    expect(f?.computed).toBeUndefined();
  });

  test("money compares with a tolerance for decimals; counts exactly", () => {
    const money = { t: "money", a: "money", b: "money", c: "money" } as const;
    expect(evaluateSum(rule(), fakeInput({ t: 0.6, a: 0.1, b: 0.2, c: 0.3 }, money))).toBeNull();
    expect(evaluateSum(rule(), fakeInput({ t: 0.61, a: 0.1, b: 0.2, c: 0.3 }, money))?.message).toContain("t填 0.61，分项合计为 0.6，相差 0.01");
    expect(evaluateSum(rule(), fakeInput({ t: 0.600001, a: 0.1, b: 0.2, c: 0.3 }, money))).not.toBeNull();
    expect(evaluateSum(rule(), fakeInput({ t: 7, a: 1, b: 2, c: 3 }))?.message).toContain("相差 1");
  });

  test("advice depends on severity and direction", () => {
    expect(evaluateSum(rule(), fakeInput({ t: 5, a: 1, b: 2, c: 3 }))?.message).toMatch(/请核对后修改$/);
    const warn = rule({ severity: "warning" });
    expect(evaluateSum(warn, fakeInput({ t: 7, a: 1, b: 2, c: 3 }))?.message).toMatch(/漏填了分项/);
  });
});

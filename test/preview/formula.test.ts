import { applies, evaluate, FormulaError, parseFormula } from "../../src/preview/formula";
import type { CellValue } from "../../src/core/types";
import { fromA1 } from "../../src/core/address";

/** A sheet given as `{ D9: 3, … }`. */
function sheet(cells: Record<string, CellValue>) {
  const at = new Map(Object.entries(cells).map(([a, v]) => [`${fromA1(a).row},${fromA1(a).col}`, v]));
  return (row: number, col: number): CellValue => at.get(`${row},${col}`) ?? null;
}

describe("conditional-format formulas", () => {
  const differs = parseFormula("AND(COUNT(D9:D11)>0,D12<>SUM(D9:D11))");

  test("a total that differs from its filled parts is marked; a matching one is not", () => {
    expect(applies(differs, sheet({ D9: 1, D10: 2, D11: 3, D12: 6 }), { rows: 0, cols: 0 })).toBe(false);
    expect(applies(differs, sheet({ D9: 1, D10: 2, D11: 3, D12: 7 }), { rows: 0, cols: 0 })).toBe(true);
  });

  test("nothing is marked before a part is filled, and a blank total counts as 0", () => {
    expect(applies(differs, sheet({}), { rows: 0, cols: 0 })).toBe(false);
    expect(applies(differs, sheet({ D9: 2 }), { rows: 0, cols: 0 })).toBe(true);
    expect(applies(differs, sheet({ D9: 0 }), { rows: 0, cols: 0 })).toBe(false);
  });

  test("text in a part is ignored by SUM and COUNT; text in the total differs from any number", () => {
    expect(applies(differs, sheet({ D9: "/", D10: 2, D12: 2 }), { rows: 0, cols: 0 })).toBe(false);
    expect(applies(differs, sheet({ D9: 2, D12: "2条" }), { rows: 0, cols: 0 })).toBe(true);
  });

  test("relative references move with the cell the rule is evaluated at", () => {
    const rowWise = parseFormula("AND(COUNT(E9:F9)>0,D9<>SUM(E9:F9))");
    const s = sheet({ D9: 3, E9: 1, F9: 2, D10: 9, E10: 1, F10: 2 });
    expect(applies(rowWise, s, { rows: 0, cols: 0 })).toBe(false);
    expect(applies(rowWise, s, { rows: 1, cols: 0 })).toBe(true);
    const absolute = parseFormula("$D$9<>SUM(E9:F9)");
    expect(applies(absolute, s, { rows: 1, cols: 0 })).toBe(false);
  });

  test("money compares rounded: 0.1 + 0.2 equals 0.3", () => {
    const money = parseFormula("AND(COUNT(E9,F9)>0,ROUND(SUM(E9,F9)-D9,6)<>0)");
    expect(applies(money, sheet({ D9: 0.3, E9: 0.1, F9: 0.2 }), { rows: 0, cols: 0 })).toBe(false);
    expect(applies(money, sheet({ D9: 0.4, E9: 0.1, F9: 0.2 }), { rows: 0, cols: 0 })).toBe(true);
  });

  test("arithmetic, comparisons and errors follow Excel", () => {
    const at = sheet({ A1: 4, A2: "x" });
    expect(evaluate(parseFormula("A1*2+1"), at)).toBe(9);
    expect(evaluate(parseFormula("-A1/(1+1)"), at)).toBe(-2);
    expect(evaluate(parseFormula("A2+1"), at)).toBe("#VALUE!");
    expect(evaluate(parseFormula("A1/0"), at)).toBe("#DIV/0!");
    expect(evaluate(parseFormula("A2>A1"), at)).toBe(true);
    expect(evaluate(parseFormula('A2="X"'), at)).toBe(true);
    expect(evaluate(parseFormula("ROUND(2.675,2)"), at)).toBe(2.68);
    expect(evaluate(parseFormula("OR(FALSE,NOT(FALSE))"), at)).toBe(true);
    expect(applies(parseFormula("A2+1>0"), at, { rows: 0, cols: 0 })).toBe(false);
  });

  test("what it cannot read is refused at parse time", () => {
    expect(() => parseFormula("SUM(A1:A2")).toThrow(FormulaError);
    expect(() => parseFormula("A1 ? 2")).toThrow(FormulaError);
    expect(evaluate(parseFormula("VLOOKUP(A1)"), sheet({}))).toBe("#NAME?");
  });
});

/**
 * The conditional formats mark exactly the totals that disagree with their parts. Their formulas
 * are evaluated here as Excel would, cell by cell over each format's range, against figures that
 * add up and against figures broken one cell at a time; the expected marks come straight from the
 * `sum` rules of `deriveRules()`.
 */
import { FORMATS } from "../../../src/core/formats";
import { deriveRules, type ConcreteRule } from "../../../src/core/formats/derive";
import { CASES, cellsOf, planFor } from "./plan-helpers";
import { columnLetters } from "../../../src/core/address";
import { evaluate } from "./excel-formula";

type SumRule = Extract<ConcreteRule, { kind: "sum" }>;
type Marks = Map<string, Set<string>>;

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe.each(CASES)("$format conditional formats", ({ format, year }) => {
  const def = FORMATS[format];
  const plan = planFor(format, year);
  const sums: Array<SumRule & { at: (k: string) => string }> = def.tables.flatMap((t) => {
    const cells = plan.tables.find((x) => x.id === t.id)!.cells;
    return deriveRules(t)
      .filter((r): r is SumRule => r.kind === "sum")
      .map((r) => ({ ...r, at: (k: string) => cells[k] }));
  });

  /** Marks the plan's formats make, evaluated cell by cell: address → severities. */
  function marksOf(values: Map<string, number>): Marks {
    const out: Marks = new Map();
    for (const cf of plan.conditionalFormats) {
      const anchor = cellsOf(cf.range)[0];
      const anchorA1 = `${columnLetters(anchor.col)}${anchor.row + 1}`;
      for (const p of cellsOf(cf.range)) {
        const a1 = `${columnLetters(p.col)}${p.row + 1}`;
        if (evaluate(cf.formula, anchorA1, a1, (ref) => values.get(ref) ?? null) === true) {
          out.set(a1, (out.get(a1) ?? new Set()).add(cf.severity));
        }
      }
    }
    return out;
  }

  /** Marks the rules call for, computed directly. */
  function expectedMarks(values: Map<string, number>): Marks {
    const out: Marks = new Map();
    const mark = (a1: string, sev: string): void => void out.set(a1, (out.get(a1) ?? new Set()).add(sev));
    for (const r of sums) {
      const parts = r.parts.map((k) => values.get(r.at(k)));
      if (parts.every((v) => v === undefined)) continue;
      const sum = parts.reduce<number>((s, v) => s + (v ?? 0), 0);
      const total = values.get(r.at(r.total)) ?? 0;
      const a1 = r.at(r.total);
      if (r.severity === "info") continue;
      if (r.short === "warning") {
        if (sum > total) mark(a1, r.severity);
        if (sum < total) mark(a1, "warning");
      } else if (sum !== total) mark(a1, r.severity);
    }
    return out;
  }

  /** Figures for every value cell that satisfy every sum rule. */
  function consistent(seed: number): Map<string, number> {
    const next = random(seed);
    const values = new Map<string, number>();
    for (const t of plan.tables) for (const a1 of Object.values(t.cells)) values.set(a1, Math.floor(next() * 10));
    for (let pass = 0; pass < 20; pass++) {
      let changed = false;
      for (const r of sums) {
        const s = r.parts.reduce((n, k) => n + (values.get(r.at(k)) ?? 0), 0);
        if (values.get(r.at(r.total)) !== s) {
          values.set(r.at(r.total), s);
          changed = true;
        }
      }
      if (!changed) return values;
    }
    throw new Error("sum rules did not settle");
  }

  const asObject = (m: Marks): Record<string, string[]> => Object.fromEntries([...m].map(([k, v]) => [k, [...v].sort()]).sort(([a], [b]) => (a < b ? -1 : 1)));

  test("the format has sum rules and the plan formats for them", () => {
    expect(sums.length).toBeGreaterThan(5);
    expect(plan.conditionalFormats.length).toBeGreaterThan(0);
  });

  test("an empty template shows no marks", () => {
    expect(marksOf(new Map()).size).toBe(0);
  });

  test("figures that add up show no marks", () => {
    for (const seed of [1, 2, 3]) expect(asObject(marksOf(consistent(seed)))).toEqual({});
  });

  test("a total off by one is marked, at that total and wherever else a rule breaks", () => {
    const base = consistent(7);
    const totals = new Set(sums.map((r) => r.at(r.total)));
    for (const a1 of totals) {
      for (const delta of [1, -1]) {
        const values = new Map(base);
        values.set(a1, (values.get(a1) ?? 0) + delta);
        const got = marksOf(values);
        expect({ a1, delta, marks: asObject(got) }).toEqual({ a1, delta, marks: asObject(expectedMarks(values)) });
        if (sums.some((r) => r.at(r.total) === a1 && r.severity !== "info")) expect(got.has(a1)).toBe(true);
      }
    }
  });

  test("a part off by one marks the totals it belongs to", () => {
    const base = consistent(11);
    const parts = new Set(sums.flatMap((r) => r.parts.map(r.at)));
    for (const a1 of parts) {
      const values = new Map(base);
      values.set(a1, (values.get(a1) ?? 0) + 2);
      expect({ a1, marks: asObject(marksOf(values)) }).toEqual({ a1, marks: asObject(expectedMarks(values)) });
    }
  });

  test("nothing is marked until a part is filled; a missing total is marked once parts are", () => {
    const r = sums.find((x) => x.severity === "error" && x.short === undefined)!;
    const total = r.at(r.total);
    expect(marksOf(new Map([[total, 5]])).get(total)).toBeUndefined();
    expect(marksOf(new Map([[r.at(r.parts[0]), 3]])).get(total)).toEqual(new Set(["error"]));
  });

  test("every sum rule's total lies in a format of that rule; formats are shared by rules of one shape", () => {
    for (const r of sums) {
      if (r.severity === "info") continue;
      const covering = plan.conditionalFormats.filter((cf) => cf.rule === r.id && cellsOf(cf.range).some((p) => `${columnLetters(p.col)}${p.row + 1}` === r.at(r.total)));
      expect({ rule: r.id, total: r.total, n: covering.length > 0 }).toEqual({ rule: r.id, total: r.total, n: true });
    }
    const ids = new Set(sums.map((r) => r.id));
    expect(plan.conditionalFormats.length).toBeLessThanOrEqual(2 * ids.size);
  });
});

describe("formulas read as the rules say", () => {
  test("Table B: （七）总计 against （一）…（六） in each column, one format over the seven cells", () => {
    const plan = planFor("national-2021", 2025);
    const cells = plan.tables.find((t) => t.id === "B")!.cells;
    const cf = plan.conditionalFormats.filter((c) => c.rule === "B-R2");
    expect(cf).toHaveLength(1);
    expect(cf[0].range).toBe(`${cells["B3.7|natural"]}:${cells["B3.7|total"]}`);
    const parts = `${cells["B3.1|natural"]}:${cells["B3.6.3|natural"]}`;
    expect(cf[0].formula).toBe(`AND(COUNT(${parts})>0,${cells["B3.7|natural"]}<>SUM(${parts}))`);
    expect(cf[0].severity).toBe("error");
  });

  test("Table B: 总计 against the six applicant columns, one format down the whole column", () => {
    const plan = planFor("national-2021", 2025);
    const cells = plan.tables.find((t) => t.id === "B")!.cells;
    const cf = plan.conditionalFormats.filter((c) => c.rule === "B-R3");
    expect(cf).toHaveLength(1);
    expect(cf[0].range).toBe(`${cells["B1|total"]}:${cells["B4|total"]}`);
    const parts = `${cells["B1|natural"]}:${cells["B1|other"]}`;
    expect(cf[0].formula).toBe(`AND(COUNT(${parts})>0,${cells["B1|total"]}<>SUM(${parts}))`);
  });

  test("legacy: 4.不同意公开答复数 — reasons above it are an error, below it a warning", () => {
    const plan = planFor("legacy-2014", 2017);
    const cells = plan.tables[0].cells;
    const cf = plan.conditionalFormats.filter((c) => c.range === cells["L3.3.4|value"]);
    expect(cf.map((c) => c.severity).sort()).toEqual(["error", "warning"]);
    expect(cf.find((c) => c.severity === "error")!.formula).toContain(`>${cells["L3.3.4|value"]}`);
  });

  test("legacy: （三）申请答复数 sums its eight numbered parts, not the 其中 reasons between them", () => {
    const plan = planFor("legacy-2014", 2017);
    const cells = plan.tables[0].cells;
    const cf = plan.conditionalFormats.find((c) => c.rule === "L-sum-L3.3")!;
    const args = `${cells["L3.3.1|value"]}:${cells["L3.3.4|value"]},${cells["L3.3.5|value"]}:${cells["L3.3.8|value"]}`;
    expect(cf.formula).toBe(`AND(COUNT(${args})>0,${cells["L3.3|value"]}<>SUM(${args}))`);
  });
});

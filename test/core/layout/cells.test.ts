/**
 * The value cells: the plan's map covers every data cell of the format exactly once, each where
 * its row label and column header say, empty, never under a label; each kind has its number
 * format and data validation; looks are few and grouped.
 */
import { FORMATS } from "../../../src/core/formats";
import { dataCells } from "../../../src/core/formats/derive";
import type { ValueKind } from "../../../src/core/formats/model";
import { box, CASES, cellsOf, inBox, planFor, spanOf, styleOf, tableBox, textAt } from "./plan-helpers";

const key = (p: { row: number; col: number }): string => `${p.row},${p.col}`;

describe.each(CASES)("$format value cells", ({ format, year }) => {
  const def = FORMATS[format];
  const plan = planFor(format, year);
  const all = def.tables.flatMap((t) => dataCells(t).map((c) => ({ table: t.id, ...c })));
  const addressOf = (table: string, k: string): string => plan.tables.find((t) => t.id === table)!.cells[k];

  test("the map has every data cell of every table exactly once, at distinct addresses", () => {
    for (const t of def.tables) {
      const mapped = plan.tables.find((x) => x.id === t.id)!;
      expect(Object.keys(mapped.cells).sort()).toEqual(
        dataCells(t)
          .map((c) => c.key)
          .sort(),
      );
    }
    const addresses = all.map((c) => addressOf(c.table, c.key));
    expect(new Set(addresses).size).toBe(addresses.length);
  });

  test("each value cell is empty, inside its table, and shares no merge with any text", () => {
    const texts = new Set<string>();
    plan.values.forEach((row, r) => row.forEach((v, c) => v !== null && texts.add(key({ row: r, col: c }))));
    for (const c of all) {
      const p = cellsOf(addressOf(c.table, c.key))[0];
      expect(textAt(plan, p)).toBeNull();
      expect(inBox(tableBox(plan, c.table), p)).toBe(true);
      const span = spanOf(plan, p);
      expect([span.top, span.left]).toEqual([p.row, p.col]);
      for (let row = span.top; row <= span.bottom; row++) for (let col = span.left; col <= span.right; col++) expect(texts.has(key({ row, col }))).toBe(false);
    }
  });

  test("each value cell is on its row label's row (tables with row labels)", () => {
    for (const c of all) {
      if (c.row.label === null) continue;
      const p = cellsOf(addressOf(c.table, c.key))[0];
      const rowTexts = plan.values[p.row].slice(0, p.col);
      expect({ key: c.key, label: rowTexts.includes(c.row.label) }).toEqual({ key: c.key, label: true });
    }
  });

  test("each value cell is under its column header", () => {
    for (const c of all) {
      const p = cellsOf(addressOf(c.table, c.key))[0];
      const t = tableBox(plan, c.table);
      let found = false;
      for (let row = p.row - 1; row >= t.top && !found; row--) {
        const s = spanOf(plan, { row, col: p.col });
        const text = textAt(plan, { row: s.top, col: s.left }) ?? "";
        if (text.startsWith(c.column.label) && p.col >= s.left && p.col <= s.right) found = true;
      }
      expect({ key: c.key, found }).toEqual({ key: c.key, found: true });
    }
  });

  const expectedFormat: Record<ValueKind, string> = { count: "0", money: "0.00", signed: "+0;-0;0" };

  test("number formats by kind: `0` for counts, `0.00` for 万元, signed for 本年增/减; only on value cells", () => {
    const valueCells = new Set(all.map((c) => key(cellsOf(addressOf(c.table, c.key))[0])));
    const formatAt = new Map<string, string>();
    for (const g of plan.numberFormats) {
      expect(g.format).toBe(expectedFormat[g.kind]);
      for (const r of g.ranges)
        for (const p of cellsOf(r)) {
          expect(formatAt.has(key(p))).toBe(false);
          expect(valueCells.has(key(p))).toBe(true);
          formatAt.set(key(p), g.format);
        }
    }
    for (const c of all) expect({ key: c.key, format: formatAt.get(key(cellsOf(addressOf(c.table, c.key))[0])) }).toEqual({ key: c.key, format: expectedFormat[c.kind] });
  });

  test("the formats' kinds: 万元 cells and 2019's 本年增/减 are told apart from counts", () => {
    const kinds = new Set(all.map((c) => c.kind));
    if (format === "national-2019") expect(kinds).toEqual(new Set(["count", "money", "signed"]));
    else expect(kinds).toEqual(new Set(["count", "money"]));
  });

  test("validation by kind: whole ≥ 0, decimal ≥ 0 for 万元, any whole number for 本年增/减; Chinese prompt and error within Excel's limits", () => {
    const rules = new Map<string, (typeof plan.validations)[number]>();
    for (const v of plan.validations) {
      for (const r of v.ranges)
        for (const p of cellsOf(r)) {
          expect(rules.has(key(p))).toBe(false);
          rules.set(key(p), v);
        }
      expect(v.prompt).toMatch(/[\u4e00-\u9fff]/);
      expect(v.error).toMatch(/[\u4e00-\u9fff]/);
      expect(v.promptTitle.length).toBeLessThanOrEqual(32);
      expect(v.errorTitle.length).toBeLessThanOrEqual(32);
      expect(v.prompt.length).toBeLessThanOrEqual(255);
      expect(v.error.length).toBeLessThanOrEqual(225);
    }
    for (const c of all) {
      const v = rules.get(key(cellsOf(addressOf(c.table, c.key))[0]));
      expect(v?.kind).toBe(c.kind);
      if (c.kind === "count") expect(v).toMatchObject({ type: "whole", min: 0, max: null });
      if (c.kind === "money") expect(v).toMatchObject({ type: "decimal", min: 0, max: null });
      if (c.kind === "signed") {
        expect(v).toMatchObject({ type: "whole" });
        expect(v!.min).toBeLessThan(-1e6);
        expect(v!.max).toBeGreaterThan(1e6);
        expect(v!.prompt).toContain("-8");
      }
    }
    expect(rules.size).toBe(all.length);
  });

  test("looks: few, each cell in at most one group, every cell of a table bordered", () => {
    expect(plan.styles.length).toBeLessThanOrEqual(14);
    const seen = new Set<string>();
    for (const g of plan.styles)
      for (const r of g.ranges)
        for (const p of cellsOf(r)) {
          expect(seen.has(key(p))).toBe(false);
          seen.add(key(p));
        }
    for (const t of plan.tables) {
      for (const p of cellsOf(t.range)) expect({ at: key(p), border: styleOf(plan, p)?.style.border }).toEqual({ at: key(p), border: true });
    }
    for (const c of all) expect(styleOf(plan, cellsOf(addressOf(c.table, c.key))[0])?.id).toBe("value");
  });

  test("groups are ranges, not cells: far fewer ranges than value cells", () => {
    const ranges = plan.numberFormats.reduce((n, g) => n + g.ranges.length, 0);
    expect(ranges).toBeLessThan(all.length / 3);
  });

  test("merges do not overlap and lie on the sheet", () => {
    const seen = new Set<string>();
    for (const m of plan.merges) {
      const b = box(m);
      expect(b.right).toBeLessThan(plan.columnCount);
      expect(b.bottom).toBeLessThan(plan.rowCount);
      for (const p of cellsOf(m)) {
        expect(seen.has(key(p))).toBe(false);
        seen.add(key(p));
        if (p.row !== b.top || p.col !== b.left) expect(textAt(plan, p)).toBeNull();
      }
    }
  });

  test("the plan is plain data: it survives JSON unchanged", () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    expect(plan.values).toHaveLength(plan.rowCount);
    for (const row of plan.values) expect(row).toHaveLength(plan.columnCount);
    expect(plan.columnWidths).toHaveLength(plan.columnCount);
    expect(plan.rowHeights).toHaveLength(plan.rowCount);
  });
});

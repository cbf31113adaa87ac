/**
 * Printing: A4, one page wide, the orientation that fits, no page break through a national table,
 * the legacy header repeated, and frozen header rows on screen. Page contents are checked against
 * the plan's own row heights and the scale it expects, with A4 measured here independently.
 */
import { columnLetters } from "../../../src/core/address";
import { columnPoints } from "../../../src/core/layout";
import { CASES, planFor, tableBox, textAt } from "./plan-helpers";

const A4 = { w: 595.3, h: 841.9 };

describe.each(CASES)("$format printing", ({ format, year }) => {
  const plan = planFor(format, year);
  const p = plan.print;
  const legacy = format === "legacy-2014";

  test("A4, fit to one page wide, automatic height, centred, margins set, the whole sheet printed", () => {
    expect(p).toMatchObject({ paper: "A4", fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
    expect(p.orientation).toBe(legacy ? "portrait" : "landscape");
    for (const m of Object.values(p.margins)) {
      expect(m).toBeGreaterThan(0.1);
      expect(m).toBeLessThan(1.2);
    }
    expect(p.printArea).toBe(`A1:${columnLetters(plan.columnCount - 1)}${plan.rowCount}`);
    expect(p.footer).toContain("&P");
  });

  const printable = (): { w: number; h: number } => {
    const [w, h] = p.orientation === "portrait" ? [A4.w, A4.h] : [A4.h, A4.w];
    return { w: w - (p.margins.left + p.margins.right) * 72, h: h - (p.margins.top + p.margins.bottom) * 72 };
  };

  test("the expected scale fits the sheet's width on the page, and is not tiny", () => {
    const width = plan.columnWidths.reduce((s, w) => s + columnPoints(w), 0);
    const scale = p.expectedScale / 100;
    expect(width * scale).toBeLessThanOrEqual(printable().w);
    expect(p.expectedScale).toBeGreaterThanOrEqual(70);
    // Fit-to-width does not enlarge: a narrow sheet prints at 100 %.
    if (width <= printable().w) expect(p.expectedScale).toBe(100);
  });

  /** Pages as [first, last] rows, from the manual breaks. */
  const pages = (): Array<[number, number]> => {
    const starts = [0, ...p.pageBreaksBefore.map((r) => r - 1)];
    return starts.map((s, i) => [s, (starts[i + 1] ?? plan.rowCount) - 1]);
  };

  test("every page's rows fit the page at the expected scale", () => {
    const scale = p.expectedScale / 100;
    const titleRows = p.titleRows ? p.titleRows.split(":").map((n) => Number(n) - 1) : null;
    const titleHeight = titleRows ? plan.rowHeights.slice(titleRows[0], titleRows[1] + 1).reduce((s, h) => s + h, 0) : 0;
    pages().forEach(([a, b], i) => {
      const h = plan.rowHeights.slice(a, b + 1).reduce((s, x) => s + x, 0) + (i > 0 ? titleHeight : 0);
      expect({ page: i + 1, fits: h * scale <= printable().h }).toEqual({ page: i + 1, fits: true });
    });
  });

  test("breaks fall between tables, never through one", () => {
    expect(p.pageBreaksBefore).toEqual([...p.pageBreaksBefore].sort((x, y) => x - y));
    if (legacy) return;
    expect(p.pageBreaksBefore.length).toBeGreaterThan(0);
    for (const t of plan.tables) {
      const b = tableBox(plan, t.id);
      for (const r of p.pageBreaksBefore) {
        const first = r - 1;
        expect({ table: t.id, inside: first > b.top - 1 && first <= b.bottom }).toEqual({ table: t.id, inside: false });
        // A table's section heading starts the page with it.
        if (first === b.top - 1) expect(textAt(plan, { row: first, col: 0 })).toBe(t.title);
      }
    }
  });

  test("frozen rows: the title lines, and the legacy column header, which also repeats on every printed page", () => {
    if (legacy) {
      const header = tableBox(plan, "L").top;
      expect(plan.freezeRows).toBe(header + 1);
      expect(p.titleRows).toBe(`${header + 1}:${header + 1}`);
      expect(textAt(plan, { row: header, col: 0 })).toBe("统　计　指　标");
    } else {
      expect(plan.freezeRows).toBe(2);
      expect(p.titleRows).toBeNull();
    }
  });

  test("rows are tall enough for their text: the longest label's row is taller than a one-line row", () => {
    // The longest label of each format, beside a short one of the same table.
    const [table, long, short] = legacy
      ? ["L", "L9.4|value", "L9.1|value"]
      : format === "national-2021"
        ? ["B", "B3.6.2|natural", "B3.1|natural"]
        : ["B", "B3.2|natural", "B3.1|natural"];
    const cells = plan.tables.find((t) => t.id === table)!.cells;
    const row = (k: string): number => Number(cells[k].replace(/^[A-Z]+/, "")) - 1;
    expect(plan.rowHeights[row(long)]).toBeGreaterThan(plan.rowHeights[row(short)]);
    expect(Math.min(...plan.rowHeights.filter((_, r) => plan.values[r].some((v) => v !== null)))).toBeGreaterThanOrEqual(16);
  });
});

describe("legacy page breaks", () => {
  const plan = planFor("legacy-2014", 2017);
  test("two pages, the break before a numbered indicator, not under a heading or before a 其中 item", () => {
    expect(plan.print.pageBreaksBefore).toHaveLength(1);
    for (const r of plan.print.pageBreaksBefore) {
      const first = textAt(plan, { row: r - 1, col: 0 }) ?? "";
      expect(first).toMatch(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/);
      const above = plan.values[r - 2];
      expect(above[1]).not.toBeNull(); // the row above has a unit: it is no heading
    }
  });
});

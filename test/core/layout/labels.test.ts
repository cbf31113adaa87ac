/**
 * Every label of the format, verbatim, is on the sheet, enumerated from the format data so the
 * test grows with the formats; and nothing else is, apart from the title lines and the signature.
 */
import { FORMATS } from "../../../src/core/formats";
import { dataColumns } from "../../../src/core/formats/derive";
import type { FormatDef } from "../../../src/core/formats/model";
import { AGENCY, CASES, find, planFor, tableBox, inBox } from "./plan-helpers";

/** Each text the format prints, with how often it appears (信息内容 heads every Table A block). */
function expectedTexts(format: FormatDef): Map<string, number> {
  const out = new Map<string, number>();
  const add = (s: string | null | undefined): void => {
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  };
  for (const table of format.tables) {
    if (format.id !== "legacy-2014") add(table.title);
    add(table.corner);
    for (const block of table.blocks) {
      add(block.caption);
      add(block.labelHeader);
      add(block.unitHeader);
      for (const row of block.rows) add(row.label);
      // Columns are printed once per block, with a unit the label does not state appended.
      for (const col of block.columns) {
        const stated = col.unit && !col.label.includes(col.unit) ? `${col.label}（单位：${col.unit}）` : col.label;
        add(stated);
      }
    }
  }
  return out;
}

describe.each(CASES)("$format labels", ({ format, year }) => {
  const def = FORMATS[format];
  const plan = planFor(format, year);

  test("every label of the format is on the sheet, verbatim, as often as the format prints it", () => {
    const expected = expectedTexts(def);
    expect(expected.size).toBeGreaterThan(20);
    for (const [text, times] of expected) {
      // Row labels such as `（二）被依法纠错数` recur in the legacy table; Table B's `其他` is both
      // a column and (as `3.其他`) a row: count exact cells only.
      expect({ text, times: find(plan, text).length }).toEqual({ text, times });
    }
  });

  test("the full-width brackets, curly quotes and ASCII numbering survive", () => {
    const all = plan.values.flat().filter((v): v is string => v !== null);
    expect(all.some((v) => v.includes("（"))).toBe(true);
    if (format !== "legacy-2014") expect(find(plan, "3.危及“三安全一稳定”")).toHaveLength(1);
    for (const v of all) {
      expect(v).not.toMatch(/[(]/);
      expect(v).not.toMatch(/"/);
    }
  });

  test("the title names the agency and the report year as `YYYY年度`", () => {
    const title = plan.values[0][0] ?? "";
    expect(title.startsWith(AGENCY)).toBe(true);
    expect(title).toContain(`${year}年度`);
    if (format === "legacy-2014") expect(title).toBe(`${AGENCY}${year}年度政府信息公开工作情况统计表`);
    else expect(title).toBe(`${AGENCY}${year}年度政府信息公开工作年度报告`);
  });

  test("the second line names the format's basis", () => {
    expect(plan.values[1][0]).toContain(def.basis);
    if (format !== "legacy-2014") {
      expect(plan.values[1][0]).toContain(`《${def.name}》`);
      expect(plan.values[1][0]).toContain("第二、三、四部分统计表");
    }
  });

  test("each national table sits under its section heading", () => {
    if (format === "legacy-2014") return;
    for (const table of def.tables) {
      const b = tableBox(plan, table.id);
      expect(plan.values[b.top - 1][0]).toBe(table.title);
    }
  });

  test("apart from labels, only the title lines and the signature lines hold text", () => {
    const expected = expectedTexts(def);
    const units = new Set(def.tables.flatMap((t) => t.blocks.flatMap((b) => b.rows.map((r) => r.unit ?? ""))));
    const other: string[] = [];
    plan.values.forEach((row, r) =>
      row.forEach((v) => {
        if (v === null || expected.has(v) || units.has(v) || r < 2) return;
        other.push(v);
      }),
    );
    expect(other.length).toBeGreaterThan(0);
    for (const v of other) expect(v).toMatch(/^(填报单位（盖章）：|联系电话：)/);
    expect(other.join("")).toContain("填报日期：");
  });

  test("value columns of tables A–C are headed by their own labels", () => {
    for (const table of def.tables) {
      const b = tableBox(plan, table.id);
      for (const block of table.blocks) {
        for (const col of dataColumns(block)) {
          const hits = find(plan, col.label).concat(find(plan, `${col.label}（单位：${col.unit ?? ""}）`));
          expect(hits.some((p) => inBox(b, p))).toBe(true);
        }
      }
    }
  });
});

import { planTemplate } from "../../src/core/layout";
import { checkWorkbook } from "../../src/core/workbook";
import { fromA1 } from "../../src/core/address";
import { sheetFromPlan } from "../../src/preview/apply-plan";
import { Sheet } from "../../src/preview/sheet";
import { consistentEntries } from "../helpers/preview-fill";

const plan = planTemplate("national-2021", 2025, "某市某局");

describe("a sheet made from a plan", () => {
  test("holds the plan's texts, looks, merges, sizes and number formats", () => {
    const sheet = sheetFromPlan(plan, plan.name);
    plan.values.forEach((line, row) => line.forEach((text, col) => expect(sheet.value({ row, col })).toBe(text)));
    expect(sheet.merges.all()).toHaveLength(plan.merges.length);
    expect(sheet.columnWidth(0)).toBe(plan.columnWidths[0]);
    expect(sheet.rowHeight(0)).toBe(plan.rowHeights[0]);
    const title = sheet.format({ row: 0, col: 0 });
    expect(title?.style?.bold).toBe(true);
    const b = plan.tables.find((t) => t.id === "B")!;
    const someValue = fromA1(Object.values(b.cells)[0]);
    expect(sheet.format(someValue)?.numberFormat).toBe("0");
    expect(sheet.format(someValue)?.validation?.prompt).toBeTruthy();
  });

  test("reads back like Excel's used range: the whole plan, blanks as empty strings", () => {
    const grid = sheetFromPlan(plan, plan.name).toGrid();
    expect(grid).toMatchObject({ name: plan.name, originRow: 0, originCol: 0 });
    expect(grid.values).toHaveLength(plan.rowCount);
    expect(grid.values.every((r) => r.length === plan.columnCount)).toBe(true);
    expect(grid.values.flat().includes(null)).toBe(false);
  });

  test("the checker finds the three tables of the sheet it reads back, and no error once filled", () => {
    const sheet = sheetFromPlan(plan, plan.name);
    for (const e of consistentEntries(plan)) sheet.setValue(fromA1(e.address), e.value);
    const report = checkWorkbook([sheet.toGrid()]);
    expect(report.tables.map((t) => t.table)).toEqual(["A", "B", "C"]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("its conditional formats mark a total that disagrees with its parts, and only then", () => {
    const sheet = sheetFromPlan(plan, plan.name);
    expect(sheet.marks().size).toBe(0);
    const entries = consistentEntries(plan);
    for (const e of entries) sheet.setValue(fromA1(e.address), e.value);
    expect(sheet.marks().size).toBe(0);
    const cf = plan.conditionalFormats.find((c) => c.severity === "error")!;
    const total = fromA1(cf.range.split(":")[0]);
    sheet.setValue(total, (sheet.value(total) as number) - 1);
    const mark = sheet.marks().get(`${total.row},${total.col}`);
    expect(mark).toEqual({ fill: cf.fill, fontColor: cf.fontColor, rule: cf.rule });
  });

  test("an empty sheet reads as the single empty cell A1, as Excel answers", () => {
    expect(new Sheet("Sheet1").toGrid()).toEqual({ name: "Sheet1", values: [[""]], originRow: 0, originCol: 0 });
  });

  test("the used range starts at the first cell used, not at A1", () => {
    const s = new Sheet("Sheet1");
    s.setValue({ row: 3, col: 2 }, 5);
    s.setValue({ row: 4, col: 4 }, "x");
    expect(s.toGrid()).toEqual({
      name: "Sheet1",
      values: [
        [5, "", ""],
        ["", "", "x"],
      ],
      originRow: 3,
      originCol: 2,
    });
    s.setValue({ row: 3, col: 2 }, null);
    expect(s.usedRange()).toEqual({ top: 4, left: 4, bottom: 4, right: 4 });
  });
});

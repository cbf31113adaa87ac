/**
 * The pane's text checks, sheet by sheet with each sheet's findings kept: the same findings as the
 * core's check of the whole workbook, over the text-check corpus, as the tables change; and an
 * unchanged sheet is not checked again unless a table cell its text spoke of changed.
 */
import { checkNarrativeText } from "../../src/core/narrative";
import type { LocatedTable } from "../../src/core/located";
import type { SheetGrid } from "../../src/core/types";
import { TextCheckCache } from "../../src/taskpane/text-cache";
import { buildTables, proseSheet } from "../helpers/narrative-tables";
import { corpus, FORMAT_IDS, NON_ZERO, NOISE, YEARS } from "../core/narrative/corpus";

/** The corpus spread over three sheets, with noise sheets between. */
function workbook(lines: readonly string[], tableSheet: SheetGrid): SheetGrid[] {
  const third = Math.ceil(lines.length / 3);
  return [
    tableSheet,
    proseSheet("正文一", lines.slice(0, third)),
    proseSheet("数据", NOISE),
    proseSheet("正文二", lines.slice(third, 2 * third)),
    proseSheet("正文三", lines.slice(2 * third), true),
  ];
}

describe.each(FORMAT_IDS)("%s: sheet by sheet = the whole workbook", (format) => {
  const lines = corpus(format);

  test.each([
    ["zero tables", {}],
    ["non-zero tables", NON_ZERO[format]],
  ])("%s", (_, overrides) => {
    const { tables, sheet } = buildTables(format, YEARS[format], overrides);
    const sheets = workbook(lines, sheet);
    const whole = checkNarrativeText(sheets, tables);
    expect(whole.length).toBeGreaterThan(0);
    expect(new TextCheckCache().findings(sheets, tables)).toEqual(whole);
  });

  test("kept findings follow the tables: zero, then non-zero, then zero again", () => {
    const cache = new TextCheckCache();
    const zero = buildTables(format, YEARS[format]);
    const sheets = workbook(lines, zero.sheet);
    const nonZero = buildTables(format, YEARS[format], NON_ZERO[format]).tables;
    for (const tables of [zero.tables, nonZero, zero.tables]) expect(cache.findings(sheets, tables)).toEqual(checkNarrativeText(sheets, tables));
  });
});

describe("what is checked again", () => {
  const { tables, sheet } = buildTables("national-2021", 2023, { B: { "B1|total": 5 } });
  const withValue = (key: string, value: number): LocatedTable[] => tables.map((t) => (t.table === "B" ? { ...t, values: { ...t.values, [key]: value } } : t));
  const report = proseSheet("正文", ["三、收到和处理政府信息公开申请情况", "2023年，我局收到政府信息公开申请5件。"]);
  const data = proseSheet("数据", NOISE);

  test("an edit of a number re-checks only the text that read it", () => {
    const cache = new TextCheckCache();
    cache.findings([sheet, report, data], tables);
    expect(cache.checked).toBe(3);
    // B4 is spoken of by no line of the text: nothing is checked again.
    cache.findings([sheet, report, data], withValue("B4|total", 2));
    expect(cache.checked).toBe(3);
    // B1 is what the report's sentence states: its sheet is checked again, and now contradicts.
    const after = cache.findings([sheet, report, data], withValue("B1|total", 6));
    expect(cache.checked).toBe(4);
    expect(after.filter((f) => f.sheet === "正文").length).toBeGreaterThan(0);
    expect(after).toEqual(checkNarrativeText([sheet, report, data], withValue("B1|total", 6)));
  });

  test("a changed sheet (a new grid) is checked again; the others are not", () => {
    const cache = new TextCheckCache();
    cache.findings([sheet, report, data], tables);
    const edited = proseSheet("正文", ["2023年，我局未收到政府信息公开申请。"]);
    const findings = cache.findings([sheet, edited, data], tables);
    expect(cache.checked).toBe(4);
    expect(findings.filter((f) => f.severity === "error").map((f) => f.sheet)).toEqual(["正文"]);
    expect(findings).toEqual(checkNarrativeText([sheet, edited, data], tables));
  });

  test("section 六 is weighed once for the workbook: an earlier section 六 that speaks of fees wins", () => {
    const unpaid = buildTables("national-2021", 2023, { B: { "B3.6.2|total": 1 } });
    const speaks = proseSheet("正文", ["六、其他需要报告的事项", "本年度发出收费通知1件，未收取信息处理费。"]);
    const silent = proseSheet("去年正文", ["六、其他需要报告的事项", "无其他需要报告的事项。"]);
    for (const sheets of [
      [unpaid.sheet, speaks, silent],
      [unpaid.sheet, silent, speaks],
      [unpaid.sheet, silent, proseSheet("又一份", ["六、其他需要报告的事项", "无。"])],
    ]) {
      expect(new TextCheckCache().findings(sheets, unpaid.tables)).toEqual(checkNarrativeText(sheets, unpaid.tables));
    }
  });
});

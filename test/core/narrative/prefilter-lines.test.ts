/**
 * The text checks' fast path on data sheets (issue 10): lines that state nothing are dropped
 * before any per-line work (prose.ts `keep`), and a quantity's word without a number stated in a
 * unit (`办理中`, `不予受理`) is no statement (prefilter.ts). The findings are the same as
 * without the prefilter, over the corpus laid out as a report's sheets with data rows around it.
 */
import { checkNarrativeText } from "../../../src/core/narrative";
import { mayState } from "../../../src/core/narrative/prefilter";
import { proseLines } from "../../../src/core/narrative/prose";
import type { CellValue, SheetGrid } from "../../../src/core/types";
import { buildTables, proseSheet } from "../../helpers/narrative-tables";
import { FORMAT_IDS, NON_ZERO, YEARS, corpus } from "./corpus";

const STATES = ["已办结", "办理中", "转办", "不予受理", "已答复", "部分公开"];

/** A department's records: ids, offices, states, notes with dates, numbers. */
function dataSheet(name: string, rows: number): SheetGrid {
  const values: CellValue[][] = [["编号", "承办单位", "办理状态", "备注", "数量"]];
  for (let r = 0; r < rows; r++)
    values.push([`XM-${r}`, `市第${(r % 40) + 1}办公室`, STATES[r % STATES.length], r % 5 ? null : `${2022 + (r % 3)}年${(r % 12) + 1}月材料已补正`, r]);
  return { name, values, originRow: 0, originCol: 0 };
}

/** Prose with data rows between its lines: a line of text, then rows no check reads. */
function interleaved(name: string, lines: readonly string[]): SheetGrid {
  const values: CellValue[][] = [];
  lines.forEach((line, i) => values.push([line], [STATES[i % STATES.length], `${i}号`], [`XM-${i}`]));
  return { name, values, originRow: 0, originCol: 0 };
}

describe("findings with and without the text checks' fast path", () => {
  test.each(FORMAT_IDS.map((f) => [f]))("%s: corpus, data sheets, data rows inside the prose and inside section 六", (format) => {
    const lines = corpus(format);
    let total = 0;
    for (const overrides of [{}, NON_ZERO[format]]) {
      for (const year of [YEARS[format], YEARS[format] + 1]) {
        const built = buildTables(format, year, overrides);
        const sheets = [
          dataSheet("数据1", 200),
          interleaved("正文", lines),
          built.sheet,
          proseSheet("第二稿", ["六、其他需要报告的事项", "办理中", "XM-1", "无其他需要报告的事项。"]),
          dataSheet("数据2", 50),
        ];
        const fast = checkNarrativeText(sheets, built.tables);
        expect(fast).toEqual(checkNarrativeText(sheets, built.tables, { prefilter: false }));
        total += fast.length;
      }
    }
    expect(total).toBeGreaterThan(10);
  });

  test("section 六's finding still names every line of the section, data rows too", () => {
    const built = buildTables("national-2021", 2023, { B: { "B3.6.2|total": 1 } });
    const report = proseSheet("正文", ["办理中", "六、其他需要报告的事项", "办理中", "无其他需要报告的事项。"]);
    const findings = checkNarrativeText([report, built.sheet], built.tables);
    expect(findings.map((f) => f.rule)).toEqual(["narrative.fee-notice-unmentioned"]);
    expect(findings[0].cells.filter((c) => !c.includes("!"))).toEqual(["A2", "A3", "A4"]);
  });

  test("a line that states nothing but is a title, or opens with the year of what follows, still counts", () => {
    const built = buildTables("national-2021", 2023);
    const title = interleaved("标题", ["某某局2022年政府信息公开工作年度报告"]);
    const opener = interleaved("正文", ["2022年度工作情况如下", "收到政府信息公开申请5件。"]);
    // The title names last year; the opener makes the 5 requests last year's, not compared with this year's 0.
    const cases: Array<[SheetGrid, string[]]> = [
      [title, ["narrative.stale-year"]],
      [opener, []],
      [interleaved("正文", ["收到政府信息公开申请5件。"]), ["narrative.requests-contradict"]],
    ];
    for (const [sheet, rules] of cases) {
      const fast = checkNarrativeText([sheet, built.sheet], built.tables);
      expect(fast).toEqual(checkNarrativeText([sheet, built.sheet], built.tables, { prefilter: false }));
      expect(fast.map((f) => f.rule)).toEqual(rules);
    }
  });

  test("a data sheet's lines are not read; the report's lines are", () => {
    const built = buildTables("national-2021", 2023);
    expect(proseLines([dataSheet("数据", 300)], built.tables, mayState)).toEqual([]);
    const kept = proseLines([proseSheet("正文", ["2023年，我局收到政府信息公开申请5件。", "办理中"])], built.tables, mayState);
    expect(kept.map((l) => l.text)).toEqual(["2023年，我局收到政府信息公开申请5件。"]);
  });

  test("a quantity's word states something only with a number in a unit", () => {
    expect(["办理中", "已办结", "不予受理", "结转", "部分公开"].filter(mayState)).toEqual([]);
    expect(["办结3件", "结 转 ４ 件", "部分公开二件", "不予公开1件", "收取费用"].filter(mayState)).toHaveLength(5);
  });
});

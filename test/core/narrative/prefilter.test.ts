/**
 * The keyword prefilter (issue 10): lines without any word the patterns need are skipped, and the
 * findings are the same as without it.
 */
import { checkNarrativeText } from "../../../src/core/narrative";
import { mayState, PREFILTER_WORDS } from "../../../src/core/narrative/prefilter";
import { buildTables, proseSheet } from "../../helpers/narrative-tables";
import { FORMAT_IDS, NOISE, NON_ZERO, YEARS, corpus } from "./corpus";

describe("findings with and without the prefilter", () => {
  test.each(FORMAT_IDS.map((f) => [f]))("%s: the whole corpus, one line per cell and all in one cell", (format) => {
    const lines = corpus(format);
    let total = 0;
    for (const overrides of [{}, NON_ZERO[format]]) {
      for (const year of [YEARS[format], YEARS[format] + 1]) {
        const built = buildTables(format, year, overrides);
        for (const oneCell of [false, true]) {
          const sheets = [proseSheet("正文", lines, oneCell), built.sheet];
          const filtered = checkNarrativeText(sheets, built.tables);
          const unfiltered = checkNarrativeText(sheets, built.tables, { prefilter: false });
          expect(filtered).toEqual(unfiltered);
          total += filtered.length;
        }
      }
    }
    // The comparison means something only if the corpus produces findings.
    expect(total).toBeGreaterThan(20);
  });
});

describe("which lines are read", () => {
  test("data cells are skipped", () => {
    expect(["张三", "某某街道办事处", "地址：某市某区人民路1号", "2023年1月31日", "合计", "0571-12345678"].filter(mayState)).toEqual([]);
  });

  test("a line with a needed word is read, spaces between its characters included", () => {
    expect(mayState("2023年共收到政府信息公开申请5件。")).toBe(true);
    expect(mayState("上年结转4件")).toBe(true);
    expect(mayState("全年主动公开政府信息1250条")).toBe(true);
    expect(mayState("收 到 申 请 5 件")).toBe(true);
  });

  test("the noise of the corpus is mostly skipped", () => {
    expect(NOISE.filter(mayState).length).toBeLessThan(NOISE.length / 2);
  });

  test("the words come from every pattern's table", () => {
    for (const word of ["申请", "费", "复议", "诉讼", "建议", "结转", "规范性文件", "主动公开", "答复"]) expect(PREFILTER_WORDS).toContain(word);
  });
});

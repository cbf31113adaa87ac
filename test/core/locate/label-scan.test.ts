/**
 * The data-sheet fast path of the locator (label-scan.ts): a sheet the scan rules out holds no
 * label any locator starts from, so locating it with the full index finds nothing either — the
 * same tables and years with or without the scan, over the locator's corpus (every table layout
 * built by the test helpers, the published seed report, the templates, the narrative corpus)
 * and every label typed the ways hand-typed tables type them.
 */
import { FORMAT_IDS } from "../../../src/core/formats";
import { entryLabels, formsOf, mayHoldTable } from "../../../src/core/locate/label-scan";
import { sheetFacts } from "../../../src/core/locate/sheet-facts";
import { SheetView } from "../../../src/core/locate/sheet-view";
import type { CellValue, SheetGrid } from "../../../src/core/types";
import { legacyTable, sheet, tableA, tableB, tableC, text, type Built } from "../../helpers/locate-grids";
import { readSeed } from "../../helpers/locate-seed";
import { proseSheet } from "../../helpers/narrative-tables";
import { templateSheet } from "../../helpers/pane-fake-host";
import { YEARS, corpus } from "../narrative/corpus";

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, originRow: 0, originCol: 0 });

function corpusSheets(): SheetGrid[] {
  const built: Array<[string, Built]> = [
    ["legacy", legacyTable({ title: "2017年度政府信息公开工作情况统计表" })],
    ["legacy-repeat", legacyTable({ merge: "repeat", header: false })],
    ["A2019", tableA(2019)],
    ["A2021", tableA(2021, { merge: "empty" })],
    ["B2019", tableB(2019)],
    ["B2021", tableB(2021, { merge: "repeat", labels: { business: "商业 企业", legal: "法律服务\n机构" } })],
    ["B2021-one", tableB(2021, { oneLabelColumn: true })],
    ["C", tableC()],
    ["C-count", tableC({ labelColumn: "数量" })],
  ];
  const seed = readSeed();
  const sheets = built.map(([name, b]) => sheet(name, [{ at: [2, 1], table: b }]).grid);
  sheets.push(
    sheet("seed", [
      { at: [0, 0], table: text(...seed.prose, seed.title) },
      { at: [seed.prose.length + 1, 0], table: { rows: seed.table, cells: {}, values: {} } },
    ]).grid,
  );
  for (const format of FORMAT_IDS) sheets.push(templateSheet(format, YEARS[format]).sheet, proseSheet(`正文-${format}`, corpus(format)));
  return sheets;
}

/** A cell's text typed as people type labels: spaces, full width, numbering, remarks, typos, radicals. */
function variants(value: string): string[] {
  const wide = value.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  return [
    value,
    [...value].join(" "),
    wide,
    `${value}：`,
    `${value}（单位：件）`,
    `（一）${value}`,
    value.replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]?/, ""),
    value.replace(/只计这一情形/g, "只计这一情况").replace(/内部事务/g, "内容事务"),
    // Kangxi radical ONE (U+2F00) and a compatibility ideograph: NFKC folds both.
    value.replace(/一/g, "\u2f00"),
    value.replace(/不/g, "\uf967"),
  ];
}

describe("the locator's data-sheet scan", () => {
  const sheets = corpusSheets();
  const labels = entryLabels();

  test("the entry labels are recorded from the locators themselves (every kind of table)", () => {
    expect(labels.length).toBeGreaterThan(50);
    for (const label of ["主动公开政府信息数", "本年新收政府信息公开申请数量", "行政复议", "收到申请数"]) expect(labels.some((l) => l.includes(label))).toBe(true);
  });

  test("every cell the index would match to an entry label is one the scan lets through", () => {
    const texts = new Set<string>();
    for (const s of sheets) for (const row of s.values) for (const v of row) if (typeof v === "string") for (const t of variants(v)) texts.add(t);
    for (const l of labels) for (const t of variants(l)) texts.add(t);
    // Label by label, so that one label's scan cannot pass for another's.
    const single = labels.map((l) => [l, formsOf([l])] as const);
    let matched = 0;
    const missed: string[] = [];
    for (const t of texts) {
      const one = grid("一格", [[t]]);
      const view = new SheetView(one);
      for (const [label, forms] of single) {
        if (view.find([label]).length === 0) continue;
        matched++;
        if (!mayHoldTable(one, forms)) missed.push(`${t} ← ${label}`);
      }
      if (view.find(labels).length > 0 && !mayHoldTable(one)) missed.push(t);
    }
    expect(missed).toEqual([]);
    // The comparison means something only if many cells match.
    expect(matched).toBeGreaterThan(500);
  });

  test.each(corpusSheets().map((s) => [s.name, s]))("%s: the same candidates and years with and without the scan", (_name, s) => {
    const fast = sheetFacts(s);
    const full = sheetFacts(s, false);
    expect(fast.candidates).toEqual(full.candidates);
    expect(fast.mentions).toEqual(full.mentions);
    if (fast.view === null) expect(full.candidates).toEqual([]);
  });

  test("a data sheet (names, places, states, dates, numbers, years in text) is ruled out, with its years read", () => {
    const rows: CellValue[][] = [["编号", "单位", "办理状态", "备注", "日期", "数量"]];
    for (let r = 0; r < 300; r++)
      rows.push([`XM-${r}`, `市第${r % 40}办公室`, ["已办结", "办理中", "转办", "不予受理"][r % 4], r % 7 ? null : `2024年${r}号材料已补正`, 45000 + r, r]);
    const data = grid("数据", rows);
    expect(mayHoldTable(data)).toBe(false);
    const fast = sheetFacts(data);
    expect(fast.view).toBeNull();
    expect(fast.mentions).toEqual(sheetFacts(data, false).mentions);
    expect(fast.mentions.length).toBeGreaterThan(0);
  });

  test("one label in a data sheet is enough to send it to the full index", () => {
    const data = grid("数据", [
      ["XM-1", "办理中"],
      ["XM-2", "予 以 公 开"],
    ]);
    expect(mayHoldTable(data)).toBe(true);
    expect(sheetFacts(data).view).not.toBeNull();
  });
});

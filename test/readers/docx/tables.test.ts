/**
 * Word tables as sheets: merges both ways, rows that skip grid columns, nested and layout tables,
 * spacer columns, cell text as a person reads it.
 */
import { read } from "../../../src/readers/docx";
import { DEFAULT_LIMITS } from "../../../src/readers/limits";
import type { ReadBook } from "../../../src/readers/types";
import { br, cont, docx, p, restart, simpleTable, span, tab, tbl, tc, tr } from "./build-docx";

const readBody = (body: string): Promise<ReadBook> => read(docx(body), DEFAULT_LIMITS);
const valuesOf = async (body: string): Promise<unknown[][][]> => (await readBody(body)).sheets.map((s) => s.grid.values);

describe("merged cells", () => {
  it("a horizontal merge (gridSpan): the text in its first cell, null in the cells it spans", async () => {
    const [values] = await valuesOf(tbl([tr([tc("项目"), tc("行政复议", span(3))]), tr([tc("件数"), tc("1"), tc("2"), tc("3")])]));
    expect(values).toEqual([
      ["项目", "行政复议", null, null],
      ["件数", 1, 2, 3],
    ]);
  });

  it("a vertical merge (vMerge restart/continue): the text in the top cell, null below", async () => {
    const [values] = await valuesOf(
      tbl([
        tr([tc("三、本年度办理结果", restart), tc("（一）予以公开"), tc("5")]),
        tr([tc("", cont), tc("（二）部分公开"), tc("2")]),
        tr([tc("", cont), tc("（三）不予公开"), tc("0")]),
      ]),
    );
    expect(values).toEqual([
      ["三、本年度办理结果", "（一）予以公开", 5],
      [null, "（二）部分公开", 2],
      [null, "（三）不予公开", 0],
    ]);
  });

  it("both at once: a header merged across two columns and down two rows", async () => {
    const [values] = await valuesOf(
      tbl([
        tr([tc("本列数据的勾稽关系", span(2) + restart), tc("申请人情况", span(2))]),
        tr([tc("", span(2) + cont), tc("自然人"), tc("总计")]),
        tr([tc("一、本年新收"), tc("件"), tc("4"), tc("4")]),
      ]),
    );
    expect(values).toEqual([
      ["本列数据的勾稽关系", null, "申请人情况", null],
      [null, null, "自然人", "总计"],
      ["一、本年新收", "件", 4, 4],
    ]);
  });

  it("text left in a continuation cell is not read: Word shows the merged cell's text only", async () => {
    const [values] = await valuesOf(tbl([tr([tc("上", restart), tc("a")]), tr([tc("残留", cont), tc("b")])]));
    expect(values).toEqual([
      ["上", "a"],
      [null, "b"],
    ]);
  });

  it("gridBefore and gridAfter: a row that starts further right keeps its cells in their columns", async () => {
    const [values] = await valuesOf(
      tbl([tr([tc("项目"), tc("单位"), tc("统计数")]), tr([tc("件"), tc("7")], '<w:gridBefore w:val="1"/>'), tr([tc("收到申请数")], '<w:gridAfter w:val="2"/>')]),
    );
    expect(values).toEqual([
      ["项目", "单位", "统计数"],
      [null, "件", 7],
      ["收到申请数", null, null],
    ]);
  });
});

describe("nested and layout tables", () => {
  it("a table nested in a cell is a sheet of its own, and its text stays out of the outer cell", async () => {
    const inner = simpleTable([
      ["指标", "数量"],
      ["收到申请数", "3"],
    ]);
    const book = await readBody(tbl([tr([tc("说明"), tc("附表")]), tr([tc("见右"), tc(p("统计如下") + inner + p(""))])]));
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["表格1", "表格2"]);
    expect(book.sheets[0].grid.values).toEqual([
      ["说明", "附表"],
      ["见右", "统计如下"],
    ]);
    expect(book.sheets[1].grid.values).toEqual([
      ["指标", "数量"],
      ["收到申请数", 3],
    ]);
  });

  it("a one-cell layout table around the whole report: its text is the document's text, the table inside a proper grid", async () => {
    const inner = tbl([tr([tc("统计指标"), tc("统计数")]), tr([tc("收到申请数"), tc("3")])]);
    const book = await readBody(p("前言") + tbl([tr([tc(p("一、概述") + p("2023年，我局收到申请3件。") + inner + p("注：无"))])]) + p("结尾"));
    expect(book.sheets).toHaveLength(1);
    expect(book.sheets[0].grid.name).toBe("表格1");
    expect(book.sheets[0].grid.values).toEqual([
      ["统计指标", "统计数"],
      ["收到申请数", 3],
    ]);
    expect(book.text).toEqual(["前言", "一、概述", "2023年，我局收到申请3件。", "注：无", "结尾"]);
  });

  it("a one-column layout table stacking a title, the table and a note", async () => {
    const inner = simpleTable([
      ["项目", "件数"],
      ["行政复议", "1"],
    ]);
    const book = await readBody(tbl([tr([tc("2023年度统计表")]), tr([tc(inner + p(""))]), tr([tc("备注：无")])]));
    expect(book.sheets.map((s) => s.grid.values)).toEqual([
      [
        ["项目", "件数"],
        ["行政复议", 1],
      ],
    ]);
    expect(book.text).toEqual(["2023年度统计表", "备注：无"]);
  });

  it("frames inside frames still give the innermost table", async () => {
    const inner = simpleTable([
      ["a", "1"],
      ["b", "2"],
    ]);
    const book = await readBody(tbl([tr([tc(tbl([tr([tc(p("内") + inner + p(""))])]) + p("外"))])]));
    expect(book.sheets.map((s) => s.grid.values)).toEqual([
      [
        ["a", 1],
        ["b", 2],
      ],
    ]);
    expect(book.text).toEqual(["内", "外"]);
  });

  it("tables are named 表格1, 表格2… in document order; an empty table is no sheet", async () => {
    const book = await readBody(
      simpleTable([
        ["甲", "1"],
        ["乙", "2"],
      ]) +
        p("中间") +
        simpleTable([
          ["", ""],
          ["", ""],
        ]) +
        simpleTable([
          ["丙", "3"],
          ["丁", "4"],
        ]),
    );
    expect(book.sheets.map((s) => [s.grid.name, s.grid.values[0][0]])).toEqual([
      ["表格1", "甲"],
      ["表格2", "丙"],
    ]);
    expect(book.sheets.every((s) => s.grid.originRow === 0 && s.grid.originCol === 0 && !s.hidden)).toBe(true);
  });
});

describe("cell text", () => {
  it("a label wrapped by a line break or a second paragraph joins without a space", async () => {
    const [values] = await valuesOf(tbl([tr([tc(p("（三）不", br, "予公开")), tc(p("1.属于国家") + p("秘密")), tc(p("Table", br, "two"))])]));
    expect(values).toEqual([["（三）不予公开", "1.属于国家秘密", "Table two"]]);
  });

  it("Word's own markup between the runs of a label (proofing marks, bookmarks, revision ids, a rendered page break) joins away", async () => {
    const run = (t: string): string => `<w:r w:rsidR="00A1B2C3"><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>${t}</w:t></w:r>`;
    const label =
      `<w:p w:rsidR="00D4E5F6"><w:pPr><w:jc w:val="left"/><w:rPr><w:sz w:val="21"/></w:rPr></w:pPr><w:bookmarkStart w:id="0" w:name="_Toc1"/>` +
      `${run("（三）不")}<w:proofErr w:type="spellStart"/>${run("予")}<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/>` +
      `<w:r><w:lastRenderedPageBreak/><w:t>公开</w:t></w:r><w:r><w:softHyphen/></w:r></w:p>`;
    const [values] = await valuesOf(tbl([tr([`<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${label}</w:tc>`, tc("0")])]));
    expect(values).toEqual([["（三）不予公开", 0]]);
  });

  it("runs join, a tab is a space, surrounding spaces go", async () => {
    const [values] = await valuesOf(tbl([tr([tc(p("  本年", "新收", tab, "件数 ")), tc(p(" 12 "))])]));
    expect(values).toEqual([["本年新收 件数", 12]]);
  });

  it("numbers as Excel would take them typed become numbers; full-width digits, slashes and units stay text for the core to judge", async () => {
    const [values] = await valuesOf(simpleTable([["12", "0.35", "-3", "+1", "1,234", "１２", "/", "5件", "1,2", "12-3"]]));
    expect(values).toEqual([[12, 0.35, -3, 1, 1234, "１２", "/", "5件", "1,2", "12-3"]]);
  });

  it("empty spacer columns and rows are dropped", async () => {
    const [values] = await valuesOf(
      simpleTable([
        ["项目", "", "统计数", ""],
        ["", "", "", ""],
        ["收到申请数", "", "3", ""],
      ]),
    );
    expect(values).toEqual([
      ["项目", "统计数"],
      ["收到申请数", 3],
    ]);
  });
});

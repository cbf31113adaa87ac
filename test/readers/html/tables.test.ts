import { DEFAULT_LIMITS } from "../../../src/readers/limits";
import { gridOf, readPage } from "./page";

describe("html reader: a table's cells", () => {
  it("puts a colspan's text in its left cell and a rowspan's in its top cell, the covered cells null", async () => {
    const values = await gridOf(`<table>
      <tr><td rowspan="2">项目</td><td colspan="2">申请人情况</td></tr>
      <tr><td>自然人</td><td>法人</td></tr>
      <tr><td>新收</td><td>3</td><td>4</td></tr></table>`);
    expect(values).toEqual([
      ["项目", "申请人情况", null],
      [null, "自然人", "法人"],
      ["新收", 3, 4],
    ]);
  });

  it("joins a label wrapped with <br>, <p> or <div> without a space between Chinese, with one between Latin words", async () => {
    const values = await gridOf(`<table>
      <tr><td>（二）部分公开（区分处理的，<br>只计这一情形，不计其他情形）</td><td><p>本年制发</p><p>件数</p></td><td><div>Total</div><div>count</div></td></tr>
      <tr><td>a</td><td>1</td><td>2</td></tr></table>`);
    expect(values[0]).toEqual(["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "本年制发件数", "Total count"]);
  });

  it("reads <th>, <thead>, <tbody>, &nbsp; as empty, numbers as numbers and other text as text", async () => {
    const values = await gridOf(`<table><thead><tr><th>指标</th><th>数量</th></tr></thead>
      <tbody><tr><td>&nbsp;</td><td> 1,234 </td></tr><tr><td>x</td><td>１２</td></tr><tr><td>y</td><td>/</td></tr><tr><td>z</td><td>-3.5</td></tr></tbody></table>`);
    expect(values).toEqual([
      ["指标", "数量"],
      [null, 1234],
      ["x", "１２"],
      ["y", "/"],
      ["z", -3.5],
    ]);
  });

  it("drops empty spacer rows and columns", async () => {
    const values = await gridOf(`<table>
      <tr><td></td><td>指标</td><td>&nbsp;</td><td>数量</td></tr>
      <tr><td></td><td>&nbsp;</td><td></td><td></td></tr>
      <tr><td></td><td>收到</td><td></td><td>5</td></tr></table>`);
    expect(values).toEqual([
      ["指标", "数量"],
      ["收到", 5],
    ]);
  });

  it("clamps an absurd colspan and a rowspan past the table's end instead of growing without bound", async () => {
    const book = await readPage(`<table><tr><td colspan="100000">标题</td></tr><tr><td rowspan="99999">a</td><td>1</td></tr><tr><td>2</td></tr></table>`);
    const { values } = book.sheets[0].grid;
    expect(values.length).toBe(3);
    expect(values[2]).toEqual([null, 2]);
  });

  it("skips a table larger than the cell limit with a note, and still reads the next one", async () => {
    const big = `<table><tr><td colspan="1000">大</td></tr>${"<tr><td>1</td><td>2</td></tr>".repeat(20)}</table>`;
    const book = await readPage(`${big}<table><tr><td>指标</td><td>数</td></tr><tr><td>收到</td><td>5</td></tr></table>`, {
      ...DEFAULT_LIMITS,
      maxCellsPerSheet: 5_000,
    });
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["表格2"]);
    expect(book.notes).toEqual([expect.objectContaining({ sheet: "表格1", message: expect.stringContaining("过大") })]);
  });

  it("reads no more tables than the limit, saying so once", async () => {
    const table = "<table><tr><td>指标</td><td>数</td></tr><tr><td>收到</td><td>5</td></tr></table>";
    const book = await readPage(table.repeat(5), { ...DEFAULT_LIMITS, maxSheets: 2 });
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["表格1", "表格2"]);
    expect(book.notes).toEqual([{ sheet: "", message: expect.stringContaining("表格过多") }]);
  });

  it("ignores hidden rows and cells (Excel's web export hides rows with display:none)", async () => {
    const values = await gridOf(`<table><tr><td>指标</td><td>数</td></tr>
      <tr style="display:none"><td>隐藏</td><td>999</td></tr><tr><td>收到</td><td hidden>7</td><td>5</td></tr></table>`);
    expect(values).toEqual([
      ["指标", "数"],
      ["收到", 5],
    ]);
  });
});

/**
 * Table reconstruction from drawing operations and text runs, without pdf.js: the rules a page
 * draws, the cells they make, and where text lands. Coordinates are display space (y downwards).
 */
import { tableValues } from "../../../src/readers/pdf/cells";
import { type OpCodes, pageGraphics, type Rule } from "../../../src/readers/pdf/geometry";
import { buildLattice, lineGroups, splitRules } from "../../../src/readers/pdf/lattice";
import type { Matrix } from "../../../src/readers/pdf/matrix";
import { pageLayout } from "../../../src/readers/pdf/page-tables";
import { joinAcrossPages } from "../../../src/readers/pdf/join-pages";
import { paragraphs } from "../../../src/readers/pdf/paragraphs";
import type { Run } from "../../../src/readers/pdf/runs";
import { PAGE_TIME_LIMIT_MS, withTimeout } from "../../../src/readers/pdf/timeout";

// Op codes as pdf.js numbers them; the walk only needs them to be distinct.
const OPS: OpCodes = {
  save: 10,
  restore: 11,
  transform: 12,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  images: [85],
};
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const rect = (x: number, y: number, w: number, h: number): number[] => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 3];
const line = (x1: number, y1: number, x2: number, y2: number): number[] => [0, x1, y1, 1, x2, y2];

/** An operator list: [op, args] pairs. */
function walk(ops: [number, unknown][], view: Matrix = IDENTITY): Rule[] {
  return pageGraphics(
    ops.map((o) => o[0]),
    ops.map((o) => o[1]),
    OPS,
    view,
  ).rules;
}
const path = (paint: number, data: number[]): [number, unknown] => [OPS.constructPath, [paint, [Float32Array.from(data)], null]];

describe("ruling lines from the operator list", () => {
  test("a thin filled rectangle is a rule along its long side; a big one is a background, not a border", () => {
    const rules = walk([path(OPS.fill, rect(10, 100, 200, 0.5)), path(OPS.fill, rect(10, 100, 0.5, 40)), path(OPS.fill, rect(10, 100, 200, 40))]);
    expect(rules).toEqual([
      { x1: 10, x2: 210, y1: 100.25, y2: 100.25 },
      { x1: 10.25, x2: 10.25, y1: 100, y2: 140 },
    ]);
  });

  test("a white fill (WPS paints one behind every cell) and a white stroke draw nothing", () => {
    const rules = walk([
      [OPS.setFillRGBColor, ["#ffffff"]],
      path(OPS.fill, rect(10, 100, 200, 0.5)),
      [OPS.setStrokeRGBColor, ["#FFFFFF"]],
      path(OPS.stroke, line(10, 50, 210, 50)),
      [OPS.setStrokeRGBColor, ["#000000"]],
      path(OPS.stroke, line(10, 60, 210, 60)),
    ]);
    expect(rules).toEqual([{ x1: 10, x2: 210, y1: 60, y2: 60 }]);
  });

  test("the colour set inside save/restore does not outlive the restore", () => {
    const rules = walk([[OPS.save, null], [OPS.setStrokeRGBColor, ["#ffffff"]], [OPS.restore, null], path(OPS.stroke, line(0, 5, 100, 5))]);
    expect(rules).toHaveLength(1);
  });

  test("a stroked rectangle gives its four sides; diagonals and tiny marks are no rules", () => {
    const rules = walk([path(OPS.stroke, rect(0, 0, 50, 20)), path(OPS.stroke, line(0, 0, 30, 30)), path(OPS.stroke, line(0, 0, 1, 0))]);
    expect(rules).toHaveLength(4);
  });

  test("the current transform and the page's view apply: a PDF's y-up space comes out y-down", () => {
    const view: Matrix = [1, 0, 0, -1, 0, 842];
    const rules = walk([[OPS.transform, [2, 0, 0, 2, 10, 0]], path(OPS.stroke, line(0, 100, 50, 100))], view);
    expect(rules).toEqual([{ x1: 10, x2: 110, y1: 642, y2: 642 }]);
  });
});

/** Horizontal and vertical rules of a grid; `skip` leaves out inner segments ("h r c" / "v r c"). */
function grid(xs: number[], ys: number[], skip: string[] = []): Rule[] {
  const rules: Rule[] = [];
  ys.forEach((y, r) =>
    xs.slice(1).forEach((x, c) => {
      if (!skip.includes(`h ${r} ${c}`)) rules.push({ x1: xs[c], x2: x, y1: y, y2: y });
    }),
  );
  xs.forEach((x, c) =>
    ys.slice(1).forEach((y, r) => {
      if (!skip.includes(`v ${r} ${c}`)) rules.push({ x1: x, x2: x, y1: ys[r], y2: y });
    }),
  );
  return rules;
}
const run = (str: string, x: number, y: number, size = 10): Run => ({ str, x, y, width: [...str].length * size, size });

function values(rules: Rule[], runs: Run[]): unknown[][] {
  const { horizontal, vertical } = splitRules(rules);
  const lattice = buildLattice(horizontal, vertical);
  if (!lattice) throw new Error("no lattice");
  return tableValues(lattice, runs);
}

describe("cells from the grid", () => {
  const xs = [0, 100, 160, 220];
  const ys = [0, 20, 40, 60];

  test("an inner vertical missing makes a cell span columns: text in the left slot, null beside it", () => {
    const rules = grid(xs, ys, ["v 0 2"]);
    expect(
      values(rules, [run("申请人情况", 110, 15), run("项目", 5, 15), run("自然人", 105, 35), run("其他", 165, 35), run("合计", 5, 55), run("3", 120, 55), run("4", 180, 55)]),
    ).toEqual([
      ["项目", "申请人情况", null],
      [null, "自然人", "其他"],
      ["合计", 3, 4],
    ]);
  });

  test("an inner horizontal missing makes a cell span rows; a label wrapped in its cell is joined without a space", () => {
    const rules = grid(xs, ys, ["h 1 0", "h 2 0"]);
    const got = values(rules, [run("（三）不", 5, 25), run("予公开", 5, 37), run("1", 120, 15), run("2", 180, 15), run("5", 120, 35), run("6", 120, 55)]);
    expect(got).toEqual([
      ["（三）不予公开", 1, 2],
      [null, 5, null],
      [null, 6, null],
    ]);
  });

  test("a run that crosses a border is cut there; numbers become numbers, other text stays text", () => {
    // One run "12  7" drawn across the border at x = 160, as some PDF printers write adjacent cells.
    const crossing: Run = { str: "1234", x: 120, y: 15, width: 80, size: 10 };
    expect(values(grid(xs, ys.slice(0, 2)), [run("行", 5, 15), crossing])).toEqual([["行", 12, 34]]);
  });

  test("empty spacer columns and rows are dropped", () => {
    expect(values(grid([0, 50, 55, 100], [0, 20, 22, 40]), [run("甲", 5, 15), run("乙", 60, 15), run("丙", 5, 35), run("1", 60, 35)])).toEqual([
      ["甲", "乙"],
      ["丙", 1],
    ]);
  });

  test("a lone box (a framed paragraph) and a rule under a heading are no tables", () => {
    const box = splitRules(grid([0, 100], [0, 20]));
    expect(buildLattice(box.horizontal, box.vertical)).toBeNull();
    const underline = splitRules([{ x1: 0, x2: 100, y1: 5, y2: 5 }]);
    expect(lineGroups(underline.horizontal, underline.vertical).map((g) => buildLattice(g.horizontal, g.vertical))).toEqual([null]);
  });

  test("a dense mesh (a chart's grid, a hostile file) is no table, and the page says so", () => {
    const ticks = Array.from({ length: 300 }, (_, i) => i * 2);
    const layout = pageLayout(1, 842, grid(ticks, ticks), [run("图", 5, 5)]);
    expect(layout.tables).toEqual([]);
    expect(layout.tooDense).toBe(true);
    expect(pageLayout(1, 842, grid([0, 50, 100], [0, 20, 40]), []).tooDense).toBe(false);
  });

  test("two separate grids on a page are two tables; text outside them stays running text", () => {
    const rules = [...grid([0, 50, 100], [0, 20, 40]), ...grid([0, 50, 100], [200, 220, 240])];
    const layout = pageLayout(1, 842, rules, [run("甲", 5, 15), run("正文", 5, 120), run("乙", 5, 215)]);
    expect(layout.tables).toHaveLength(2);
    expect(layout.loose.map((r) => r.str)).toEqual(["正文"]);
  });
});

describe("tables across a page break", () => {
  const xs = [50, 150, 250];
  const first = pageLayout(1, 842, grid(xs, [700, 720, 740, 760, 780]), [
    run("项目", 55, 715),
    run("数", 155, 715),
    run("甲", 55, 735),
    run("1", 155, 735),
    run("乙", 55, 755),
    run("2", 155, 755),
    run("丙", 55, 775),
    run("3", 155, 775),
  ]);

  test("the next page's table at the top with the same columns continues the table, its repeated header dropped", () => {
    const next = pageLayout(2, 842, grid(xs, [60, 80, 100]), [run("项目", 55, 75), run("数", 155, 75), run("丁", 55, 95), run("4", 155, 95), run("- 2 -", 140, 820)]);
    const tables = joinAcrossPages([first, next]);
    expect(tables).toHaveLength(1);
    const { horizontal, vertical } = tables[0];
    const lattice = buildLattice(horizontal, vertical);
    if (!lattice) throw new Error("no lattice");
    expect(tableValues(lattice, tables[0].runs)).toEqual([
      ["项目", "数"],
      ["甲", 1],
      ["乙", 2],
      ["丙", 3],
      ["丁", 4],
    ]);
  });

  test("a running header on every page and a 续表 mark above the continuation do not keep them apart, nor are they text", () => {
    const header = (n: number): Run => run(`测试市审计局2023年度报告（第${n}页）`, 50, 40);
    const withHeader = pageLayout(1, 842, grid(xs, [700, 720, 740]), [
      header(1),
      run("正文第一段。", 50, 300),
      run("甲", 55, 715),
      run("1", 155, 715),
      run("乙", 55, 735),
      run("2", 155, 735),
    ]);
    const next = pageLayout(2, 842, grid(xs, [100, 120, 140]), [
      header(2),
      run("续表", 50, 90),
      run("丁", 55, 115),
      run("4", 155, 115),
      run("丙", 55, 135),
      run("3", 155, 135),
    ]);
    expect(joinAcrossPages([withHeader, next])).toHaveLength(1);
    expect(paragraphs([withHeader, next])).toEqual(["正文第一段。", "续表"]);
  });

  test("text between them (a heading above the next table) keeps them apart", () => {
    const next = pageLayout(2, 842, grid(xs, [100, 120, 140]), [run("四、政府信息公开行政复议、行政诉讼情况", 50, 80), run("丁", 55, 115), run("4", 155, 115)]);
    expect(joinAcrossPages([first, next])).toHaveLength(2);
  });

  test("a table of other columns keeps them apart", () => {
    const next = pageLayout(2, 842, grid([50, 80, 110, 400], [60, 80, 100]), [run("丁", 55, 75)]);
    expect(joinAcrossPages([first, next])).toHaveLength(2);
  });
});

describe("running text as paragraphs", () => {
  const page = (runs: Run[], n = 1) => pageLayout(n, 842, [], runs);

  test("lines join into a paragraph until an indent, a short line or a heading starts the next", () => {
    const size = 16;
    const full = (s: string, x: number, y: number): Run => ({ str: s, x, y, width: 400 - x + 50, size });
    const short = (s: string, x: number, y: number): Run => ({ str: s, x, y, width: 100, size });
    const text = paragraphs([
      page([
        full("　　2023年，本机关共收到", 82, 100),
        full("申请12件。", 50, 128),
        short("全部按时答复。", 50, 156),
        full("（二）依申请公开情况。本机关", 82, 184),
        short("及时答复。", 50, 212),
        short("三、收到和处理政府信息公开申请情况", 50, 240),
      ]),
    ]);
    expect(text).toEqual(["2023年，本机关共收到申请12件。全部按时答复。", "（二）依申请公开情况。本机关及时答复。", "三、收到和处理政府信息公开申请情况"]);
  });

  test("a paragraph cut by a page break goes on; page numbers are no text", () => {
    const size = 16;
    const text = paragraphs([
      page(
        [
          { str: "本机关坚持依法公开，", x: 82, y: 700, width: 368, size },
          { str: "持续深化政务公开工作，", x: 50, y: 728, width: 400, size },
          { str: "- 1 -", x: 250, y: 800, width: 30, size: 12 },
        ],
        1,
      ),
      page(
        [
          { str: "不断提升工作质量。", x: 50, y: 80, width: 150, size },
          { str: "第 2 页", x: 250, y: 800, width: 40, size: 12 },
        ],
        2,
      ),
    ]);
    expect(text).toEqual(["本机关坚持依法公开，持续深化政务公开工作，不断提升工作质量。"]);
  });

  test("Latin words keep one space between them (also across a gap); spaces next to Chinese are layout", () => {
    const text = paragraphs([
      page([
        { str: "共 收到  申请 12 件，Email:", x: 50, y: 100, width: 200, size: 16 },
        { str: "info@example.cn", x: 280, y: 100, width: 100, size: 16 },
      ]),
    ]);
    expect(text).toEqual(["共收到申请12件，Email: info@example.cn"]);
  });
});

describe("a page that never finishes", () => {
  test("gives the file a message after the page time limit, naming the page; a page in time passes through", async () => {
    jest.useFakeTimers();
    try {
      const hung = withTimeout(new Promise<never>(() => undefined), 3, PAGE_TIME_LIMIT_MS);
      jest.advanceTimersByTime(PAGE_TIME_LIMIT_MS);
      await expect(hung).rejects.toThrow("PDF 第 3 页内容异常复杂，读取超时（超过 20 秒）");
      await expect(withTimeout(Promise.resolve("页"), 1, PAGE_TIME_LIMIT_MS)).resolves.toBe("页");
    } finally {
      jest.useRealTimers();
    }
  });
});

/**
 * The sheet index and the alignment behind every locator: a sheet indexes its cells under the
 * forms asked for so far, so a label first asked for after the sheet was read must still be
 * found; alignment reuses its arrays, so an alignment run inside another must not disturb it.
 */
import { align, type AlignRules } from "../../../src/core/locate/align";
import { SheetView, type Hit } from "../../../src/core/locate/sheet-view";
import type { CellValue } from "../../../src/core/types";

const view = (values: CellValue[][]): SheetView => new SheetView({ name: "S", values, originRow: 0, originCol: 0 });

test("a label first asked for after the sheet was read is found, as on a sheet read after", () => {
  const values: CellValue[][] = [
    ["甲乙丙丁索引测试标签", null, "（一）甲乙丙丁索引测试标签"],
    [null, "甲乙丙丁索引测试标签（备注）", 3],
  ];
  const before = view(values);
  // Fresh label lists: their forms were never numbered before this call.
  const asked = ["甲乙丙丁索引测试标签"];
  const found = before.find(asked);
  expect(found).toEqual([
    { row: 0, col: 0, score: 8 },
    { row: 0, col: 2, score: 4 },
    { row: 1, col: 1, score: 6 },
  ]);
  expect(view(values).find(["甲乙丙丁索引测试标签"])).toEqual(found);
  // An alias scores one less; a cell matched by both keeps its best score.
  expect(view(values).find(["戊己索引测试", "甲乙丙丁索引测试标签"])).toEqual(found.map((h) => ({ ...h, score: h.score - 1 })));
});

test("many matches of one label are merged in row-major order, best score per cell", () => {
  const values: CellValue[][] = [];
  for (let r = 0; r < 30; r++) values.push([`（${r % 2 ? "一" : "二"}）庚辛合并测试`, "庚辛合并测试", "庚辛合并测试（注）"]);
  const hits = view(values).find(["庚辛合并测试"]);
  expect(hits).toHaveLength(90);
  expect(hits.slice(0, 3)).toEqual([
    { row: 0, col: 0, score: 4 },
    { row: 0, col: 1, score: 8 },
    { row: 0, col: 2, score: 6 },
  ]);
  const order = hits.map((h) => h.row * 3 + h.col);
  expect(order).toEqual([...order].sort((a, b) => a - b));
});

test("an alignment run inside another's rules leaves the outer one's result intact", () => {
  const hit = (row: number, col: number): Hit => ({ row, col, score: 8 });
  const candidates = [[hit(0, 0)], [hit(1, 0), hit(5, 0)], [hit(2, 0)]];
  const plain: AlignRules<Hit> = { window: 3, follows: (_i, p, _j, n) => n.row > p.row, weight: () => 1, cost: (_i, p, _j, n) => (n.row - p.row) * 0.1 };
  const expected = align(candidates, plain);
  expect(expected).toEqual([hit(0, 0), hit(1, 0), hit(2, 0)]);
  const nested: AlignRules<Hit> = {
    ...plain,
    follows: (i, p, j, n) => {
      align([[hit(9, 9), hit(8, 8)], [hit(7, 7)], [hit(6, 6), hit(5, 5), hit(4, 4)]], plain);
      return plain.follows(i, p, j, n);
    },
  };
  expect(align(candidates, nested)).toEqual(expected);
});

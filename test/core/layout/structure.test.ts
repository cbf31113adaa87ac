/**
 * The tables are laid out as published: merged captions and headers, nested row labels, the
 * legacy table's indentation. Positions are found from the labels and the value cells, so the
 * assertions say how things relate ("spans the seven value columns"), not where they are.
 */
import { FORMATS } from "../../../src/core/formats";
import { dataColumns, dataRows } from "../../../src/core/formats/derive";
import { cellKey, type RowDef } from "../../../src/core/formats/model";
import { findOne, planFor, spanOf, styleOf, tableBox, textAt, valuePos, type Box } from "./plan-helpers";

const colsOf = (b: Box): [number, number] => [b.left, b.right];
const rowsOf = (b: Box): [number, number] => [b.top, b.bottom];

describe.each([
  { format: "national-2019" as const, year: 2020 },
  { format: "national-2021" as const, year: 2021 },
])("$format", ({ format, year }) => {
  const def = FORMATS[format];
  const plan = planFor(format, year);
  const tableDef = (id: string) => def.tables.find((t) => t.id === id)!;

  describe("Table A", () => {
    const a = tableDef("A");
    const box = tableBox(plan, "A");
    const first = dataRows(a.blocks[0])[0];
    // The label column is where the first row's label is; the value columns follow it.
    const labelCol = findOne(plan, first.label!, box).col;
    const valueCols = dataColumns(a.blocks[0]).map((c) => valuePos(plan, "A", cellKey(first.key, c.key)).col);

    test("four columns: 信息内容 and three value columns right after it", () => {
      expect(valueCols).toEqual([labelCol + 1, labelCol + 2, labelCol + 3]);
      expect([box.left, box.right]).toEqual([labelCol, labelCol + 3]);
    });

    test.each(a.blocks.map((b) => [b.caption!, b] as const))("%s: a caption merged across the table, a header row, data rows", (caption, block) => {
      const cap = findOne(plan, caption, box);
      expect(spanOf(plan, cap)).toEqual({ top: cap.row, bottom: cap.row, left: labelCol, right: labelCol + 3 });
      const header = { row: cap.row + 1, col: labelCol };
      expect(textAt(plan, header)).toBe("信息内容");
      const columns = dataColumns(block);
      dataRows(block).forEach((row, i) => {
        const r = cap.row + 2 + i;
        expect(textAt(plan, { row: r, col: labelCol })).toBe(row.label);
        columns.forEach((col, j) => {
          const v = valuePos(plan, "A", cellKey(row.key, col.key));
          expect(v.row).toBe(r);
          // The column's header is right above in the header row, over the same columns.
          const head = spanOf(plan, { row: header.row, col: v.col });
          expect(head.left).toBe(v.col);
          expect(colsOf(spanOf(plan, v))).toEqual(colsOf(head));
          if (columns.length === 1) expect(colsOf(head)).toEqual([labelCol + 1, labelCol + 3]);
          if (columns.length === 3) expect(colsOf(head)).toEqual([labelCol + 1 + j, labelCol + 1 + j]);
        });
      });
    });

    test("a block with fewer value columns lets its last span the rest (one column spans all three), value leftmost", () => {
      const narrow = a.blocks.filter((b) => dataColumns(b).length < 3);
      expect(narrow.length).toBeGreaterThan(0);
      for (const block of narrow) {
        const columns = dataColumns(block);
        const row = dataRows(block)[0];
        const last = valuePos(plan, "A", cellKey(row.key, columns[columns.length - 1].key));
        expect(last.col).toBe(labelCol + columns.length);
        expect(spanOf(plan, last)).toEqual({ top: last.row, bottom: last.row, left: labelCol + columns.length, right: labelCol + 3 });
      }
    });
  });

  describe("Table B", () => {
    const b = tableDef("B");
    const block = b.blocks[0];
    const box = tableBox(plan, "B");
    const key = (row: string, col: string) => valuePos(plan, "B", cellKey(row, col));
    const valueCols = dataColumns(block).map((c) => key("B1", c.key).col);
    const firstDataRow = key("B1", "natural").row;

    test("ten columns: three label columns, then the seven value columns", () => {
      expect(valueCols).toEqual([3, 4, 5, 6, 7, 8, 9].map((i) => box.left + i));
      expect(box.right).toBe(valueCols[6]);
    });

    test("the corner note spans the three label columns and the three header rows", () => {
      const corner = findOne(plan, b.corner!, box);
      expect(spanOf(plan, corner)).toEqual({ top: box.top, left: box.left, bottom: box.top + 2, right: box.left + 2 });
      expect(firstDataRow).toBe(box.top + 3);
    });

    test("header: 申请人情况 over all seven; 自然人 and 总计 two rows tall; 法人或其他组织 over its five", () => {
      const top = box.top;
      expect(spanOf(plan, findOne(plan, "申请人情况", box))).toEqual({ top, bottom: top, left: valueCols[0], right: valueCols[6] });
      expect(spanOf(plan, findOne(plan, "自然人", box))).toEqual({ top: top + 1, bottom: top + 2, left: valueCols[0], right: valueCols[0] });
      expect(spanOf(plan, findOne(plan, "法人或其他组织", box))).toEqual({ top: top + 1, bottom: top + 1, left: valueCols[1], right: valueCols[5] });
      expect(spanOf(plan, findOne(plan, "总计", box))).toEqual({ top: top + 1, bottom: top + 2, left: valueCols[6], right: valueCols[6] });
      ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].forEach((label, i) => {
        expect(spanOf(plan, findOne(plan, label, box))).toEqual({ top: top + 2, bottom: top + 2, left: valueCols[1 + i], right: valueCols[1 + i] });
      });
    });

    const label = (row: RowDef) => findOne(plan, row.label!, box);
    const rowOf = (key: string) => block.rows.find((r) => r.key === key)!;
    const dataRowsUnder = (parent: string): number[] => {
      const out: number[] = [];
      const walk = (p: string): void => {
        for (const r of block.rows.filter((x) => x.parent === p)) r.heading ? walk(r.key) : out.push(key(r.key, "natural").row);
      };
      walk(parent);
      return out;
    };

    test("一、二、四、 span the three label columns on their own row", () => {
      for (const k of ["B1", "B2", "B4"]) {
        const l = label(rowOf(k));
        expect(spanOf(plan, l)).toEqual({ top: key(k, "natural").row, bottom: key(k, "natural").row, left: box.left, right: box.left + 2 });
      }
    });

    test("三、本年度办理结果 stands in label column 1 beside every result row, （一） to （七）", () => {
      const l = spanOf(plan, label(rowOf("B3")));
      const rows = dataRowsUnder("B3");
      expect(colsOf(l)).toEqual([box.left, box.left]);
      expect(rowsOf(l)).toEqual([Math.min(...rows), Math.max(...rows)]);
      expect(rowsOf(l)).toEqual([key("B3.1", "natural").row, key("B3.7", "natural").row]);
    });

    test("（一）（二）（七） and single-row items span label columns 2–3", () => {
      const single = block.rows.filter((r) => r.parent === "B3" && !r.heading);
      expect(single.map((r) => r.key)).toEqual(format === "national-2019" ? ["B3.1", "B3.2", "B3.6", "B3.7"] : ["B3.1", "B3.2", "B3.7"]);
      for (const r of single) {
        const row = key(r.key, "natural").row;
        expect(spanOf(plan, label(r))).toEqual({ top: row, bottom: row, left: box.left + 1, right: box.left + 2 });
      }
    });

    test("（三）（四）（五）（六） stand in label column 2 beside their items, which are in column 3", () => {
      const groups = block.rows.filter((r) => r.parent === "B3" && r.heading);
      expect(groups.map((r) => r.label)).toEqual(
        format === "national-2019" ? ["（三）不予公开", "（四）无法提供", "（五）不予处理"] : ["（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"],
      );
      for (const g of groups) {
        const rows = dataRowsUnder(g.key);
        expect(spanOf(plan, label(g))).toEqual({ top: Math.min(...rows), bottom: Math.max(...rows), left: box.left + 1, right: box.left + 1 });
        for (const item of block.rows.filter((r) => r.parent === g.key)) {
          const l = label(item);
          expect(spanOf(plan, l)).toEqual({ top: l.row, bottom: l.row, left: box.left + 2, right: box.left + 2 });
          expect(l.row).toBe(key(item.key, "natural").row);
        }
      }
    });
  });

  describe("Table C", () => {
    const box = tableBox(plan, "C");
    const cols = dataColumns(tableDef("C").blocks[0]).map((c) => valuePos(plan, "C", cellKey("C1", c.key)));
    const top = box.top;

    test("fifteen value cells in one row right under the three header rows", () => {
      expect(cols).toHaveLength(15);
      expect(new Set(cols.map((c) => c.row))).toEqual(new Set([top + 3]));
      expect(cols.map((c) => c.col)).toEqual(cols.map((_, i) => box.left + i));
      expect(box.bottom).toBe(top + 3);
    });

    test("行政复议 over five columns, 行政诉讼 over ten, 未经复议直接起诉 and 复议后起诉 over five each", () => {
      expect(spanOf(plan, findOne(plan, "行政复议", box))).toEqual({ top, bottom: top, left: box.left, right: box.left + 4 });
      expect(spanOf(plan, findOne(plan, "行政诉讼", box))).toEqual({ top, bottom: top, left: box.left + 5, right: box.left + 14 });
      expect(spanOf(plan, findOne(plan, "未经复议直接起诉", box))).toEqual({ top: top + 1, bottom: top + 1, left: box.left + 5, right: box.left + 9 });
      expect(spanOf(plan, findOne(plan, "复议后起诉", box))).toEqual({ top: top + 1, bottom: top + 1, left: box.left + 10, right: box.left + 14 });
    });

    test("the outcomes: two rows tall under 行政复议, one row under each 诉讼 group", () => {
      const outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
      outcomes.forEach((label, i) => {
        const review = { row: top + 1, col: box.left + i };
        expect(textAt(plan, review)).toBe(label);
        expect(spanOf(plan, review)).toEqual({ top: top + 1, bottom: top + 2, left: review.col, right: review.col });
        for (const start of [5, 10]) {
          const p = { row: top + 2, col: box.left + start + i };
          expect(textAt(plan, p)).toBe(label);
          expect(spanOf(plan, p)).toEqual({ top: p.row, bottom: p.row, left: p.col, right: p.col });
        }
      });
    });
  });

  test("the sheet is as wide as Table C; tables A and B use its left part", () => {
    const c = tableBox(plan, "C");
    expect(plan.columnCount).toBe(c.right + 1);
    expect(tableBox(plan, "B").right).toBeLessThan(c.right);
    expect(tableBox(plan, "A").right).toBeLessThan(c.right);
  });

  test("the title and its second line are merged across the sheet", () => {
    expect(spanOf(plan, { row: 0, col: 0 })).toEqual({ top: 0, bottom: 0, left: 0, right: plan.columnCount - 1 });
    expect(spanOf(plan, { row: 1, col: 0 })).toEqual({ top: 1, bottom: 1, left: 0, right: plan.columnCount - 1 });
    expect(styleOf(plan, { row: 0, col: 0 })?.style).toMatchObject({ bold: true, horizontal: "center" });
  });
});

describe("legacy-2014", () => {
  const def = FORMATS["legacy-2014"];
  const plan = planFor("legacy-2014", 2017);
  const block = def.tables[0].blocks[0];
  const box = tableBox(plan, "L");
  const depth = (r: RowDef): number => (r.parent ? 1 + depth(block.rows.find((x) => x.key === r.parent)!) : 0);

  test("three columns headed 统　计　指　标 | 单位 | 统计数", () => {
    expect([0, 1, 2].map((i) => textAt(plan, { row: box.top, col: box.left + i }))).toEqual(["统　计　指　标", "单位", "统计数"]);
    expect(box.right - box.left).toBe(2);
  });

  test("one row per format row, in order, with its unit; heading rows without unit or value", () => {
    block.rows.forEach((r, i) => {
      const row = box.top + 1 + i;
      expect(textAt(plan, { row, col: box.left })).toBe(r.label);
      if (r.heading) {
        expect(textAt(plan, { row, col: box.left + 1 })).toBeNull();
        expect(plan.tables[0].cells[cellKey(r.key, "value")]).toBeUndefined();
      } else {
        expect(textAt(plan, { row, col: box.left + 1 })).toBe(r.unit);
        expect(valuePos(plan, "L", cellKey(r.key, "value"))).toEqual({ row, col: box.left + 2 });
      }
    });
    expect(box.bottom).toBe(box.top + block.rows.length);
  });

  test("headings and top-level indicators are bold; other indicators are not", () => {
    block.rows.forEach((r, i) => {
      const style = styleOf(plan, { row: box.top + 1 + i, col: box.left })!.style;
      expect({ key: r.key, bold: style.bold }).toEqual({ key: r.key, bold: r.heading === true || depth(r) === 0 });
    });
  });

  test("indentation follows the hierarchy: a child is indented further than its parent", () => {
    const indent = (r: RowDef): number => styleOf(plan, { row: box.top + 1 + block.rows.indexOf(r), col: box.left })!.style.indent;
    for (const r of block.rows) {
      if (!r.parent) {
        expect(indent(r)).toBe(0);
        continue;
      }
      const parent = block.rows.find((x) => x.key === r.parent)!;
      expect({ key: r.key, deeper: indent(r) > indent(parent) }).toEqual({ key: r.key, deeper: true });
    }
  });

  test("no merged cells inside the table", () => {
    for (let row = box.top; row <= box.bottom; row++) {
      for (let col = box.left; col <= box.right; col++) {
        expect(spanOf(plan, { row, col })).toEqual({ top: row, bottom: row, left: col, right: col });
      }
    }
  });
});

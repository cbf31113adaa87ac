/**
 * The legacy 政府信息公开工作情况统计表 (report years up to 2018): one table of 统计指标 | 单位 |
 * 统计数, a row per indicator, indented by hierarchy; heading rows bold with neither unit nor
 * value. It is narrow, so it prints portrait, its header repeated on every page.
 */
import { cellKey, type FormatDef, type RowDef } from "../formats/model";
import { SheetBuilder } from "./builder";
import { placeSignature, type Draft } from "./draft";
import { rect } from "./rects";
import { labelStyle } from "./styles";
import { subtitleText, titleText } from "./titles";

/** 统计指标 as wide as a portrait A4 page allows, so most indicators take one line. */
const WIDTHS = [78, 7, 12];

function depth(rows: readonly RowDef[], row: RowDef): number {
  let d = 0;
  let parent = row.parent;
  while (parent !== undefined) {
    d += 1;
    parent = rows.find((r) => r.key === parent)?.parent;
  }
  return d;
}

export function layoutLegacy(format: FormatDef, year: number, agency: string): Draft {
  const table = format.tables[0];
  const block = table.blocks[0];
  const value = block.columns[0];
  const b = new SheetBuilder(WIDTHS.length);
  const last = WIDTHS.length - 1;

  b.text(rect(0, 0, 0, last), titleText(format, year, agency), "title");
  b.text(rect(1, 0, 1, last), subtitleText(format, year), "subtitle");
  const headerRow = 2;
  b.text(rect(headerRow, 0), block.labelHeader ?? "", "header");
  b.text(rect(headerRow, 1), block.unitHeader ?? "", "header");
  b.text(rect(headerRow, 2), value.label, "header");

  // A page may break before a numbered indicator (`一、` `（一）` `1.`), but never right under a
  // heading, nor before a `其中` item or a reason listed under its indicator.
  const keep: Array<[number, number]> = [];
  let row = headerRow + 1;
  let previous: RowDef | undefined;
  for (const r of block.rows) {
    const d = depth(block.rows, r);
    if (keep.length === 0) keep.push([0, row]);
    else if (d <= 2 && r.role !== "subset" && !previous?.heading) keep.push([row, row]);
    keep[keep.length - 1][1] = row;
    previous = r;
    b.text(rect(row, 0), r.label ?? "", labelStyle(d, r.heading === true || d === 0));
    if (r.heading) {
      b.blank(rect(row, 1, row, 2), "value");
    } else {
      if (r.unit) b.text(rect(row, 1), r.unit, "labelCenter");
      else b.blank(rect(row, 1), "labelCenter");
      b.value(rect(row, 2), table.id, cellKey(r.key, value.key), value.kind ?? r.kind ?? "count");
    }
    row += 1;
  }
  const tableRange = rect(headerRow, 0, row - 1, last);
  const end = placeSignature(b, row, WIDTHS);
  keep[keep.length - 1][1] = end;

  return {
    builder: b,
    baseWidths: [...WIDTHS],
    keepTogether: keep,
    freezeRows: headerRow + 1,
    titleRows: [headerRow, headerRow],
    tables: [{ def: table, range: tableRange }],
  };
}

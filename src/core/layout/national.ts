/**
 * The 2019 (试行) and 2021 formats: tables A, B and C on one sheet, each under its section
 * heading, as they appear in the published report.
 *
 * One rule places all three: row labels in columns A–C, values from column D on, every value
 * column of one width. Table B fills the label columns (三、 | （三） | 1.…, the last wide enough
 * for its long reasons); Table A's labels share the wide column C; Table C has no row labels and
 * runs its fifteen columns from D. Labels sit right beside their values, as a table typed by hand
 * does, so the locator reads our sheets like any other.
 */
import { dataColumns } from "../formats/derive";
import type { FormatDef, TableDef } from "../formats/model";
import { SheetBuilder } from "./builder";
import { placeSignature, SPACER_HEIGHT, type Draft } from "./draft";
import { rect, type Rect } from "./rects";
import { placeTableA, type TableAColumns } from "./table-a";
import { placeTableB } from "./table-b";
import { placeTableC } from "./table-c";
import { subtitleText, titleText } from "./titles";

/** Sheet columns of Table B's label levels: 三、 | （三） | 1.… */
const B_LABEL_LEVELS: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [1, 1],
  [2, 2],
];
const FIRST_VALUE = 3;

/** Table A: the label in the wide column, the three value columns after it. */
const A_COLUMNS: TableAColumns = {
  label: [2, 2],
  slots: [
    [3, 3],
    [4, 4],
    [5, 5],
  ],
};

/**
 * Label widths: `三、本年度办理结果` in three lines, `（三）不予公开` in two, the reasons of
 * （三）–（六） in one to three. Value columns hold `结果维持` and a number on one line.
 */
const LABEL_WIDTHS = [7, 10, 30];
const VALUE_WIDTH = 9;

function table(format: FormatDef, id: string): TableDef {
  const t = format.tables.find((x) => x.id === id);
  if (!t) throw new Error(`layout: format ${format.id} has no table ${id}`);
  return t;
}

export function layoutNational(format: FormatDef, year: number, agency: string): Draft {
  const a = table(format, "A");
  const bTable = table(format, "B");
  const c = table(format, "C");
  const columnCount = FIRST_VALUE + Math.max(dataColumns(c.blocks[0]).length, dataColumns(bTable.blocks[0]).length);
  const widths = Array.from({ length: columnCount }, (_, i) => LABEL_WIDTHS[i] ?? VALUE_WIDTH);
  const b = new SheetBuilder(columnCount);
  const last = columnCount - 1;

  b.text(rect(0, 0, 0, last), titleText(format, year, agency), "title");
  b.text(rect(1, 0, 1, last), subtitleText(format, year), "subtitle");
  b.spacer(2, SPACER_HEIGHT);

  const tables: Draft["tables"] = [];
  const keep: Array<[number, number]> = [];
  const section = (t: TableDef, row: number): number => {
    b.text(rect(row, 0), t.title, "section");
    return row + 1;
  };

  const aRange = placeTableA(b, a, section(a, 3), A_COLUMNS);
  tables.push({ def: a, range: aRange });
  b.spacer(aRange.bottom + 1, SPACER_HEIGHT);
  keep.push([0, aRange.bottom + 1]);

  const bStart = aRange.bottom + 2;
  const bRange: Rect = placeTableB(b, bTable, section(bTable, bStart), B_LABEL_LEVELS);
  tables.push({ def: bTable, range: bRange });
  b.spacer(bRange.bottom + 1, SPACER_HEIGHT);
  keep.push([bStart, bRange.bottom + 1]);

  const cStart = bRange.bottom + 2;
  const cRange = placeTableC(b, c, section(c, cStart), FIRST_VALUE);
  tables.push({ def: c, range: cRange });
  const end = placeSignature(b, cRange.bottom + 1, widths);
  keep.push([cStart, end]);

  return { builder: b, baseWidths: widths, keepTogether: keep, freezeRows: 2, titleRows: null, tables };
}

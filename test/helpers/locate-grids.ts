/**
 * Grids of the published table layouts, built in code, with knobs for what real workbooks vary:
 * how merged cells read (null from the command line, "" from Excel, the text repeated where
 * someone unmerged), label variants, deleted rows or columns, an extra column, placement on
 * the sheet. Each builder also says where it put every value cell and what it wrote there, so
 * a test can compare the locator's answer with the truth.
 */
import { FORMATS } from "../../src/core/formats";
import { cellKey, type BlockDef, type CellKey, type ColumnDef, type TableDef, type TableId } from "../../src/core/formats/model";
import type { CellPos, CellValue, SheetGrid } from "../../src/core/types";

/** How the non-top-left cells of a merged area read. */
export type MergeStyle = "null" | "empty" | "repeat";

/** A built table: its cells (local, row 0 = its first row) and where its value cells are. */
export interface Built {
  rows: CellValue[][];
  cells: Record<CellKey, CellPos>;
  values: Record<CellKey, CellValue>;
}

class Canvas {
  readonly rows: CellValue[][] = [];
  readonly cells: Record<CellKey, CellPos> = {};
  readonly values: Record<CellKey, CellValue> = {};
  constructor(private readonly merge: MergeStyle) {}

  set(row: number, col: number, value: CellValue): void {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row];
    while (r.length <= col) r.push(null);
    r[col] = value;
  }

  /** A merged area holding `text` in its top-left cell. */
  area(row: number, col: number, height: number, width: number, text: string): void {
    for (let r = row; r < row + height; r++)
      for (let c = col; c < col + width; c++) {
        if (r === row && c === col) this.set(r, c, text);
        else this.set(r, c, this.merge === "repeat" ? text : this.merge === "empty" ? "" : null);
      }
  }

  value(key: CellKey, row: number, col: number, value: CellValue, width = 1): void {
    this.cells[key] = { row, col };
    this.values[key] = value;
    if (width > 1) {
      // A value merged across several columns (2021 Table A): the value sits in the leftmost cell.
      for (let c = col + 1; c < col + width; c++) this.set(row, c, this.merge === "repeat" ? value : this.merge === "empty" ? "" : null);
    }
    this.set(row, col, value);
  }

  built(): Built {
    const width = Math.max(0, ...this.rows.map((r) => r.length));
    return {
      rows: this.rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(this.merge === "empty" ? "" : null)]),
      cells: this.cells,
      values: this.values,
    };
  }
}

/** Options every builder takes. */
export interface CommonOptions {
  merge?: MergeStyle;
  /** Replacement labels by row key, column key (`A1.issued` for Table A), or `caption:A1`. */
  labels?: Readonly<Record<string, string>>;
  /** Row keys whose rows are left out. */
  omitRows?: readonly string[];
  /** Column keys (Table A: `A1.issued`) whose headers are left blank (their values stay). */
  blankHeaders?: readonly string[];
  /** The value written in each value cell; default: 1, 2, 3… in table order. */
  value?: (key: CellKey, index: number) => CellValue;
  /** A title row above the table. */
  title?: string;
}

function tableDef(format: keyof typeof FORMATS, id: TableId): TableDef {
  const def = FORMATS[format].tables.find((t) => t.id === id);
  if (!def) throw new Error(`no table ${id}`);
  return def;
}

const valueOf = (opts: CommonOptions) => {
  let i = 0;
  return (key: CellKey): CellValue => (opts.value ? opts.value(key, i++) : ++i);
};
const labelOf = (opts: CommonOptions, key: string, official: string): string => opts.labels?.[key] ?? official;

/** The legacy table: optional title, header `统　计　指　标 | 单位 | 统计数`, one row per format row. */
export function legacyTable(opts: CommonOptions & { units?: Readonly<Record<string, string>>; header?: boolean } = {}): Built {
  const canvas = new Canvas(opts.merge ?? "null");
  const block = tableDef("legacy-2014", "L").blocks[0];
  const next = valueOf(opts);
  let row = 0;
  if (opts.title) canvas.area(row++, 0, 1, 3, opts.title);
  if (opts.header !== false) {
    canvas.set(row, 0, labelOf(opts, "labelHeader", block.labelHeader ?? ""));
    canvas.set(row, 1, labelOf(opts, "unitHeader", block.unitHeader ?? ""));
    canvas.set(row, 2, labelOf(opts, "value", block.columns[0].label));
    row++;
  }
  for (const r of block.rows) {
    if (opts.omitRows?.includes(r.key)) continue;
    canvas.set(row, 0, labelOf(opts, r.key, r.label ?? ""));
    if (r.heading) {
      canvas.set(row, 1, "");
      canvas.set(row, 2, "");
    } else {
      canvas.set(row, 1, opts.units?.[r.key] ?? r.unit ?? "");
      const key = cellKey(r.key, "value");
      canvas.value(key, row, 2, next(key));
    }
    row++;
  }
  return canvas.built();
}

/** Table A: per block a caption row across all columns, a header row, data rows. */
export function tableA(version: 2019 | 2021, opts: CommonOptions & { captions?: boolean; omitColumns?: readonly string[] } = {}): Built {
  const canvas = new Canvas(opts.merge ?? "null");
  const def = tableDef(version === 2019 ? "national-2019" : "national-2021", "A");
  const width = Math.max(...def.blocks.map((b) => b.columns.length));
  const next = valueOf(opts);
  let row = 0;
  if (opts.title) canvas.area(row++, 0, 1, width + 1, opts.title);
  for (const block of def.blocks) {
    if (opts.captions !== false && block.caption) canvas.area(row++, 0, 1, width + 1, labelOf(opts, `caption:${block.key}`, block.caption));
    const columns = block.columns.filter((c) => !opts.omitColumns?.includes(`${block.key}.${c.key}`));
    // A block with one column has it merged across all value columns (2021 （五）（六）（八）).
    const span = columns.length === 1 ? width : 1;
    canvas.set(row, 0, labelOf(opts, `header:${block.key}`, block.labelHeader ?? ""));
    columns.forEach((c, i) => {
      const id = `${block.key}.${c.key}`;
      canvas.area(row, 1 + i, 1, span, opts.blankHeaders?.includes(id) ? "" : labelOf(opts, id, c.label));
    });
    row++;
    for (const r of block.rows) {
      if (opts.omitRows?.includes(r.key)) continue;
      canvas.set(row, 0, labelOf(opts, r.key, r.label ?? ""));
      columns.forEach((c, i) => {
        const key = cellKey(r.key, c.key);
        canvas.value(key, row, 1 + i, next(key), span);
      });
      for (let c = 1 + columns.length * span; c <= width; c++) canvas.set(row, c, null);
      row++;
    }
  }
  return canvas.built();
}

export interface TableBOptions extends CommonOptions {
  /** Put every label in one column (hand-typed copies) instead of the published three. */
  oneLabelColumn?: boolean;
  /** Insert the unofficial `法人或其他组织小计` column after `其他`. */
  subtotal?: boolean;
}

/** The column layout of Table B: value column offsets after the label columns. */
function tableBColumns(subtotal: boolean): Array<{ key: string | null; label: string }> {
  const cols: Array<{ key: string | null; label: string }> = [
    { key: "natural", label: "自然人" },
    { key: "business", label: "商业企业" },
    { key: "research", label: "科研机构" },
    { key: "nonprofit", label: "社会公益组织" },
    { key: "legal", label: "法律服务机构" },
    { key: "other", label: "其他" },
  ];
  if (subtotal) cols.push({ key: null, label: "法人或其他组织小计" });
  cols.push({ key: "total", label: "总计" });
  return cols;
}

/** Table B as published: corner 3×3, header rows, labels in three columns with their merges. */
export function tableB(version: 2019 | 2021, opts: TableBOptions = {}): Built {
  const canvas = new Canvas(opts.merge ?? "null");
  const def = tableDef(version === 2019 ? "national-2019" : "national-2021", "B");
  const block = def.blocks[0];
  const labelCols = opts.oneLabelColumn ? 1 : 3;
  const cols = tableBColumns(opts.subtotal ?? false);
  const legalSpan = cols.length - 2;
  const blank = (id: string): boolean => opts.blankHeaders?.includes(id) ?? false;
  const head = (id: string, official: string): string => (blank(id) ? "" : labelOf(opts, id, official));
  const next = valueOf(opts);
  let row = 0;
  if (opts.title) canvas.area(row++, 0, 1, labelCols + cols.length, opts.title);
  const h = row;
  canvas.area(h, 0, 3, labelCols, labelOf(opts, "corner", def.corner ?? ""));
  canvas.area(h, labelCols, 1, cols.length, head("applicant", "申请人情况"));
  canvas.area(h + 1, labelCols, 2, 1, head("natural", "自然人"));
  canvas.area(h + 1, labelCols + 1, 1, legalSpan, head("legalPerson", "法人或其他组织"));
  canvas.area(h + 1, labelCols + cols.length - 1, 2, 1, head("total", labelOf(opts, "total", "总计")));
  cols.slice(1, -1).forEach((c, i) => canvas.set(h + 2, labelCols + 1 + i, c.key ? head(c.key, c.label) : c.label));
  row = h + 3;

  const rows = block.rows.filter((r) => !opts.omitRows?.includes(r.key));
  const valueRow = (r: (typeof rows)[number]): void => {
    cols.forEach((c, i) => {
      if (!c.key) {
        canvas.set(row, labelCols + i, 0);
        return;
      }
      const key = cellKey(r.key, c.key);
      canvas.value(key, row, labelCols + i, next(key));
    });
  };
  if (opts.oneLabelColumn) {
    for (const r of rows) {
      canvas.set(row, 0, labelOf(opts, r.key, r.label ?? ""));
      if (!r.heading) valueRow(r);
      row++;
    }
    return canvas.built();
  }
  // Published merges: top-level rows across the 3 label columns; 三、 down column 1 over its
  // rows; （一）（二）（七） across columns 2–3; （三）…（六） down column 2 over their sub-items.
  const childrenOf = (key: string) => rows.filter((r) => r.parent === key);
  const dataUnder = (key: string): number => childrenOf(key).reduce((n, r) => n + (r.heading ? dataUnder(r.key) : 1), 0);
  for (const r of rows) {
    const label = labelOf(opts, r.key, r.label ?? "");
    if (!r.parent && !r.heading) {
      canvas.area(row, 0, 1, 3, label);
      valueRow(r);
      row++;
    } else if (!r.parent && r.heading) {
      canvas.area(row, 0, Math.max(1, dataUnder(r.key)), 1, label);
    } else if (r.heading) {
      canvas.area(row, 1, Math.max(1, dataUnder(r.key)), 1, label);
    } else {
      const parent = rows.find((p) => p.key === r.parent);
      const nested = parent !== undefined && parent.parent !== undefined;
      if (nested) canvas.set(row, 2, label);
      else canvas.area(row, 1, 1, 2, label);
      valueRow(r);
      row++;
    }
  }
  return canvas.built();
}

/** Table C: 3 header rows and one data row; optionally a label column on the left. */
export function tableC(opts: CommonOptions & { labelColumn?: string } = {}): Built {
  const canvas = new Canvas(opts.merge ?? "null");
  const block: BlockDef = tableDef("national-2021", "C").blocks[0];
  const x = opts.labelColumn !== undefined ? 1 : 0;
  const next = valueOf(opts);
  const blank = (id: string): boolean => opts.blankHeaders?.includes(id) ?? false;
  const head = (c: ColumnDef): string => (blank(c.key) ? "" : labelOf(opts, c.key, c.label));
  const col = (key: string): ColumnDef => block.columns.find((c) => c.key === key) as ColumnDef;
  let row = 0;
  if (opts.title) canvas.area(row++, 0, 1, 15 + x, opts.title);
  const h = row;
  if (x) canvas.area(h, 0, 3, 1, "");
  canvas.area(h, x, 1, 5, head(col("review")));
  canvas.area(h, x + 5, 1, 10, head(col("litigation")));
  const outcomes = ["upheld", "corrected", "other", "pending", "total"];
  outcomes.forEach((o, i) => canvas.area(h + 1, x + i, 2, 1, head(col(`review.${o}`))));
  canvas.area(h + 1, x + 5, 1, 5, head(col("direct")));
  canvas.area(h + 1, x + 10, 1, 5, head(col("afterReview")));
  outcomes.forEach((o, i) => {
    canvas.set(h + 2, x + 5 + i, head(col(`direct.${o}`)));
    canvas.set(h + 2, x + 10 + i, head(col(`afterReview.${o}`)));
  });
  const data = h + 3;
  if (x) canvas.set(data, 0, opts.labelColumn ?? "");
  for (const [i, group] of ["review", "direct", "afterReview"].entries())
    outcomes.forEach((o, j) => {
      const key = cellKey("C1", `${group}.${o}`);
      canvas.value(key, data, x + i * 5 + j, next(key));
    });
  return canvas.built();
}

/** Lines of text, one cell each, in the first column (titles, prose). */
export function text(...lines: CellValue[]): Built {
  return { rows: lines.map((l) => [l]), cells: {}, values: {} };
}

/** A sheet made of parts placed at (row, col); `cells[i]` are part i's value cells on the sheet. */
export function sheet(
  name: string,
  parts: ReadonlyArray<{ at: [number, number]; table: Built }>,
  origin: { row: number; col: number } = { row: 0, col: 0 },
): { grid: SheetGrid; cells: Array<Record<CellKey, CellPos>>; values: Array<Record<CellKey, CellValue>> } {
  const values: CellValue[][] = [];
  const put = (r: number, c: number, v: CellValue): void => {
    while (values.length <= r) values.push([]);
    const line = values[r];
    while (line.length <= c) line.push(null);
    line[c] = v;
  };
  for (const { at, table } of parts) table.rows.forEach((line, r) => line.forEach((v, c) => v !== null && put(at[0] + r, at[1] + c, v)));
  const width = Math.max(0, ...values.map((r) => r.length));
  for (const line of values) while (line.length < width) line.push(null);
  const cells = parts.map(({ at, table }) => {
    const out: Record<CellKey, CellPos> = {};
    for (const [k, p] of Object.entries(table.cells)) out[k] = { row: origin.row + at[0] + p.row, col: origin.col + at[1] + p.col };
    return out;
  });
  return { grid: { name, values, originRow: origin.row, originCol: origin.col }, cells, values: parts.map((p) => p.table.values) };
}

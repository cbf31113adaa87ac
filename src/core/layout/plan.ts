/**
 * The sheet plan: everything a host needs to insert a format's statistics tables as a new sheet,
 * as plain JSON-serialisable data with A1 references. Excel (Office.js), the browser preview and
 * the command line (exceljs) all apply the same plan, so what the user gets is decided here once.
 *
 * Cells that share a look are listed together as ranges (`styles`, `numberFormats`,
 * `validations`), so a host applies the plan with one call per group, not one per cell.
 */
import type { CellKey, FormatId, TableId, ValueKind } from "../formats/model";

/** An A1 cell or rectangle on the plan's sheet: `D9`, `A5:J33`. Never a whole row or column. */
export type A1Range = string;

/** Ids of the few cell looks a plan uses (see `styles.ts`). */
export type StyleId =
  "title" | "subtitle" | "section" | "header" | "note" | "labelCenter" | "label" | "label1" | "label2" | "label3" | "labelBold" | "labelBold1" | "value" | "footer";

/** How a cell looks. The font name is the plan's `fontName`, the same for every cell. */
export interface CellStyle {
  /** Font size in points. */
  size: number;
  bold: boolean;
  horizontal: "left" | "center" | "right";
  vertical: "top" | "middle" | "bottom";
  /** Wrap text within the cell (or merged area). */
  wrap: boolean;
  /** Indent level, Excel's 缩进 (each level about one character wide); 0 for none. */
  indent: number;
  /** A thin black border on every edge of every cell of the range (table cells), or none. */
  border: boolean;
  /** Background colour `#RRGGBB`, or null for none. */
  fill: string | null;
}

/** One look and every rectangle that has it. Every cell of the grid is in at most one group. */
export interface StyleGroup {
  id: StyleId;
  style: CellStyle;
  ranges: A1Range[];
}

/** A number format (Excel's format code) and the value cells that use it. */
export interface NumberFormatGroup {
  kind: ValueKind;
  /** `0` for counts, `0.00` for 万元, `+0;-0;0` for 本年增/减. */
  format: string;
  ranges: A1Range[];
}

/**
 * Data validation of value cells: what may be typed, with a Chinese prompt shown on selecting a
 * cell and a Chinese error shown when the entry is refused. Blanks are allowed (an unfilled cell
 * is reported by the checker, not blocked while typing). Pasted values bypass validation in
 * Excel: it is a guard, the checker is the judge.
 */
export interface ValidationGroup {
  kind: ValueKind;
  /** Excel's 整数 (whole) or 小数 (decimal). */
  type: "whole" | "decimal";
  /** Smallest value allowed. */
  min: number;
  /** Largest value allowed, or null for no upper bound (then the rule is "≥ min"). */
  max: number | null;
  /** Title and text of the input prompt (Excel: at most 32 and 255 characters). */
  promptTitle: string;
  prompt: string;
  /** Title and text of the refusal (Excel: at most 32 and 225 characters). */
  errorTitle: string;
  error: string;
  ranges: A1Range[];
}

/**
 * A conditional format made at insertion: it marks a total that disagrees with its parts, so the
 * workbook shows the problem even where the add-in is not installed.
 */
export interface ConditionalFormatPlan {
  /** The rule it shows (`B-R2`, `L-sum-L3.1`, `C-review-total`). */
  rule: string;
  /** `error`: arithmetic that cannot be true; `warning`: usually wrong, to be checked. */
  severity: "error" | "warning";
  /** Which table of the format the marked cells belong to. */
  table: TableId;
  /** The marked cells: the totals of one or more rules of the same shape, one rectangle. */
  range: A1Range;
  /**
   * An Excel formula without the leading `=`, written for the top-left cell of `range`; its
   * relative references move with each cell of the range, as Excel stores such rules. E.g.
   * `AND(COUNT(D9:D30)>0,D31<>SUM(D9:D30))`: marked once any part is filled and the total
   * differs from their sum (a blank total counts as 0, so a missing total is marked too).
   */
  formula: string;
  /** Background and font colour of a marked cell, `#RRGGBB`. */
  fill: string;
  fontColor: string;
}

/** One table of the format on the sheet. */
export interface PlanTable {
  id: TableId;
  /** The table's title as the format names it (`三、收到和处理政府信息公开申请情况`). */
  title: string;
  /** The rectangle of the table: headers, labels and values (not the section heading above it). */
  range: A1Range;
  /** Every value cell: `cellKey(row, column)` → its A1 address (top-left cell when merged). */
  cells: Record<CellKey, string>;
}

/** Page setup: A4, one page wide, each table kept on one page where it fits. */
export interface PrintPlan {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Fit to one page wide; height automatic (Excel's "1 页宽 × 自动 页高"). */
  fitToWidth: 1;
  fitToHeight: 0;
  /** The scale the layout expects fit-to-width to give, in per cent (for page breaks). */
  expectedScale: number;
  /** Margins in inches (Excel's unit). */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  horizontalCentered: boolean;
  printArea: A1Range;
  /** Rows repeated at the top of every printed page (`3:3`), or null. */
  titleRows: string | null;
  /** 1-based rows that start a new printed page (manual page breaks above them). */
  pageBreaksBefore: number[];
  /** Centre footer with Excel's codes: `&P` page number, `&N` page count. */
  footer: string;
}

export interface SheetPlan {
  format: FormatId;
  year: number;
  agency: string;
  /** The sheet's name (`2025年度统计表`); a host adds a suffix when the name is taken. */
  name: string;
  /** One font for the whole sheet. */
  fontName: string;
  /** Size of the grid from A1. */
  rowCount: number;
  columnCount: number;
  /**
   * Every cell's text, row by row from A1 (`rowCount` rows of `columnCount`); null for empty
   * cells, among them every value cell and every cell a merge covers but its top-left one.
   */
  values: (string | null)[][];
  styles: StyleGroup[];
  /**
   * Merged rectangles; the text of each is in its top-left cell. Every cell of a merge already
   * has its look in `styles` (borders included), so a host may merge after styling.
   */
  merges: A1Range[];
  /** Column widths in Excel's width unit (characters of `0` in the default font), from column A. */
  columnWidths: number[];
  /** Row heights in points, from row 1; rows beyond the list fit their content (hosts autofit them). */
  rowHeights: number[];
  numberFormats: NumberFormatGroup[];
  validations: ValidationGroup[];
  conditionalFormats: ConditionalFormatPlan[];
  /** Rows frozen at the top (title, and the column header where one header serves the sheet). */
  freezeRows: number;
  print: PrintPlan;
  tables: PlanTable[];
}

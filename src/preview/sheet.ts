/**
 * One worksheet of the preview workbook: cell values, looks, merges, sizes and conditional
 * formats. Pure data with no DOM, so the grid's behaviour is tested without a browser.
 */
import type { CellStyle, ConditionalFormatPlan, ValidationGroup } from "../core/layout";
import type { CellPos, CellValue, SheetGrid } from "../core/types";
import { compileFormats, markedCells, type Mark } from "./conditional";
import { MergeIndex } from "./merges";

/** Excel's default column width (characters) and row height (points). */
export const DEFAULT_WIDTH = 8.43;
export const DEFAULT_HEIGHT = 14.25;

/** How a cell looks and what it expects, beside its value. */
export interface CellFormat {
  style?: CellStyle;
  /** Excel's number format code (`0`, `0.00`); General when absent. */
  numberFormat?: string;
  /** The prompt Excel shows on selecting a validated cell. */
  validation?: Pick<ValidationGroup, "promptTitle" | "prompt">;
}

interface Cell {
  value: CellValue;
  /** Text entered with a leading apostrophe (Excel's prefix character). */
  quoted: boolean;
}

const key = (row: number, col: number): string => `${row},${col}`;

const isBlank = (v: CellValue): boolean => v === null || v === "";

export class Sheet {
  private readonly cells = new Map<string, Cell>();
  private readonly formats = new Map<string, CellFormat>();
  private conditional: ReturnType<typeof compileFormats> = [];
  readonly merges = new MergeIndex();
  /** Column widths in Excel's unit, from column A; missing columns have the default width. */
  columnWidths: number[] = [];
  /** Row heights in points, from row 1; missing rows have the default height. */
  rowHeights: number[] = [];
  fontName: string | null = null;
  freezeRows = 0;

  constructor(public name: string) {}

  value(pos: CellPos): CellValue {
    return this.cells.get(key(pos.row, pos.col))?.value ?? null;
  }

  isQuoted(pos: CellPos): boolean {
    return this.cells.get(key(pos.row, pos.col))?.quoted ?? false;
  }

  /** Store a value; null or "" empties the cell. */
  setValue(pos: CellPos, value: CellValue, quoted = false): void {
    if (isBlank(value)) this.cells.delete(key(pos.row, pos.col));
    else this.cells.set(key(pos.row, pos.col), { value, quoted });
  }

  format(pos: CellPos): CellFormat | undefined {
    return this.formats.get(key(pos.row, pos.col));
  }

  /** Merge `patch` into a cell's format. */
  setFormat(pos: CellPos, patch: CellFormat): void {
    const k = key(pos.row, pos.col);
    this.formats.set(k, { ...this.formats.get(k), ...patch });
  }

  setConditionalFormats(plans: readonly ConditionalFormatPlan[]): void {
    this.conditional = compileFormats(plans);
  }

  /** The cells the conditional formats mark now. */
  marks(): Map<string, Mark> {
    return markedCells(this.conditional, (row, col) => this.value({ row, col }));
  }

  columnWidth(col: number): number {
    return this.columnWidths[col] ?? DEFAULT_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights[row] ?? DEFAULT_HEIGHT;
  }

  /**
   * The used range, as Excel's `getUsedRange()`: the smallest rectangle holding every cell with a
   * value or a format (merges included), or null for a sheet with neither.
   */
  usedRange(): { top: number; left: number; bottom: number; right: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (k: string): void => {
      const [row, col] = k.split(",").map(Number);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    };
    for (const k of this.cells.keys()) take(k);
    for (const k of this.formats.keys()) take(k);
    for (const m of this.merges.all()) {
      take(key(m.top, m.left));
      take(key(m.bottom, m.right));
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /**
   * The used range's values, as Excel's `range.values`: empty cells (those a merge covers among
   * them) read "". An empty sheet reads as the single empty cell A1, as Excel answers.
   */
  toGrid(): SheetGrid {
    const used = this.usedRange() ?? { top: 0, left: 0, bottom: 0, right: 0 };
    const values: CellValue[][] = [];
    for (let row = used.top; row <= used.bottom; row++) {
      const line: CellValue[] = [];
      for (let col = used.left; col <= used.right; col++) {
        const v = this.value({ row, col });
        line.push(v === null ? "" : v);
      }
      values.push(line);
    }
    return { name: this.name, values, originRow: used.top, originCol: used.left };
  }
}

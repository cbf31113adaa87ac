/**
 * One worksheet of the preview workbook: cell values, looks, merges, sizes and conditional
 * formats. Pure data with no DOM, so the grid's behaviour is tested without a browser.
 */
import type { CellStyle, ConditionalFormatPlan } from "../core/layout";
import type { CellPos, CellValue, SheetGrid } from "../core/types";
import { compileFormats, markedCells, type Mark } from "./conditional";
import type { Entry } from "./entry";
import { evaluate, parseFormula, type Formula } from "./formula";
import { MergeIndex } from "./merges";
import type { CellRule } from "./validation";

/** Excel's default column width (characters) and row height (points). */
export const DEFAULT_WIDTH = 8.43;
export const DEFAULT_HEIGHT = 14.25;

/** How a cell looks and what it expects, beside its value. */
export interface CellFormat {
  style?: CellStyle;
  /** Excel's number format code (`0`, `0.00`); General when absent. */
  numberFormat?: string;
  /** The data validation: its prompt, shown on selecting the cell, and what it allows. */
  validation?: CellRule;
}

interface Cell {
  value: CellValue;
  /** Text entered with a leading apostrophe (Excel's prefix character). */
  quoted: boolean;
  /** A formula: the cell's value is computed from it whenever it is read. */
  formula?: { text: string; parsed: Formula };
}

const key = (row: number, col: number): string => `${row},${col}`;

const isBlank = (v: CellValue): boolean => v === null || v === "";

export class Sheet {
  private readonly cells = new Map<string, Cell>();
  private readonly formats = new Map<string, CellFormat>();
  private conditional: ReturnType<typeof compileFormats> = [];
  /** Formula cells being computed: a reference back to one of them is circular. */
  private readonly computing = new Set<string>();
  /** Set when the computation under way met a circular reference. */
  private circular = false;
  readonly merges = new MergeIndex();
  /** Column widths in Excel's unit, from column A; missing columns have the default width. */
  columnWidths: number[] = [];
  /** Row heights in points, from row 1; missing rows have the default height. */
  rowHeights: number[] = [];
  fontName: string | null = null;
  freezeRows = 0;

  constructor(public name: string) {}

  /** The cell's value; a formula's result, computed now (Excel recalculates automatically). */
  value(pos: CellPos): CellValue {
    const cell = this.cells.get(key(pos.row, pos.col));
    if (!cell) return null;
    return cell.formula ? this.compute(pos, cell.formula.parsed) : cell.value;
  }

  /** What `formula` gives at `pos`. A blank result reads 0, and so does a circular reference, as in Excel. */
  compute(pos: CellPos, formula: Formula): CellValue {
    const k = key(pos.row, pos.col);
    if (this.computing.has(k)) {
      this.circular = true;
      return 0;
    }
    const outermost = this.computing.size === 0;
    this.computing.add(k);
    try {
      const v = evaluate(formula, (row, col) => this.value({ row, col }));
      // Excel shows 0 for a formula caught in a circular reference, whatever else it adds.
      if (outermost && this.circular) return 0;
      return v === null ? 0 : v;
    } finally {
      this.computing.delete(k);
      if (outermost) this.circular = false;
    }
  }

  /** The formula typed into the cell (`=SUM(D9:D12)`), or null. */
  formulaText(pos: CellPos): string | null {
    return this.cells.get(key(pos.row, pos.col))?.formula?.text ?? null;
  }

  /** Whether any cell holds a formula: then an edit may change other cells' values. */
  hasFormulas(): boolean {
    for (const c of this.cells.values()) if (c.formula) return true;
    return false;
  }

  /** The cells holding formulas. */
  formulaCells(): CellPos[] {
    const out: CellPos[] = [];
    for (const [k, c] of this.cells) {
      if (!c.formula) continue;
      const [row, col] = k.split(",").map(Number);
      out.push({ row, col });
    }
    return out;
  }

  /**
   * Store a typed or pasted entry: a formula (parsed here; `parsed` when the caller parsed it
   * already), or a value. A formula that does not parse is kept as text.
   */
  setEntry(pos: CellPos, entry: Entry, parsed?: Formula): void {
    if (entry.formula === undefined) return this.setValue(pos, entry.value, entry.quoted);
    let formula = parsed;
    if (!formula) {
      try {
        formula = parseFormula(entry.formula);
      } catch {
        return this.setValue(pos, entry.formula);
      }
    }
    this.cells.set(key(pos.row, pos.col), { value: null, quoted: false, formula: { text: entry.formula, parsed: formula } });
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

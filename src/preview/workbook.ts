/**
 * The preview's workbook: sheets in tab order, the active sheet, each sheet's selection, and two
 * kinds of writes kept apart — the user's (typed, cleared; reported as changes) and the host's
 * (inserted plans, narrative text; never reported). The screen listens to `onView`.
 */
import { fromA1, rangeA1 } from "../core/address";
import { availableSheetName, type SheetPlan } from "../core/layout";
import type { CellPos, CellValue } from "../core/types";
import { sheetFromPlan } from "./apply-plan";
import { ChangeFeed } from "./changes";
import { parseEntry } from "./entry";
import { FormulaError, parseFormula, type Formula } from "./formula";
import { rectOf } from "./merges";
import { Sheet } from "./sheet";
import { allows, FORMULA_REFUSAL, refusalOf } from "./validation";

/** The selected cells of a sheet: the active cell and every highlighted cell (itself included). */
export interface Selection {
  active: CellPos;
  cells: CellPos[];
}

/** What changed on screen: the sheet list, some cells' values (on `sheet`), or the selection. */
export type ViewChange = { kind: "sheets" } | { kind: "cells"; sheet: Sheet; cells: CellPos[] } | { kind: "selection" };

/** A host write naming a sheet that does not exist: the pane's mistake, said plainly. */
export class NoSuchSheetError extends Error {
  override name = "NoSuchSheetError";
  constructor(readonly sheet: string) {
    super(`工作表“${sheet}”不存在`);
  }
}

const same = (a: CellPos, b: CellPos): boolean => a.row === b.row && a.col === b.col;

export class Workbook {
  private readonly list: Sheet[] = [];
  private readonly selections = new Map<Sheet, Selection>();
  private active: Sheet;
  private readonly viewListeners = new Set<(change: ViewChange) => void>();
  /** User edits, for the host's `onChanged`. */
  readonly changes: ChangeFeed;

  /** A new workbook has one empty sheet, `Sheet1`, as Excel's blank workbook does. */
  constructor(changes = new ChangeFeed()) {
    this.changes = changes;
    this.active = new Sheet("Sheet1");
    this.list.push(this.active);
  }

  get sheets(): readonly Sheet[] {
    return this.list;
  }

  get activeSheet(): Sheet {
    return this.active;
  }

  sheet(name: string): Sheet | undefined {
    const lower = name.toLowerCase();
    return this.list.find((s) => s.name.toLowerCase() === lower);
  }

  private mustGet(name: string): Sheet {
    const s = this.sheet(name);
    if (!s) throw new NoSuchSheetError(name);
    return s;
  }

  onView(listener: (change: ViewChange) => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  private view(change: ViewChange): void {
    for (const l of [...this.viewListeners]) l(change);
  }

  selection(sheet: Sheet = this.active): Selection {
    return this.selections.get(sheet) ?? { active: { row: 0, col: 0 }, cells: [{ row: 0, col: 0 }] };
  }

  activate(name: string): void {
    const s = this.mustGet(name);
    if (s === this.active) return;
    this.active = s;
    this.view({ kind: "sheets" });
  }

  /** Select cells of the active sheet; `active` defaults to the first. Merges select whole. */
  selectCells(cells: CellPos[], active?: CellPos): void {
    const s = this.active;
    const anchors = cells.map((p) => s.merges.anchor(p));
    if (anchors.length === 0) return;
    const first = s.merges.anchor(active ?? anchors[0]);
    const unique: CellPos[] = [];
    for (const p of [first, ...anchors]) if (!unique.some((q) => same(p, q))) unique.push(p);
    this.selections.set(s, { active: first, cells: unique });
    this.view({ kind: "selection" });
  }

  /**
   * Show another file's sheets in place of these (the checker page switching files); the caller
   * keeps the Sheet objects, so edits made to try a fix are still there when it switches back.
   */
  replaceSheets(sheets: readonly Sheet[]): void {
    this.list.splice(0, this.list.length, ...(sheets.length > 0 ? sheets : [new Sheet("Sheet1")]));
    this.active = this.list[0];
    this.view({ kind: "sheets" });
  }

  /** Add an empty sheet after the last, named like Excel's next `SheetN`. */
  addEmptySheet(): string {
    let n = this.list.length + 1;
    while (this.sheet(`Sheet${n}`)) n += 1;
    const s = new Sheet(`Sheet${n}`);
    this.list.push(s);
    this.active = s;
    this.view({ kind: "sheets" });
    return s.name;
  }

  // ----- the host's writes: never reported as changes -----

  /**
   * Insert `plan` as a new last sheet (as `worksheets.add` does) and activate it; returns its name.
   * `fromElsewhere`: the insertion comes from another runtime (the ribbon command), whose writes
   * the pane's change handler hears, as Excel may report them: the pane then checks again.
   */
  insertPlan(plan: SheetPlan, fromElsewhere = false): string {
    const name = availableSheetName(
      plan.name,
      this.list.map((s) => s.name),
    );
    const s = sheetFromPlan(plan, name);
    this.list.push(s);
    this.active = s;
    this.view({ kind: "sheets" });
    if (fromElsewhere) {
      const last = { row: Math.max(0, plan.rowCount - 1), col: Math.max(0, plan.columnCount - 1) };
      this.changes.emit({ sheet: name, address: rangeA1({ row: 0, col: 0 }, last) });
    }
    return name;
  }

  /** Write values into cells of an existing sheet, as Office.js `range.values` does. */
  hostWrite(sheetName: string, cells: ReadonlyArray<{ address: string; value: string | number }>): void {
    const s = this.mustGet(sheetName);
    const parsed = cells.map((c) => ({ pos: fromA1(c.address), entry: typeof c.value === "number" ? { value: c.value, quoted: false } : parseEntry(c.value) }));
    const cellsWritten = parsed.map(({ pos, entry }) => {
      const at = s.merges.anchor(pos);
      s.setEntry(at, entry);
      return at;
    });
    this.view({ kind: "cells", sheet: s, cells: this.withFormulas(s, cellsWritten) });
  }

  /** Activate `sheetName` and select `refs` (cells or ranges); the host's `select`. */
  hostSelect(sheetName: string, refs: string[]): void {
    this.activate(sheetName);
    const cells: CellPos[] = [];
    for (const ref of refs) {
      const r = rectOf(ref);
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) cells.push({ row, col });
    }
    this.selectCells(cells);
  }

  // ----- the user's writes: reported as changes -----

  /** The written cells and every formula cell, whose values may follow from them (redrawn together). */
  private withFormulas(s: Sheet, cells: CellPos[]): CellPos[] {
    return s.hasFormulas() ? [...cells, ...s.formulaCells()] : cells;
  }

  /**
   * The user typed `text` into a cell of the active sheet and confirmed it; returns the cell's
   * value (a formula's result). Throws `EntryRefused`, leaving the cell as it was, for what Excel
   * refuses: a formula it cannot read, or a value (a formula's result too) the cell's data
   * validation does not allow.
   */
  enter(pos: CellPos, text: string): CellValue {
    const s = this.active;
    const at = s.merges.anchor(pos);
    const entry = parseEntry(text);
    let formula: Formula | undefined;
    if (entry.formula !== undefined) {
      try {
        formula = parseFormula(entry.formula);
      } catch (e) {
        if (e instanceof FormulaError) throw FORMULA_REFUSAL;
        throw e;
      }
    }
    const rule = s.format(at)?.validation;
    if (rule && !allows(rule, formula ? s.compute(at, formula) : entry.value)) throw refusalOf(rule);
    s.setEntry(at, entry, formula);
    this.view({ kind: "cells", sheet: s, cells: this.withFormulas(s, [at]) });
    this.changes.emit({ sheet: s.name, address: rangeA1(at, at) });
    return s.value(at);
  }

  /**
   * The user pasted rows of text with the active cell at `at`: each text is read as if typed,
   * as Excel reads pasted text. Cells a merge covers take nothing (its top-left cell does).
   * Returns the rectangle written, which is also reported as one change.
   */
  paste(at: CellPos, rows: readonly (readonly string[])[]): CellPos[] {
    const s = this.active;
    const start = s.merges.anchor(at);
    const written: CellPos[] = [];
    rows.forEach((line, r) =>
      line.forEach((text, c) => {
        const pos = { row: start.row + r, col: start.col + c };
        if (s.merges.isCovered(pos)) return;
        // Pasted values are not validated, as in Excel.
        s.setEntry(pos, parseEntry(text));
        written.push(pos);
      }),
    );
    if (written.length === 0) return written;
    const width = Math.max(...rows.map((r) => r.length));
    const end = { row: start.row + rows.length - 1, col: start.col + width - 1 };
    this.view({ kind: "cells", sheet: s, cells: this.withFormulas(s, written) });
    this.changes.emit({ sheet: s.name, address: rangeA1(start, end) });
    return written;
  }

  /** The user pressed Delete on the selection: the cells are emptied (their looks stay). */
  clear(cells: CellPos[]): void {
    const s = this.active;
    const anchors = cells.map((p) => s.merges.anchor(p));
    if (anchors.length === 0) return;
    for (const p of anchors) s.setValue(p, null);
    this.view({ kind: "cells", sheet: s, cells: this.withFormulas(s, anchors) });
    const top = Math.min(...anchors.map((p) => p.row));
    const left = Math.min(...anchors.map((p) => p.col));
    const bottom = Math.max(...anchors.map((p) => p.row));
    const right = Math.max(...anchors.map((p) => p.col));
    this.changes.emit({ sheet: s.name, address: rangeA1({ row: top, col: left }, { row: bottom, col: right }) });
  }
}

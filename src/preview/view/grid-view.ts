/**
 * The active sheet drawn as an HTML table: column letters and row numbers, merged areas as
 * row/column spans, the plan's looks, conditional-format marks, frozen rows and the selection.
 * Cell text goes in as text nodes, never as HTML.
 */
import { columnLetters, toA1 } from "../../core/address";
import type { CellPos } from "../../core/types";
import type { Mark } from "../conditional";
import { displayText } from "../display";
import type { Limits } from "../navigate";
import type { Sheet } from "../sheet";
import type { Workbook } from "../workbook";
import { cellCss, columnPx, fontStack, rowPx } from "./look";

/** Empty rows and columns shown beyond what the sheet uses, as a spreadsheet offers. */
const SPARE_ROWS = 30;
const SPARE_COLS = 6;
const MIN_ROWS = 60;
const MIN_COLS = 16;
const HEADER_HEIGHT = 20;
const ROW_HEADER_WIDTH = 40;

const key = (row: number, col: number): string => `${row},${col}`;

export class GridView {
  private table: HTMLTableElement;
  private cells = new Map<string, HTMLTableCellElement>();
  private extent: Limits = { maxRow: MIN_ROWS - 1, maxCol: MIN_COLS - 1 };
  /** Cells marked by conditional formats when last painted. */
  private marked = new Set<string>();

  constructor(
    private readonly doc: Document,
    readonly scroller: HTMLElement,
    private readonly workbook: Workbook,
  ) {
    this.table = doc.createElement("table");
    this.table.className = "grid";
    this.table.setAttribute("role", "grid");
    scroller.prepend(this.table);
  }

  /** The last row and column drawn: moves stop there (the grid grows as the sheet does). */
  limits(): Limits {
    return this.extent;
  }

  /** The drawn element of the cell showing `pos` (the merge's, for a covered cell). */
  cellElement(pos: CellPos): HTMLTableCellElement | undefined {
    const anchor = this.workbook.activeSheet.merges.anchor(pos);
    return this.cells.get(key(anchor.row, anchor.col));
  }

  /** The cell under a DOM node (a click target), if any. */
  cellAt(node: EventTarget | null): CellPos | null {
    const el = node instanceof Element ? node.closest("td[data-row]") : null;
    if (!el) return null;
    return { row: Number(el.getAttribute("data-row")), col: Number(el.getAttribute("data-col")) };
  }

  /** Draw the active sheet afresh (after a sheet switch, an insert or an edit). */
  render(): void {
    const sheet = this.workbook.activeSheet;
    const used = sheet.usedRange();
    const sel = this.workbook.selection();
    const maxRow = Math.max(MIN_ROWS - 1, (used?.bottom ?? 0) + SPARE_ROWS, sel.active.row + SPARE_ROWS);
    const maxCol = Math.max(MIN_COLS - 1, (used?.right ?? 0) + SPARE_COLS, sel.active.col + SPARE_COLS);
    this.extent = { maxRow, maxCol };

    const doc = this.doc;
    const table = doc.createElement("table");
    table.className = "grid";
    table.setAttribute("role", "grid");
    table.setAttribute("aria-label", sheet.name);
    table.style.fontFamily = fontStack(null);
    const colgroup = doc.createElement("colgroup");
    const rowHeaderCol = doc.createElement("col");
    rowHeaderCol.style.width = `${ROW_HEADER_WIDTH}px`;
    colgroup.append(rowHeaderCol);
    let totalWidth = ROW_HEADER_WIDTH;
    for (let col = 0; col <= maxCol; col++) {
      const c = doc.createElement("col");
      const px = columnPx(sheet.columnWidth(col));
      totalWidth += px;
      c.style.width = `${px}px`;
      colgroup.append(c);
    }
    table.style.width = `${totalWidth}px`;
    table.append(colgroup);

    const head = doc.createElement("thead");
    const headRow = doc.createElement("tr");
    headRow.style.height = `${HEADER_HEIGHT}px`;
    const corner = doc.createElement("th");
    corner.className = "corner";
    headRow.append(corner);
    for (let col = 0; col <= maxCol; col++) {
      const th = doc.createElement("th");
      th.className = "col-header";
      th.dataset.col = String(col);
      th.textContent = columnLetters(col);
      headRow.append(th);
    }
    head.append(headRow);
    table.append(head);

    const marks = sheet.marks();
    this.marked = new Set(marks.keys());
    const body = doc.createElement("tbody");
    this.cells = new Map();
    let frozenTop = HEADER_HEIGHT;
    for (let row = 0; row <= maxRow; row++) {
      const tr = doc.createElement("tr");
      const height = rowPx(sheet.rowHeight(row));
      tr.style.height = `${height}px`;
      const frozen = row < sheet.freezeRows;
      if (frozen) tr.className = "frozen";
      const th = doc.createElement("th");
      th.className = "row-header";
      th.dataset.row = String(row);
      th.textContent = String(row + 1);
      tr.append(th);
      for (let col = 0; col <= maxCol; col++) {
        if (sheet.merges.isCovered({ row, col })) continue;
        tr.append(this.cell(sheet, row, col, marks));
      }
      if (frozen) {
        for (const el of Array.from(tr.children) as HTMLElement[]) el.style.top = `${frozenTop}px`;
        frozenTop += height;
      }
      body.append(tr);
    }
    table.append(body);
    this.table.replaceWith(table);
    this.table = table;
    this.showSelection();
  }

  private cell(sheet: Sheet, row: number, col: number, marks: Map<string, Mark>): HTMLTableCellElement {
    const td = this.doc.createElement("td");
    const pos = { row, col };
    const area = sheet.merges.at(pos);
    const bottom = area?.bottom ?? row;
    const right = area?.right ?? col;
    if (area) {
      td.rowSpan = area.bottom - area.top + 1;
      td.colSpan = area.right - area.left + 1;
    }
    td.dataset.row = String(row);
    td.dataset.col = String(col);
    td.dataset.a1 = toA1(pos);
    td.setAttribute("role", "gridcell");

    // Borders: black where this cell or its neighbour has the plan's table border, else gridlines.
    const bordered = (p: CellPos): boolean => sheet.format(p)?.style?.border === true;
    const mine = bordered(pos);
    const edges: string[] = [];
    if (mine || bordered({ row, col: right + 1 })) td.classList.add("border-right");
    if (mine || bordered({ row: bottom + 1, col })) td.classList.add("border-bottom");
    if (mine && !bordered({ row, col: col - 1 })) edges.push("inset 1px 0 0 #000");
    if (mine && !bordered({ row: row - 1, col })) edges.push("inset 0 1px 0 #000");
    if (edges.length) td.style.boxShadow = edges.join(", ");
    this.paint(td, sheet, pos, marks.get(key(row, col)));
    this.cells.set(key(row, col), td);
    return td;
  }

  /** Set what a cell shows: its text under its number format, its look and any mark. */
  private paint(td: HTMLTableCellElement, sheet: Sheet, pos: CellPos, mark: Mark | undefined): void {
    const format = sheet.format(pos);
    const css = cellCss(format?.style, format?.style ? sheet.fontName : null, mark);
    td.style.removeProperty("background-color");
    td.style.removeProperty("color");
    for (const [p, v] of Object.entries(css)) td.style.setProperty(p, v);
    if (mark) td.title = `总计与分项不符（${mark.rule}）`;
    else td.removeAttribute("title");

    const value = sheet.value(pos);
    const text = displayText(value, format?.numberFormat);
    if (!format?.style) {
      // Excel's General alignment: numbers right, booleans centred, text left.
      td.style.textAlign = typeof value === "number" ? "right" : typeof value === "boolean" ? "center" : "left";
    }
    // Text too long for a cell without wrapping runs over empty neighbours, as in Excel; a click
    // on the spilled text still reaches the cell under it.
    const right = sheet.merges.at(pos)?.right ?? pos.col;
    const wraps = format?.style?.wrap ?? false;
    const nextEmpty = sheet.value({ row: pos.row, col: right + 1 }) === null && !sheet.merges.at({ row: pos.row, col: right + 1 });
    const spill = !wraps && nextEmpty && typeof value === "string" && value !== "";
    td.classList.toggle("overflow", spill);
    if (spill) {
      const span = this.doc.createElement("span");
      span.className = "spill";
      span.textContent = text;
      td.replaceChildren(span);
    } else {
      td.textContent = text;
    }
  }

  /**
   * Show new values of some cells of the active sheet without drawing it again: the cells, their
   * left neighbours (whose text may now spill or stop), and every conditional-format mark.
   */
  update(cells: readonly CellPos[]): void {
    const sheet = this.workbook.activeSheet;
    const used = sheet.usedRange();
    if (used && (used.bottom > this.extent.maxRow - 5 || used.right > this.extent.maxCol - 2)) return this.render();
    const marks = sheet.marks();
    const touched = new Set<string>();
    for (const p of cells) {
      const a = sheet.merges.anchor(p);
      touched.add(key(a.row, a.col));
      const left = sheet.merges.anchor({ row: a.row, col: Math.max(0, a.col - 1) });
      touched.add(key(left.row, left.col));
    }
    for (const k of new Set([...touched, ...this.marked, ...marks.keys()])) {
      const td = this.cells.get(k);
      if (!td) continue;
      const [row, col] = k.split(",").map(Number);
      this.paint(td, sheet, { row, col }, marks.get(k));
    }
    this.marked = new Set(marks.keys());
  }

  /** Mark the selected cells and the active one, and their column and row headers. */
  showSelection(): void {
    for (const el of Array.from(this.table.querySelectorAll(".selected, .active, .header-selected"))) {
      el.classList.remove("selected", "active", "header-selected");
    }
    const sel = this.workbook.selection();
    for (const p of sel.cells) {
      const el = this.cellElement(p);
      if (!el) continue;
      el.classList.add("selected");
      const r = Number(el.dataset.row);
      const c = Number(el.dataset.col);
      for (let row = r; row < r + el.rowSpan; row++) this.table.querySelector(`th.row-header[data-row="${row}"]`)?.classList.add("header-selected");
      for (let col = c; col < c + el.colSpan; col++) this.table.querySelector(`th.col-header[data-col="${col}"]`)?.classList.add("header-selected");
    }
    const active = this.cellElement(sel.active);
    active?.classList.add("active");
    if (active) active.setAttribute("aria-selected", "true");
  }

  /** Scroll so the cell is visible, below the frozen rows and right of the row numbers. */
  reveal(pos: CellPos): void {
    const el = this.cellElement(pos);
    if (!el) return;
    const s = this.scroller;
    const frozenRows = Array.from(this.table.querySelectorAll("tr.frozen")) as HTMLElement[];
    const frozen = frozenRows.reduce((h, tr) => h + tr.offsetHeight, 0);
    if (!el.parentElement?.classList.contains("frozen")) {
      const top = el.offsetTop;
      const visibleTop = s.scrollTop + HEADER_HEIGHT + frozen;
      const visibleHeight = s.clientHeight - HEADER_HEIGHT - frozen;
      if (top < visibleTop || el.offsetHeight > visibleHeight) s.scrollTop = Math.max(0, top - HEADER_HEIGHT - frozen);
      else if (top + el.offsetHeight > s.scrollTop + s.clientHeight) s.scrollTop = top + el.offsetHeight - s.clientHeight;
    }
    const left = el.offsetLeft;
    const visibleLeft = s.scrollLeft + ROW_HEADER_WIDTH;
    const visibleWidth = s.clientWidth - ROW_HEADER_WIDTH;
    // A cell wider than the view (a merged title) is shown from its left edge.
    if (left < visibleLeft || el.offsetWidth > visibleWidth) s.scrollLeft = Math.max(0, left - ROW_HEADER_WIDTH);
    else if (left + el.offsetWidth > s.scrollLeft + s.clientWidth) s.scrollLeft = left + el.offsetWidth - s.clientWidth;
  }
}

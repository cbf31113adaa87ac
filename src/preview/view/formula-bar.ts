/**
 * The name box (the active cell's address; type an address and Enter to go there) and the
 * formula bar (the active cell's entry; edit it and Enter to confirm), as in Excel.
 */
import { fromA1, rangeA1, toA1 } from "../../core/address";
import type { Workbook } from "../workbook";
import type { CellEditor } from "./editor";

export class FormulaBar {
  private readonly nameBox: HTMLInputElement;
  private readonly entry: HTMLInputElement;

  constructor(
    doc: Document,
    root: HTMLElement,
    private readonly workbook: Workbook,
    private readonly editor: CellEditor,
  ) {
    this.nameBox = doc.createElement("input");
    this.nameBox.className = "name-box";
    this.nameBox.setAttribute("aria-label", "名称框");
    const fx = doc.createElement("span");
    fx.className = "fx";
    fx.textContent = "fx";
    fx.setAttribute("aria-hidden", "true");
    this.entry = doc.createElement("input");
    this.entry.className = "formula";
    this.entry.setAttribute("aria-label", "编辑栏");
    root.append(this.nameBox, fx, this.entry);

    this.entry.addEventListener("focus", () => {
      if (this.editor.editing) this.editor.commit();
      this.entry.value = this.editor.activeContent();
    });
    this.entry.addEventListener("keydown", (e) => {
      if (e.isComposing) return;
      if (e.key === "Enter") {
        e.preventDefault();
        if (!this.editor.enterFromBar(this.entry.value)) return;
        this.editor.moveByKey("Enter", e.shiftKey);
        this.editor.box.focus({ preventScroll: true });
      } else if (e.key === "Escape") {
        e.preventDefault();
        this.update();
        this.editor.box.focus({ preventScroll: true });
      }
    });
    this.nameBox.addEventListener("keydown", (e) => {
      if (e.key !== "Enter") return;
      e.preventDefault();
      this.go(this.nameBox.value);
    });
  }

  /** Select the cell or range typed in the name box; anything else leaves the selection. */
  private go(text: string): void {
    const parts = text.trim().toUpperCase().split(":");
    try {
      const [a, b = a] = parts.map(fromA1);
      const cells = [];
      for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
        for (let col = Math.min(a.col, b.col); col <= Math.max(a.col, b.col); col++) cells.push({ row, col });
      }
      if (cells.length > 10000) throw new Error("too large");
      this.workbook.selectCells(cells, a);
      this.editor.box.focus({ preventScroll: true });
    } catch {
      this.nameBox.title = "请输入单元格地址，例如 D9 或 D9:F12";
      this.update();
    }
  }

  /** Show the active cell's address and entry (not while the user types in the bar). */
  update(): void {
    const sel = this.workbook.selection();
    const rows = sel.cells.map((p) => p.row);
    const cols = sel.cells.map((p) => p.col);
    this.nameBox.value =
      sel.cells.length > 1 ? rangeA1({ row: Math.min(...rows), col: Math.min(...cols) }, { row: Math.max(...rows), col: Math.max(...cols) }) : toA1(sel.active);
    if (this.entry.ownerDocument.activeElement !== this.entry) this.entry.value = this.editor.activeContent();
  }

  /** Mirror what is being typed in the cell. */
  draft(text: string): void {
    this.entry.value = text;
  }
}

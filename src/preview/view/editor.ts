/**
 * Typing into the grid as into a spreadsheet. One text box sits over the active cell and keeps
 * the keyboard focus while the grid has it, invisible until the user types: so the first key of
 * an entry — or a Chinese input method's composition — lands in it directly.
 *
 * - Ready: arrows, Enter, Tab (Shift reverses) move; Delete empties the selection; Backspace
 *   empties the cell and starts an entry; F2 or a double click edits the cell's content.
 * - Entering (started by typing): Enter/Tab/arrows confirm and move; Esc cancels.
 * - Editing (F2, double click): Enter/Tab confirm and move, arrows move the caret; Esc cancels.
 * An entry Excel would refuse (the cell's data validation, a formula it cannot read) opens Excel's
 * stop dialog: 重试 edits it again, 取消 leaves the cell as it was; the selection stays.
 * Alt+Enter puts a line break in the cell, as in Excel. Ctrl+V pastes tab-separated cells from
 * the active cell on, each read as if typed; Ctrl+C copies the selection the same way.
 */
import type { CellPos } from "../../core/types";
import { fromTsv, toTsv } from "../clipboard";
import { displayText } from "../display";
import { editText } from "../entry";
import { keyDirection, step } from "../navigate";
import { EntryRefused } from "../validation";
import type { Workbook } from "../workbook";
import type { GridView } from "./grid-view";
import { showRefusal } from "./refusal";

type Mode = "ready" | "entering" | "editing";

export interface EditorEvents {
  /** The text being typed, for the formula bar to mirror. */
  onDraft?(text: string): void;
}

export class CellEditor {
  readonly box: HTMLTextAreaElement;
  private mode: Mode = "ready";
  /** Where the entry being typed goes (the active cell when it started). */
  private target: CellPos = { row: 0, col: 0 };
  /** Where a run of Tab-confirmed entries started: Enter returns to its column, as in Excel. */
  private tabStartCol: number | null = null;
  private composing = false;

  constructor(
    private readonly doc: Document,
    private readonly grid: GridView,
    private readonly workbook: Workbook,
    private readonly events: EditorEvents = {},
  ) {
    this.box = doc.createElement("textarea");
    this.box.className = "cell-editor";
    this.box.setAttribute("aria-label", "单元格内容");
    this.box.spellcheck = false;
    this.box.autocomplete = "off";
    grid.scroller.append(this.box);
    this.box.addEventListener("keydown", (e) => this.keydown(e));
    this.box.addEventListener("input", () => this.input());
    this.box.addEventListener("compositionstart", () => {
      this.composing = true;
      if (this.mode === "ready") this.begin("entering", "");
    });
    this.box.addEventListener("compositionend", () => {
      this.composing = false;
      this.input();
    });
    this.box.addEventListener("paste", (e) => this.paste(e));
    this.box.addEventListener("copy", (e) => this.copy(e));
    this.box.addEventListener("blur", () => {
      if (this.mode !== "ready") this.commit();
    });
    grid.scroller.addEventListener("mousedown", (e) => this.mousedown(e));
    grid.scroller.addEventListener("dblclick", (e) => {
      const pos = this.grid.cellAt(e.target);
      if (!pos || this.mode !== "ready") return;
      this.workbook.selectCells([pos]);
      this.begin("editing", this.contentOf(this.workbook.selection().active));
    });
  }

  get editing(): boolean {
    return this.mode !== "ready";
  }

  /** Put the box over the active cell and give it the focus (after a draw or a selection). */
  place(focus = true): void {
    const el = this.grid.cellElement(this.workbook.selection().active);
    if (!el) return;
    const b = this.box;
    b.style.left = `${el.offsetLeft}px`;
    b.style.top = `${el.offsetTop}px`;
    b.style.minWidth = `${el.offsetWidth}px`;
    b.style.height = `${el.offsetHeight}px`;
    if (this.mode === "ready") {
      const cs = el.ownerDocument.defaultView?.getComputedStyle(el);
      if (cs) {
        b.style.font = cs.font;
        b.style.textAlign = cs.textAlign;
      }
    }
    if (focus) b.focus({ preventScroll: true });
  }

  /** Start typing into `cell` from the formula bar's or another caller's text. */
  private begin(mode: Exclude<Mode, "ready">, text: string): void {
    this.mode = mode;
    this.target = this.workbook.selection().active;
    this.box.classList.add("open");
    if (mode === "editing" || this.box.value === "") this.box.value = text;
    this.place();
    const end = this.box.value.length;
    this.box.setSelectionRange(end, end);
    this.events.onDraft?.(this.box.value);
  }

  /** What the editor starts from when editing a cell: its entry text, apostrophe included. */
  private contentOf(pos: CellPos): string {
    const sheet = this.workbook.activeSheet;
    const at = sheet.merges.anchor(pos);
    return sheet.formulaText(at) ?? editText(sheet.value(at), sheet.isQuoted(at));
  }

  private input(): void {
    if (this.composing && this.mode !== "ready") {
      this.events.onDraft?.(this.box.value);
      return;
    }
    if (this.mode === "ready") {
      if (this.box.value === "") return;
      this.begin("entering", this.box.value);
      return;
    }
    this.events.onDraft?.(this.box.value);
  }

  /** Confirm the entry into its cell and close the box; false when the entry was refused. */
  commit(): boolean {
    if (this.mode === "ready") return true;
    const text = this.box.value;
    const target = this.target;
    this.close();
    return this.enter(target, text);
  }

  /** Enter `text` into `target`; a refusal opens Excel's dialog and returns false. */
  private enter(target: CellPos, text: string): boolean {
    try {
      this.workbook.enter(target, text);
      return true;
    } catch (e) {
      if (!(e instanceof EntryRefused)) throw e;
      void showRefusal(this.doc, e).then((answer) => {
        // Chromium gives the focus back to the box when the modal dialog closes, but the box then
        // takes no typing until it loses the focus and gets it again.
        this.box.blur();
        this.workbook.selectCells([target]);
        if (answer === "retry") this.begin("editing", text);
        else this.cancel();
        this.place();
      });
      return false;
    }
  }

  /** Drop the entry, leaving the cell as it was. */
  cancel(): void {
    this.close();
    this.events.onDraft?.(this.contentOf(this.workbook.selection().active));
  }

  private close(): void {
    this.mode = "ready";
    this.box.value = "";
    this.box.classList.remove("open");
  }

  /** Move the active cell one step and select it alone. */
  private move(dir: ReturnType<typeof keyDirection>, key: string): void {
    if (!dir) return;
    const sel = this.workbook.selection();
    let next = step(sel.active, dir, this.workbook.activeSheet.merges, this.grid.limits());
    if (key === "Tab") this.tabStartCol ??= sel.active.col;
    else if (key === "Enter" && this.tabStartCol !== null) {
      next = this.workbook.activeSheet.merges.anchor({ row: next.row, col: this.tabStartCol });
      this.tabStartCol = null;
    } else this.tabStartCol = null;
    this.workbook.selectCells([next]);
    this.grid.reveal(next);
  }

  private keydown(e: KeyboardEvent): void {
    if (this.composing || e.isComposing || e.keyCode === 229) return;
    const dir = keyDirection(e.key, e.shiftKey);
    if (this.mode === "ready") {
      if (dir) {
        e.preventDefault();
        this.move(dir, e.key);
      } else if (e.key === "Delete") {
        e.preventDefault();
        this.workbook.clear(this.workbook.selection().cells);
      } else if (e.key === "Backspace") {
        e.preventDefault();
        this.begin("entering", "");
      } else if (e.key === "F2") {
        e.preventDefault();
        this.begin("editing", this.contentOf(this.workbook.selection().active));
      }
      return;
    }
    if (e.key === "Escape") {
      e.preventDefault();
      this.cancel();
      this.place();
      return;
    }
    if (e.key === "Enter" && e.altKey) {
      e.preventDefault();
      const b = this.box;
      const at = b.selectionStart;
      b.setRangeText("\n", at, b.selectionEnd, "end");
      this.events.onDraft?.(b.value);
      return;
    }
    const arrow = e.key.startsWith("Arrow");
    if (dir && (!arrow || this.mode === "entering")) {
      e.preventDefault();
      if (this.commit()) this.move(dir, e.key);
    }
  }

  private mousedown(e: MouseEvent): void {
    if (e.target === this.box) return;
    const pos = this.grid.cellAt(e.target);
    if (!pos) return;
    e.preventDefault();
    if (this.mode !== "ready" && !this.commit()) return;
    this.tabStartCol = null;
    const sel = this.workbook.selection();
    if (e.shiftKey) {
      // Shift+click selects the rectangle from the active cell to the clicked one.
      const cells: CellPos[] = [];
      for (let row = Math.min(sel.active.row, pos.row); row <= Math.max(sel.active.row, pos.row); row++) {
        for (let col = Math.min(sel.active.col, pos.col); col <= Math.max(sel.active.col, pos.col); col++) cells.push({ row, col });
      }
      this.workbook.selectCells(cells, sel.active);
    } else if (e.ctrlKey || e.metaKey) {
      this.workbook.selectCells([...sel.cells, pos], pos);
    } else {
      this.workbook.selectCells([pos]);
    }
    this.box.focus({ preventScroll: true });
  }

  /** Replace the active cell's entry with text typed in the formula bar; false when refused. */
  enterFromBar(text: string): boolean {
    this.close();
    return this.enter(this.workbook.selection().active, text);
  }

  /** Paste cells (tab-separated text) at the active cell, unless an entry is being typed. */
  private paste(e: ClipboardEvent): void {
    if (this.mode !== "ready") return;
    const text = e.clipboardData?.getData("text/plain") ?? "";
    e.preventDefault();
    if (text === "") return;
    const rows = fromTsv(text);
    const written = this.workbook.paste(this.workbook.selection().active, rows);
    if (written.length > 1) this.workbook.selectCells(written, written[0]);
  }

  /** Copy the selected cells as a spreadsheet does: what they show, tab-separated. */
  private copy(e: ClipboardEvent): void {
    if (this.mode !== "ready" || !e.clipboardData) return;
    e.preventDefault();
    const sheet = this.workbook.activeSheet;
    const cells = this.workbook.selection().cells;
    const rows = cells.map((p) => p.row);
    const cols = cells.map((p) => p.col);
    const out: string[][] = [];
    for (let row = Math.min(...rows); row <= Math.max(...rows); row++) {
      const line: string[] = [];
      for (let col = Math.min(...cols); col <= Math.max(...cols); col++) {
        const pos = { row, col };
        line.push(sheet.merges.isCovered(pos) ? "" : displayText(sheet.value(pos), sheet.format(pos)?.numberFormat));
      }
      out.push(line);
    }
    e.clipboardData.setData("text/plain", toTsv(out));
  }

  /** Move as `key` does when no entry is open (after an entry confirmed in the formula bar). */
  moveByKey(key: string, shift = false): void {
    this.move(keyDirection(key, shift), key);
  }

  /** The active cell's entry text, for the formula bar. */
  activeContent(): string {
    return this.contentOf(this.workbook.selection().active);
  }
}

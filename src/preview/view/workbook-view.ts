/**
 * The in-page workbook's views wired to its model: grid, cell editor, formula bar, status bar and
 * sheet tabs, redrawn on every change of the model. The preview page and the checker page show the
 * same workbook, so they mount it the same way.
 */
import type { Workbook } from "../workbook";
import { CellEditor } from "./editor";
import { FormulaBar } from "./formula-bar";
import { GridView } from "./grid-view";
import { StatusBar } from "./status-bar";
import { SheetTabs } from "./tabs";

/** The page's elements the views draw into. */
export interface WorkbookViewElements {
  grid: HTMLElement;
  formulaBar: HTMLElement;
  status: HTMLElement;
  tabs: HTMLElement;
}

export interface WorkbookView {
  grid: GridView;
  editor: CellEditor;
  tabs: SheetTabs;
  /** Draw everything once, after the page is set up. */
  drawAll(): void;
}

export function mountWorkbookView(doc: Document, workbook: Workbook, el: WorkbookViewElements): WorkbookView {
  const grid = new GridView(doc, el.grid, workbook);
  const bar = { current: null as FormulaBar | null };
  const editor = new CellEditor(doc, grid, workbook, { onDraft: (text) => bar.current?.draft(text) });
  bar.current = new FormulaBar(doc, el.formulaBar, workbook, editor);
  const status = new StatusBar(el.status, workbook);
  const tabs = new SheetTabs(doc, el.tabs, workbook, () => editor.place());

  const showSelection = (): void => {
    grid.showSelection();
    grid.reveal(workbook.selection().active);
    editor.place(false);
    bar.current?.update();
    status.update();
  };
  workbook.onView((change) => {
    if (change.kind === "cells") {
      // Writes to a sheet not on screen show when it is activated.
      if (change.sheet === workbook.activeSheet) grid.update(change.cells);
    } else if (change.kind === "sheets") {
      grid.render();
      tabs.render();
    }
    showSelection();
  });
  return {
    grid,
    editor,
    tabs,
    drawAll: () => {
      grid.render();
      tabs.render();
      showSelection();
      editor.place();
    },
  };
}

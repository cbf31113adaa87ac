/**
 * The browser preview page: an in-page workbook on the left, the unchanged task pane on the right
 * in a same-origin iframe that finds the workbook at `window.parent.nianbaoPreviewHost`.
 */
import { createPreviewHost } from "./host";
import { ribbonInsert } from "./ribbon-command";
import { showNotice } from "./view/notice";
import { Workbook } from "./workbook";
import { CellEditor } from "./view/editor";
import { FormulaBar } from "./view/formula-bar";
import { GridView } from "./view/grid-view";
import { mountRibbon } from "./view/ribbon";
import { StatusBar } from "./view/status-bar";
import { loadPane } from "./view/pane-frame";
import { SheetTabs } from "./view/tabs";

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`preview.html lacks #${id}`);
  return el;
}

function start(): void {
  const workbook = new Workbook();
  // The pane reads the host when it starts: it must be in place before the iframe loads.
  const host = createPreviewHost(workbook);
  window.nianbaoPreviewHost = host;
  // Fetched while the grid is drawn: the pane needs the workbook, not its drawing.
  void loadPane(byId("pane-frame"));

  const grid = new GridView(document, byId("grid"), workbook);
  const bar = { current: null as FormulaBar | null };
  const editor = new CellEditor(document, grid, workbook, { onDraft: (text) => bar.current?.draft(text) });
  bar.current = new FormulaBar(document, byId("formula-bar"), workbook, editor);
  const status = new StatusBar(byId("status"), workbook);
  const tabs = new SheetTabs(document, byId("tabs"), workbook, () => editor.place());

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

  const pane = byId("pane");
  mountRibbon(document, byId("ribbon"), {
    insertTable: ribbonInsert(workbook, host, (message) => showNotice(document, message)),
    togglePane: () => {
      pane.hidden = !pane.hidden;
      return !pane.hidden;
    },
  });

  grid.render();
  tabs.render();
  showSelection();
  editor.place();
  performance.mark("nianbao:grid-drawn");
}

start();

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

/**
 * Load the unchanged pane page into a same-origin frame. office.js, loaded in a frame outside
 * Office, sends that frame to about:blank unless the page defines `OsfOptOut` (office.js's own
 * opt-out of that guard). A navigated frame gets a fresh window, so the flag cannot be set from
 * here before office.js runs; instead the page's HTML is written into the frame's initial
 * window, which keeps the flag (document.open keeps the window). The page's URLs are relative,
 * and this page sits beside it, so everything it loads resolves the same.
 */
async function loadPane(host: HTMLElement): Promise<void> {
  const frame = document.createElement("iframe");
  frame.title = "年报 任务窗格";
  performance.mark("nianbao:pane-frame");
  host.append(frame);
  const response = await fetch("taskpane.html", { cache: "no-store" });
  const html = await response.text();
  const win = frame.contentWindow as (Window & { OsfOptOut?: boolean }) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) return;
  win.OsfOptOut = true;
  doc.open();
  doc.write(html);
  doc.close();
  performance.mark("nianbao:pane-written");
}

start();

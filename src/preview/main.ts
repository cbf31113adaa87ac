/**
 * The browser preview page: an in-page workbook on the left, the unchanged task pane on the right
 * in a same-origin iframe that finds the workbook at `window.parent.nianbaoPreviewHost`.
 */
import { createPreviewHost } from "./host";
import { ribbonInsert } from "./ribbon-command";
import { showNotice } from "./view/notice";
import { Workbook } from "./workbook";
import { mountRibbon } from "./view/ribbon";
import { loadPane } from "./view/pane-frame";
import { mountWorkbookView } from "./view/workbook-view";

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

  const view = mountWorkbookView(document, workbook, {
    grid: byId("grid"),
    formulaBar: byId("formula-bar"),
    status: byId("status"),
    tabs: byId("tabs"),
  });

  const pane = byId("pane");
  mountRibbon(document, byId("ribbon"), {
    insertTable: ribbonInsert(workbook, host, (message) => showNotice(document, message)),
    togglePane: () => {
      pane.hidden = !pane.hidden;
      return !pane.hidden;
    },
  });

  view.drawAll();
  performance.mark("nianbao:grid-drawn");
}

start();

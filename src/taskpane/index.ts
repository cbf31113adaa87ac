/**
 * The task pane page's entry: find the host (Excel, the preview, or none) and mount the pane.
 * Nothing here calls Excel itself; the adapter in `src/excel/` does.
 */
import { createExcelHost } from "../excel";
import { chooseHost, previewHostOf, SLOW_OFFICE } from "./boot";
import { mountPane, showMessage } from "./mount";

function root(): HTMLElement {
  const el = document.getElementById("pane");
  if (!el) throw new Error("taskpane.html lacks #pane");
  return el;
}

async function boot(): Promise<void> {
  const choice = await chooseHost({
    // office.js is absent when its CDN cannot be reached: say so instead of failing silently.
    onReady: typeof Office === "undefined" ? undefined : () => Office.onReady().then((info) => info.host === Office.HostType.Excel),
    createExcelHost,
    previewHost: () => previewHostOf(window),
    onSlow: () => showMessage(document, root(), SLOW_OFFICE),
  });
  if (choice.kind === "none") showMessage(document, root(), choice.message);
  else mountPane(document, root(), choice.host);
}

void boot();

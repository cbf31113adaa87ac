/**
 * Puts the pane on the page: a controller for the host, redrawn after every state change.
 * Redraws are batched into one per turn of the event loop (a check changes the state twice).
 */
import type { WorkbookHost } from "../host/workbook-host";
import { PaneController, type ControllerOptions } from "./controller";
import { renderInto, h, type DomDocument } from "./vdom";
import { paneView } from "./view";
import { buildView } from "./view-model";

export function drawPane(doc: DomDocument, root: HTMLElement, controller: PaneController): void {
  const view = buildView(controller.state, controller.kept.all(), controller.host.capabilities);
  renderInto(doc, root, paneView(view, controller), controller.state.focus);
}

export function mountPane(doc: DomDocument, root: HTMLElement, host: WorkbookHost, options: ControllerOptions = {}): PaneController {
  const controller = new PaneController(host, options);
  let queued = false;
  controller.subscribe(() => {
    if (queued) return;
    queued = true;
    void Promise.resolve().then(() => {
      queued = false;
      drawPane(doc, root, controller);
    });
  });
  drawPane(doc, root, controller);
  void controller.start();
  return controller;
}

/** A message in place of the pane (not in Excel, office.js missing). Text only. */
export function showMessage(doc: DomDocument, root: HTMLElement, message: string): void {
  renderInto(doc, root, [
    h("header", { attrs: { class: "pane-header" } }, h("h1", { attrs: { class: "pane-title" } }, "统计表检查")),
    h("p", { attrs: { class: "message problem", role: "alert" } }, message),
  ]);
}

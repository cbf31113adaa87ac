/**
 * The checker page: report files opened from disk, shown in the preview's grid and checked by the
 * unchanged pane, mounted in this same document through the preview's `WorkbookHost` (a page
 * opened from file:// is its own origin, so the preview's iframe could not reach its parent).
 */
import type { FileResult } from "../cli/check-book";
import { createPreviewHost } from "../preview/host";
import { Workbook } from "../preview/workbook";
import { mountWorkbookView } from "../preview/view/workbook-view";
import { mountPane } from "../taskpane/mount";
import { download, summaryBytes, summaryName, XLSX_TYPE } from "./export";
import { FilesView } from "./file-list";
import { openFile, type FileSource, type OpenedFile } from "./opened";
import { fillPrintReport } from "./print-report";

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el as T;
}

function start(): void {
  const workbook = new Workbook();
  const host = createPreviewHost(workbook);
  const view = mountWorkbookView(document, workbook, {
    grid: byId("grid"),
    formulaBar: byId("formula-bar"),
    status: byId("status"),
    tabs: byId("tabs"),
  });
  const pane = mountPane(document, byId("pane"), host);

  const files: OpenedFile[] = [];
  let shown: number | null = null;
  let nextId = 1;
  /** Batches still being read (a second choice may come while the first is read). */
  let pending = 0;
  const exportButton = byId<HTMLButtonElement>("export");
  const printButton = byId<HTMLButtonElement>("print");
  const list = new FilesView(document, byId("files"), (id) => show(id));
  const results = (): FileResult[] => files.flatMap((f) => (f.result ? [f.result] : []));
  const redraw = (): void => {
    list.render(files, shown);
    const any = results().length > 0;
    exportButton.disabled = !any;
    printButton.disabled = !any;
  };

  function show(id: number): void {
    const file = files.find((f) => f.id === id);
    if (!file || !file.sheets) return;
    shown = id;
    document.title = `${file.name} · 年报统计表检查`;
    workbook.replaceSheets(file.sheets);
    // Another file's sheets are not an edit: the pane is told to check everything again.
    void pane.check();
    redraw();
  }

  /** Read the files one after another; the first that can be read is shown. */
  async function open(sources: readonly FileSource[]): Promise<void> {
    const batch = sources.map((s) => ({ id: nextId++, name: s.name, result: null, sheets: null }) as OpenedFile);
    files.push(...batch);
    redraw();
    let first = true;
    for (let i = 0; i < batch.length; i++) {
      const done = await openFile(batch[i].id, sources[i]);
      files[files.indexOf(batch[i])] = done;
      redraw();
      if (first && done.sheets) {
        first = false;
        show(done.id);
      }
    }
    pending -= 1;
    if (pending === 0) document.body.setAttribute("data-busy", "false");
  }
  const openAll = (chosen: FileList | null): void => {
    const sources = Array.from(chosen ?? []);
    if (sources.length === 0) return;
    pending += 1;
    document.body.setAttribute("data-busy", "true");
    void open(sources);
  };

  const input = byId<HTMLInputElement>("file-input");
  byId("open").addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    openAll(input.files);
    // The same file chosen again (after fixing it elsewhere) must fire `change` once more.
    input.value = "";
  });
  dropFiles(byId("drop"), openAll);

  exportButton.addEventListener("click", () => {
    exportButton.disabled = true;
    summaryBytes(results())
      .then((bytes) => download(document, bytes, summaryName(new Date()), XLSX_TYPE))
      .catch((e: unknown) => window.alert(`导出失败（${e instanceof Error ? e.message : String(e)}）`))
      .finally(() => (exportButton.disabled = false));
  });
  const fillPrint = (): void => fillPrintReport(document, byId("print-report"), results(), new Date());
  window.addEventListener("beforeprint", fillPrint);
  printButton.addEventListener("click", () => {
    fillPrint();
    window.print();
  });

  view.drawAll();
  document.body.setAttribute("data-ready", "true");
  performance.mark("nianbao:checker-ready");
}

/** Files dropped anywhere on the page; the overlay says what a drop will do. */
function dropFiles(overlay: HTMLElement, openAll: (files: FileList | null) => void): void {
  const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).indexOf("Files") >= 0;
  document.addEventListener("dragover", (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    overlay.hidden = false;
  });
  document.addEventListener("dragleave", (e) => {
    if (e.relatedTarget === null) overlay.hidden = true;
  });
  document.addEventListener("drop", (e) => {
    overlay.hidden = true;
    if (!hasFiles(e)) return;
    e.preventDefault();
    openAll(e.dataTransfer?.files ?? null);
  });
}

start();

/**
 * The list of opened files: each with its counts (错误 / 核实 / 提示, as `nianbao check` counts
 * them when the file is opened) or why it could not be read; a click shows it in the grid.
 * Text goes in as text nodes, never as HTML (file names come from the user's disk).
 */
import { countsOf, type OpenedFile } from "./opened";

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function statusOf(doc: Document, file: OpenedFile): HTMLElement {
  const box = el(doc, "span", "file-status");
  if (file.result === null) {
    box.textContent = "正在读取和检查……";
    return box;
  }
  if (file.result.error !== null) {
    box.classList.add("unreadable");
    box.textContent = `无法读取：${file.result.error}`;
    return box;
  }
  const c = countsOf(file.result);
  box.append(
    el(doc, "span", `count errors${c.errors > 0 ? " some" : ""}`, `错误 ${c.errors}`),
    el(doc, "span", `count warnings${c.warnings > 0 ? " some" : ""}`, `核实 ${c.warnings}`),
    el(doc, "span", "count infos", `提示 ${c.infos}`),
  );
  return box;
}

export class FilesView {
  constructor(
    private readonly doc: Document,
    private readonly root: HTMLElement,
    private readonly onSelect: (id: number) => void,
  ) {}

  render(files: readonly OpenedFile[], shown: number | null): void {
    if (files.length === 0) return;
    const doc = this.doc;
    const heading = el(doc, "h2", "files-heading", `已打开 ${files.length} 个文件`);
    const note = el(doc, "p", "files-note", "数字为打开时的检查结果；试改后的结果见右侧检查面板。");
    const list = el(doc, "ul", "file-list");
    for (const file of files) {
      const item = el(doc, "li", "file-item");
      const button = el(doc, "button", "file-open");
      button.type = "button";
      button.setAttribute("data-file", file.name);
      if (file.id === shown) button.setAttribute("aria-current", "true");
      button.disabled = file.sheets === null;
      button.title = file.sheets === null ? "" : "在表格中显示";
      button.append(el(doc, "span", "file-name", file.name), statusOf(doc, file));
      button.addEventListener("click", () => this.onSelect(file.id));
      item.append(button);
      list.append(item);
    }
    this.root.replaceChildren(heading, note, list);
  }
}

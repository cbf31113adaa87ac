/** The sheet tabs under the grid: click to activate a sheet, ＋ to add an empty one. */
import type { Workbook } from "../workbook";

export class SheetTabs {
  constructor(
    private readonly doc: Document,
    private readonly root: HTMLElement,
    private readonly workbook: Workbook,
    private readonly afterActivate: () => void,
  ) {
    root.setAttribute("role", "tablist");
    root.setAttribute("aria-label", "工作表");
  }

  render(): void {
    const doc = this.doc;
    const tabs = this.workbook.sheets.map((sheet) => {
      const b = doc.createElement("button");
      b.type = "button";
      b.className = "sheet-tab";
      b.setAttribute("role", "tab");
      const active = sheet === this.workbook.activeSheet;
      b.setAttribute("aria-selected", String(active));
      b.textContent = sheet.name;
      b.addEventListener("click", () => {
        this.workbook.activate(sheet.name);
        this.afterActivate();
      });
      return b;
    });
    const add = doc.createElement("button");
    add.type = "button";
    add.className = "sheet-add";
    add.title = "新工作表";
    add.setAttribute("aria-label", "新工作表");
    add.textContent = "＋";
    add.addEventListener("click", () => {
      this.workbook.addEmptySheet();
      this.afterActivate();
    });
    this.root.replaceChildren(...tabs, add);
  }
}

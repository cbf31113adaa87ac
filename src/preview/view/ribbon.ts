/**
 * A stand-in for Excel's ribbon: the 年报 group the add-in's manifest puts on the 开始 tab. 检查面板
 * shows or hides the task pane; 插入统计表 appears only when the page is given a way to insert.
 */
export interface RibbonActions {
  togglePane(): boolean;
  insertTable?: () => Promise<void>;
}

function button(doc: Document, label: string, icon: string, title: string): HTMLButtonElement {
  const b = doc.createElement("button");
  b.type = "button";
  b.className = "ribbon-button";
  b.title = title;
  const img = doc.createElement("img");
  img.src = icon;
  img.alt = "";
  const text = doc.createElement("span");
  text.textContent = label;
  b.append(img, text);
  return b;
}

export function mountRibbon(doc: Document, root: HTMLElement, actions: RibbonActions): void {
  const group = doc.createElement("div");
  group.className = "ribbon-group";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", "年报");
  const buttons = doc.createElement("div");
  buttons.className = "ribbon-buttons";
  if (actions.insertTable) {
    const insert = button(doc, "插入统计表", "assets/insert-32.png", "插入本年度的政府信息公开工作年度报告统计表");
    const run = actions.insertTable;
    insert.addEventListener("click", () => {
      insert.disabled = true;
      void run().finally(() => (insert.disabled = false));
    });
    buttons.append(insert);
  }
  const pane = button(doc, "检查面板", "assets/check-32.png", "显示或隐藏统计表检查面板");
  pane.setAttribute("aria-pressed", "true");
  pane.addEventListener("click", () => pane.setAttribute("aria-pressed", String(actions.togglePane())));
  buttons.append(pane);
  const name = doc.createElement("div");
  name.className = "ribbon-group-name";
  name.textContent = "年报";
  group.append(buttons, name);
  root.append(group);
}

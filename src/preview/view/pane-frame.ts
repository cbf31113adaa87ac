/**
 * Load the unchanged pane page into a same-origin frame. office.js, loaded in a frame outside
 * Office, sends that frame to about:blank unless the page defines `OsfOptOut` (office.js's own
 * opt-out of that guard). A navigated frame gets a fresh window, so the flag cannot be set from
 * here before office.js runs; instead the page's HTML is written into the frame's initial
 * window, which keeps the flag (document.open keeps the window). The page's URLs are relative,
 * and this page sits beside it, so everything it loads resolves the same.
 */
export async function loadPane(host: HTMLElement): Promise<void> {
  const frame = document.createElement("iframe");
  frame.title = "年报 任务窗格";
  performance.mark("nianbao:pane-frame");
  host.append(frame);
  let html: string;
  try {
    const response = await fetch("taskpane.html", { cache: "no-store" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    html = await response.text();
  } catch (e) {
    const p = document.createElement("p");
    p.className = "pane-missing";
    p.setAttribute("role", "alert");
    p.textContent = `没有找到任务窗格页面 taskpane.html（${e instanceof Error ? e.message : String(e)}）。请用 npm start 构建并启动预览。`;
    frame.replaceWith(p);
    return;
  }
  const win = frame.contentWindow as (Window & { OsfOptOut?: boolean }) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) return;
  win.OsfOptOut = true;
  doc.open();
  doc.write(html);
  doc.close();
  performance.mark("nianbao:pane-written");
}

/**
 * Which workbook the pane works on. In Excel: the Office.js adapter. In the browser preview: the
 * preview's in-page workbook, which it puts on the parent window of the same-origin iframe that
 * loads this unchanged page. Anywhere else: a message saying where to open the pane.
 */
import type { WorkbookHost } from "../host/workbook-host";
import { globalTimers, type Timers } from "./debounce";

export type HostChoice = { kind: "excel" | "preview"; host: WorkbookHost } | { kind: "none"; message: string };

export interface BootEnvironment {
  /**
   * `Office.onReady`, resolving with whether the host is Excel; undefined when office.js did not
   * load (no network to its CDN).
   */
  onReady: (() => Promise<boolean>) | undefined;
  /** Builds the Office.js adapter; called only inside Excel. */
  createExcelHost: () => WorkbookHost;
  /** The preview's host on the parent window, or undefined. */
  previewHost: () => WorkbookHost | undefined;
  /** Called once if Office has not answered after `slowMs` (the pane then says it is still waiting). */
  onSlow?: () => void;
  slowMs?: number;
  timers?: Timers;
}

export const NOT_IN_EXCEL = "请在 Excel 中打开本面板：在“开始”选项卡的“年报”组中点击“检查面板”（或在本项目的浏览器预览中使用）。";
export const NO_OFFICE_JS = "未能加载 Office 脚本库（office.js），无法连接 Excel。请检查能否访问 appsforoffice.microsoft.com；内网环境请让管理员部署含 office.js 的版本。";
export const SLOW_OFFICE = "正在等待 Excel 响应……如果长时间停留在此，请关闭本面板后重新打开。";

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The preview's host, read from the parent window. In Excel on the web the parent is Office's own
 * page on another origin, and reading from it throws: that simply means "no preview".
 */
export function previewHostOf(win: Window): WorkbookHost | undefined {
  try {
    return win.parent?.nianbaoPreviewHost ?? undefined;
  } catch {
    return undefined;
  }
}

export async function chooseHost(env: BootEnvironment): Promise<HostChoice> {
  // A preview host on a same-origin parent rules Excel out (Excel's pages are never same-origin
  // with the add-in), so the preview need not wait for office.js, nor have it at all.
  const preview = env.previewHost();
  if (preview) return { kind: "preview", host: preview };
  if (!env.onReady) return { kind: "none", message: NO_OFFICE_JS };

  const timers = env.timers ?? globalTimers;
  const slow = env.onSlow ? timers.set(env.onSlow, env.slowMs ?? 15000) : null;
  let inExcel: boolean;
  try {
    inExcel = await env.onReady();
  } finally {
    if (slow !== null) timers.clear(slow);
  }
  if (!inExcel) return { kind: "none", message: NOT_IN_EXCEL };
  try {
    return { kind: "excel", host: env.createExcelHost() };
  } catch (e) {
    return { kind: "none", message: `无法连接 Excel（${reason(e)}）。请关闭本面板后重新打开。` };
  }
}

/**
 * 打印: what the print stylesheet shows instead of the page — the files with their counts, then
 * every finding of each file (the grid and the pane are not printed).
 */
import type { FileResult } from "../cli/check-book";
import { SEVERITY_NAMES } from "../cli/summary-layout";
import { countsOf } from "./opened";

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
}

function row(doc: Document, cells: readonly string[], tag: "td" | "th" = "td"): HTMLTableRowElement {
  const tr = el(doc, "tr");
  for (const c of cells) tr.append(el(doc, tag, c));
  return tr;
}

/** Cells of a finding, cut to a readable list as the 汇总 workbook cuts them. */
function cellsText(cells: readonly string[]): string {
  return cells.length > 8 ? `${cells.slice(0, 8).join("、")} 等 ${cells.length} 个` : cells.join("、");
}

export function fillPrintReport(doc: Document, root: HTMLElement, results: readonly FileResult[], now: Date): void {
  const files = el(doc, "table");
  files.className = "print-files";
  files.append(row(doc, ["文件", "错误", "核实", "提示", "无法读取的原因"], "th"));
  for (const r of results) {
    const c = r.error === null ? countsOf(r) : null;
    files.append(row(doc, [r.file, c ? String(c.errors) : "", c ? String(c.warnings) : "", c ? String(c.infos) : "", r.error ?? ""]));
  }
  const parts: HTMLElement[] = [
    el(doc, "h1", "政府信息公开工作年度报告 统计表检查结果"),
    el(doc, "p", `检查时间：${now.toLocaleString("zh-CN")}；共 ${results.length} 个文件`),
    files,
  ];
  for (const r of results) {
    if (r.error !== null || r.findings.length === 0) continue;
    parts.push(el(doc, "h2", r.file));
    const list = el(doc, "ol");
    for (const f of r.findings) {
      const where = f.sheet ? `[${f.sheet}${f.cells.length > 0 ? ` ${cellsText(f.cells)}` : ""}] ` : "";
      list.append(el(doc, "li", `${SEVERITY_NAMES[f.severity]}：${where}${f.message}`));
    }
    parts.push(list);
  }
  root.replaceChildren(...parts);
}

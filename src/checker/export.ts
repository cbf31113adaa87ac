/**
 * 导出: the findings of every opened file as the 汇总 workbook of `nianbao check --summary` —
 * the same layout (src/cli/summary-layout.ts) written by the same exceljs code, whose browser build
 * is a chunk fetched only when a user first exports.
 */
import type { FileResult } from "../cli/check-book";
import { planSummary } from "../cli/summary-layout";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function summaryBytes(results: readonly FileResult[]): Promise<Uint8Array> {
  const { summaryWorkbookBytes } = await import(/* webpackChunkName: "summary-writer" */ "../cli/summary-write");
  return summaryWorkbookBytes(planSummary(results));
}

/** `年报检查汇总-20260107.xlsx`: the day it was made, as a reviewer files it. */
export function summaryName(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `年报检查汇总-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}.xlsx`;
}

/** Hand bytes to the browser as a download (a blob URL: nothing goes over the network). */
export function download(doc: Document, bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const a = doc.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

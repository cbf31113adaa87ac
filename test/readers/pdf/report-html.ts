/**
 * A report as departments write it in Word, as a web page LibreOffice Writer prints to PDF: a
 * title, paragraphs, and the 2021 tables typed as document tables (merged cells as rowspan and
 * colspan). Enough text comes before 表三 that the page break falls inside it.
 */
import { fromA1 } from "../../../src/core/address";
import { rectOfA1 } from "../../../src/core/layout/rects";
import { planTemplate } from "../../../src/core/layout";
import { consistent } from "../../helpers/check-fixtures";

export const REPORT_YEAR = 2023;
export const REPORT_AGENCY = "测试市审计局";

const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The paragraphs around the tables; the numbers agree with the tables (B 一 总计 is what `consistent` gives). */
export function paragraphsBefore(): string[] {
  const filler =
    "本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，持续深化政务公开，不断提升政府信息公开工作质量和实效，切实保障人民群众的知情权、参与权、表达权和监督权。";
  return [
    `${REPORT_AGENCY}${REPORT_YEAR}年政府信息公开工作年度报告`,
    `本报告根据《中华人民共和国政府信息公开条例》编制。报告所列统计期限自${REPORT_YEAR}年1月1日至${REPORT_YEAR}年12月31日。`,
    "一、总体情况",
    ...Array.from({ length: 6 }, (_, i) => `（${"一二三四五六"[i]}）${filler}${filler}`),
  ];
}

export function paragraphsAfter(): string[] {
  return [
    "五、存在的主要问题及改进情况",
    "下一步，本机关将进一步规范政府信息公开工作，提高答复质量。",
    "六、其他需要报告的事项",
    `${REPORT_YEAR}年，本机关未收取信息处理费。`,
  ];
}

function tableHtml(values: (string | number | null)[][], merges: string[], range: string): string {
  const rect = rectOfA1(range);
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of merges) {
    const r = rectOfA1(m);
    if (r.top < rect.top || r.bottom > rect.bottom || r.left < rect.left || r.right > rect.right) continue;
    spans.set(`${r.top},${r.left}`, { rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 });
    for (let y = r.top; y <= r.bottom; y++) for (let x = r.left; x <= r.right; x++) if (y !== r.top || x !== r.left) covered.add(`${y},${x}`);
  }
  const rows: string[] = [];
  for (let y = rect.top; y <= rect.bottom; y++) {
    const cells: string[] = [];
    for (let x = rect.left; x <= rect.right; x++) {
      if (covered.has(`${y},${x}`)) continue;
      const span = spans.get(`${y},${x}`);
      const attrs = span ? `${span.rows > 1 ? ` rowspan="${span.rows}"` : ""}${span.cols > 1 ? ` colspan="${span.cols}"` : ""}` : "";
      const v = values[y]?.[x];
      cells.push(`<td${attrs}>${v === null || v === undefined ? "" : escape(String(v))}</td>`);
    }
    rows.push(`<tr>${cells.join("")}</tr>`);
  }
  return `<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;width:100%">${rows.join("\n")}</table>`;
}

export function reportHtml(): string {
  const plan = planTemplate("national-2021", REPORT_YEAR, REPORT_AGENCY);
  const values: (string | number | null)[][] = plan.values.map((r) => [...r]);
  for (const table of plan.tables) {
    const filled = consistent("national-2021", table.id);
    for (const [key, a1] of Object.entries(table.cells)) {
      const p = fromA1(a1);
      values[p.row][p.col] = filled[key] as number;
    }
  }
  const p = (s: string, indent = true): string => `<p style="text-indent:${indent ? "2em" : "0"};font-size:14pt">${escape(s)}</p>`;
  const body: string[] = paragraphsBefore().map((s, i) => p(s, i > 2));
  for (const table of plan.tables) {
    body.push(p(table.title, false));
    body.push(tableHtml(values, plan.merges, table.range));
  }
  body.push(...paragraphsAfter().map((s, i) => p(s, i % 2 === 1)));
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${REPORT_YEAR}年报</title></head><body style="font-family:'Noto Serif CJK SC'">${body.join("\n")}</body></html>`;
}

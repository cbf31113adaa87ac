/**
 * The words around the tables: the title (which carries `YYYY年度`, where the locator reads the
 * report year), the line naming the tables and the format, and the lines staff sign and stamp.
 */
import type { FormatDef } from "../formats/model";
import { textPx } from "./measure";
import { BODY_SIZE } from "./styles";

export function titleText(format: FormatDef, year: number, agency: string): string {
  return format.id === "legacy-2014" ? `${agency}${year}年度${format.name}` : `${agency}${year}年度政府信息公开工作年度报告`;
}

export function subtitleText(format: FormatDef, year: number): string {
  if (format.id === "legacy-2014") {
    return `统计期间：${year}年1月1日至${year}年12月31日　依据：${format.basis}统计制度`;
  }
  const parts = format.tables.map((t) => t.title.slice(0, t.title.indexOf("、")));
  return `第${parts.join("、")}部分统计表　依据：《${format.name}》（${format.basis}）`;
}

/** What staff fill in by hand on the printout, with room to write. */
const SIGNATURE_FIELDS = [
  "填报单位（盖章）：　　　　　　　　　　",
  "单位负责人：　　　　　　",
  "填报人：　　　　　　",
  "联系电话：　　　　　　　　",
  "填报日期：　　　　年　　月　　日",
];

const FIELD_GAP = "　　";

/** The signature fields packed into as few lines as fit `widthPx`. */
export function signatureLines(widthPx: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const field of SIGNATURE_FIELDS) {
    const joined = line === "" ? field : `${line}${FIELD_GAP}${field}`;
    if (line !== "" && textPx(joined, BODY_SIZE) > widthPx) {
      lines.push(line);
      line = field;
    } else {
      line = joined;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

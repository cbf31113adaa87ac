/**
 * The few looks a template uses. Few on purpose: a host applies one call per look, and a table
 * printed for signing reads best when every label, header and value looks the same as its peers.
 */
import type { CellStyle, StyleId } from "./plan";

/** 宋体 is what the published tables use; hosts without it substitute a similar font. */
export const FONT_NAME = "宋体";

/** 五号, the size of body text in official documents. */
export const BODY_SIZE = 10.5;

const HEADER_FILL = "#F2F2F2";

const base: CellStyle = {
  size: BODY_SIZE,
  bold: false,
  horizontal: "left",
  vertical: "middle",
  wrap: true,
  indent: 0,
  border: true,
  fill: null,
};

export const STYLES: Readonly<Record<StyleId, CellStyle>> = {
  title: { ...base, size: 16, bold: true, horizontal: "center", border: false },
  subtitle: { ...base, horizontal: "center", border: false },
  // A section heading sits alone on its row and may run over the empty cells to its right.
  section: { ...base, size: 12, bold: true, wrap: false, border: false },
  header: { ...base, bold: true, horizontal: "center", fill: HEADER_FILL },
  note: { ...base, size: 9, horizontal: "center", fill: HEADER_FILL },
  labelCenter: { ...base, horizontal: "center" },
  label: base,
  label1: { ...base, indent: 1 },
  label2: { ...base, indent: 2 },
  label3: { ...base, indent: 3 },
  labelBold: { ...base, bold: true },
  labelBold1: { ...base, bold: true, indent: 1 },
  value: { ...base, horizontal: "center", wrap: false },
  footer: { ...base, border: false },
};

/** The label look for a row at `depth` of a hierarchy (legacy table), bold for headings. */
export function labelStyle(depth: number, bold: boolean): StyleId {
  if (bold) return depth === 0 ? "labelBold" : "labelBold1";
  const ids: StyleId[] = ["label", "label1", "label2", "label3"];
  return ids[Math.min(depth, ids.length - 1)];
}

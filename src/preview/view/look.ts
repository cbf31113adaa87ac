/**
 * A cell's look as CSS, and Excel's size units in screen pixels, at Excel's 100 % zoom on a
 * 96 dpi screen. Pure, so the look of an inserted table is tested without a browser.
 */
import type { CellStyle } from "../../core/layout";
import type { Mark } from "../conditional";

/** Excel's column width unit is the width of `0` in the default font: 7 px, plus 5 px padding. */
export function columnPx(width: number): number {
  return width <= 0 ? 0 : Math.round(width * 7 + 5);
}

/** Row heights are in points: 96 px per 72 pt. */
export function rowPx(points: number): number {
  return Math.round((points * 96) / 72);
}

/** Fonts to use for a plan's font name; 宋体 falls back to the serif CJK fonts most systems have. */
export function fontStack(name: string | null): string {
  const fallback = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';
  if (name === null) return `"DengXian", 等线, ${fallback}`;
  if (name === "宋体") return `"SimSun", 宋体, "Songti SC", "Noto Serif CJK SC", "Noto Serif SC", serif`;
  return `"${name.replace(/["\\]/g, "")}", ${fallback}`;
}

/** CSS declarations (property → value) for a styled cell, a conditional-format mark on top. */
export function cellCss(style: CellStyle | undefined, fontName: string | null, mark?: Mark): Record<string, string> {
  const css: Record<string, string> = {};
  if (style) {
    css["font-family"] = fontStack(fontName);
    css["font-size"] = `${style.size}pt`;
    css["font-weight"] = style.bold ? "bold" : "normal";
    css["text-align"] = style.horizontal;
    css["vertical-align"] = style.vertical;
    css["white-space"] = style.wrap ? "pre-wrap" : "pre";
    if (style.indent > 0) css["padding-left"] = `${style.indent * 9 + 2}px`;
    if (style.fill) css["background-color"] = style.fill;
  }
  if (mark) {
    css["background-color"] = mark.fill;
    css["color"] = mark.fontColor;
  }
  return css;
}

/**
 * Reading one value cell. Real tables hold more than numbers: text that looks like a number,
 * full-width digits, `/` or `-` for zero, units typed into the cell, `减4`, Excel error values.
 * Each gives either a number (possibly with a note telling the user what to type instead) or a
 * problem that leaves the cell unknown. A blank is its own outcome, never a silent 0.
 */
import type { ValueKind } from "./formats/model";
import type { CellValue, Severity } from "./types";

/** Something to tell the user about one cell. The checker adds where the cell is. */
export interface CellNote {
  rule: string;
  severity: Severity;
  /** Chinese, without the cell's name: `填写了“/”，按 0 计；统计表中没有发生的应填 0`. */
  message: string;
}

export type Reading =
  /** A usable number; `note` says what to fix when the cell was not written as a plain number. */
  | { status: "value"; value: number; note?: CellNote }
  | { status: "blank" }
  /** Not a number: rules that need this cell cannot be evaluated. */
  | { status: "invalid"; note: CellNote };

const ERROR_VALUE = /^#(?:REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|BUSY!|CONNECT!|GETTING_DATA)$/i;
/** What people type for "nothing" in a statistics table. */
const PLACEHOLDERS = new Set(["/", "-", "--", "—", "——", "–", "~", "无", "空", "没有", "n/a", "na"]);
/** Units typed into value cells: longest first so `人次` wins over `人`. */
const UNIT_SUFFIX = /^(.*?)(万元|人次|元|万|条|件|个|人|次|篇|项|家|宗|份)$/;

const plain = (n: number): string => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6))));

const note = (rule: string, severity: Severity, message: string): CellNote => ({ rule, severity, message });

/** Whole numbers, the tolerance for floating-point noise from formulas included. */
const isWhole = (n: number): boolean => Math.abs(n - Math.round(n)) < 1e-9;

/** Check a number against what the cell may hold. */
function checkKind(value: number, kind: ValueKind, shown: string): Reading {
  if (kind === "money") {
    if (value < 0) return { status: "value", value, note: note("value.negative", "error", `金额不能为负数（填了 ${shown}）`) };
    return { status: "value", value };
  }
  if (!isWhole(value)) {
    const what = kind === "signed" ? "增减数" : "件数、人数等";
    return { status: "value", value, note: note("value.not-whole", "error", `${what}应为整数（填了 ${shown}）`) };
  }
  const whole = Math.round(value);
  if (kind === "count" && whole < 0) return { status: "value", value: whole, note: note("value.negative", "error", `不能为负数（填了 ${shown}）；没有发生的填 0`) };
  return { status: "value", value: whole };
}

/** A decimal in text: `12`, `-3`, `1,234`, `0.5`, `+2`, `12.` (a stray point after a whole number). */
function parseNumber(s: string): number | null {
  if (/^[+-]?\d+(?:\.\d*)?$/.test(s) || /^[+-]?\.\d+$/.test(s)) return Number(s);
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  return null;
}

/** 元 per unit of a money cell: 万元 unless the table declares 元 (see `readCell`). */
const YUAN_PER: Readonly<Record<string, number>> = { 元: 1, 千元: 1000, 万元: 10000, 亿元: 100000000 };

/** Read a text cell; `original` is what the user typed, for messages. */
function readText(original: string, kind: ValueKind, moneyUnit: string): Reading {
  const trimmed = original.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, "");
  if (trimmed === "") return { status: "blank" };
  if (ERROR_VALUE.test(trimmed)) return { status: "invalid", note: note("value.error-value", "error", `显示错误值 ${trimmed}，公式引用的单元格可能已被删除；请改填数字`) };

  const half = trimmed.normalize("NFKC").replace(/\s+/g, "");
  if (PLACEHOLDERS.has(half.toLowerCase()) || PLACEHOLDERS.has(trimmed))
    return { status: "value", value: 0, note: note("value.placeholder", "warning", `填写了“${trimmed}”，按 0 计；统计表中没有发生的应填 0`) };

  const fullWidth = half !== trimmed.replace(/\s+/g, "") && /[０-９]/.test(trimmed);

  let body = half;
  let unit = "";
  const withUnit = UNIT_SUFFIX.exec(body);
  if (withUnit && withUnit[1] !== "") {
    body = withUnit[1];
    unit = withUnit[2];
  }
  let decreaseWord = false;
  const word = /^(减少?|增加?)(.+)$/.exec(body);
  if (word) {
    decreaseWord = word[1].startsWith("减");
    body = (decreaseWord ? "-" : "") + word[2];
  }
  let value = parseNumber(body);
  if (value === null) return { status: "invalid", note: note("value.not-number", "error", `“${trimmed}”不是数字，请填写数字（没有发生的填 0）`) };

  if (kind === "money" && moneyUnit !== "万元" && (unit === "元" || unit === "万" || unit === "万元")) {
    // A column declared in 元 (2019's 采购总金额): `5000元` is 5000, `1.2万元` is 12000.
    const per = YUAN_PER[moneyUnit] ?? 10000;
    value = (value * (unit === "元" ? 1 : 10000)) / per;
  } else if (unit === "元" && kind === "money") {
    const wan = value / 10000;
    return {
      status: "value",
      value: wan,
      note: note("value.yuan", "error", `填写了“${trimmed}”，本格单位为万元，应填 ${plain(wan)}`),
    };
  } else if (unit === "万" || unit === "万元") {
    // `5万` in a count cell means fifty thousand; in a money cell it is already 万元.
    if (kind !== "money") value *= 10000;
  }

  const checked = checkKind(value, kind, plain(value));
  if (checked.status !== "value" || checked.note) return checked;

  const shown = plain(checked.value);
  if (decreaseWord && kind === "signed") return { ...checked, note: note("value.decrease-word", "warning", `“${trimmed}”应写作 ${shown}`) };
  if (word && kind !== "signed") return { ...checked, note: note("value.with-unit", "warning", `“${trimmed}”含文字，按 ${shown} 计；请只填数字 ${shown}`) };
  if (unit) return { ...checked, note: note("value.with-unit", "warning", `“${trimmed}”含单位文字，按 ${shown} 计；请只填数字 ${shown}`) };
  if (fullWidth) return { ...checked, note: note("value.full-width", "warning", `“${trimmed}”是全角数字，按 ${shown} 计；请改为半角数字 ${shown}`) };
  return { ...checked, note: note("value.text-number", "info", `数字 ${shown} 以文本形式存储；可转换为数字，以免求和公式漏计`) };
}

/** Characters that show as nothing: zero-width space, non-joiner, joiner, word joiner, BOM. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const INVISIBLE_WORDS = "不可见字符（零宽空格等，常随网页或聊天工具中复制的文字带入）";

/**
 * A text cell with invisible characters is read without them, and the user is told why a cell
 * that looks like `12` is not a plain number: otherwise the cause would be invisible too.
 */
function readWithoutInvisible(raw: string, kind: ValueKind, moneyUnit: string): Reading {
  const reading = readText(raw.replace(INVISIBLE, ""), kind, moneyUnit);
  if (reading.status !== "value") return reading;
  const shown = plain(reading.value);
  if (!reading.note || reading.note.rule === "value.text-number")
    return { ...reading, note: note("value.invisible", "warning", `含${INVISIBLE_WORDS}，已忽略，按 ${shown} 计；请删除单元格内容后重新输入 ${shown}`) };
  return { ...reading, note: { ...reading.note, message: `${reading.note.message}；另含${INVISIBLE_WORDS}，已忽略` } };
}

/**
 * Read one value cell of the given kind. Money is in 万元 unless `moneyUnit` says the table
 * declares another unit for the cell (where the format fixes none).
 */
export function readCell(raw: CellValue, kind: ValueKind, moneyUnit = "万元"): Reading {
  if (raw === null) return { status: "blank" };
  if (typeof raw === "boolean") return { status: "invalid", note: note("value.not-number", "error", `填写了逻辑值 ${raw ? "TRUE" : "FALSE"}，请填写数字`) };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { status: "invalid", note: note("value.not-number", "error", "不是有效数字，请填写数字") };
    return checkKind(raw, kind, plain(raw));
  }
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(raw) ? readWithoutInvisible(raw, kind, moneyUnit) : readText(raw, kind, moneyUnit);
}

/**
 * What each kind of value cell accepts and how it shows its number: counts are whole and never
 * negative, 万元 may have decimals, 2019's 本年增/减 is a signed whole number written `-8`.
 */
import type { ValueKind } from "../formats/model";
import type { ValidationGroup } from "./plan";

export const NUMBER_FORMATS: Readonly<Record<ValueKind, string>> = {
  count: "0",
  money: "0.00",
  // The sign is shown both ways so `+3` and `-8` read as changes, not counts.
  signed: "+0;-0;0",
};

/** Excel's largest whole number in a validation is far above any count; this bound is generous. */
const SIGNED_BOUND = 999999999;

export type ValidationRule = Omit<ValidationGroup, "ranges">;

export const VALIDATIONS: Readonly<Record<ValueKind, ValidationRule>> = {
  count: {
    kind: "count",
    type: "whole",
    min: 0,
    max: null,
    promptTitle: "填写整数",
    prompt: "请填写大于或等于 0 的整数。没有发生的填 0，不要填“/”“-”“无”或留空。",
    errorTitle: "应填整数",
    error: "此处应填大于或等于 0 的整数，例如 0、3、12；没有发生的填 0。不要填写单位或文字。",
  },
  money: {
    kind: "money",
    type: "decimal",
    min: 0,
    max: null,
    promptTitle: "单位：万元",
    prompt: "请按万元填写，可带小数，例如 1.25（即 12500 元）。没有发生的填 0，不要按元填写。",
    errorTitle: "应填金额（万元）",
    error: "此处应填大于或等于 0 的金额，单位万元，例如 0、1.25；不要填写单位或文字。",
  },
  signed: {
    kind: "signed",
    type: "whole",
    min: -SIGNED_BOUND,
    max: SIGNED_BOUND,
    promptTitle: "填写增减数",
    prompt: "请填写整数：增加填正数，减少填负数（减少 8 项填 -8，不要写“减8”）；没有变化填 0。",
    errorTitle: "应填整数",
    error: "此处应填整数，减少填负数，例如 -8、0、5；不要写“减8”或其他文字。",
  },
};

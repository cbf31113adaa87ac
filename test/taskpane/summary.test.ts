import type { Finding } from "../../src/core/types";
import { findingId } from "../../src/taskpane/identity";
import { countFindings, isClean, summaryText } from "../../src/taskpane/summary";

const f = (rule: string, severity: Finding["severity"], cells: string[] = ["D7"], message = "…"): Finding => ({
  rule,
  severity,
  message,
  sheet: "2024年度统计表",
  cells,
});

describe("the summary line", () => {
  it("counts blank cells by cell, apart from 核实, and says it in one line", () => {
    const findings = [
      f("C-review-total", "error"),
      f("B-R1", "error", ["J24"]),
      f("A-effective-ge-issued", "warning"),
      f("A-regulation-level", "info"),
      f("value.blank", "warning", ["D24", "E24", "F24"]),
      f("value.blank", "warning", ["D54", "E54"]),
    ];
    const counts = countFindings(findings, new Map());
    expect(counts).toEqual({ error: 2, warning: 1, info: 1, blank: 5, kept: 0 });
    expect(summaryText(counts)).toBe("错误 2 · 核实 1 · 提示 1 · 未填写 5");
  });

  it("no longer counts a kept 核实 finding as 核实, and says how many are kept", () => {
    const warning = f("A-effective-ge-issued", "warning");
    const other = f("B-carry", "warning", ["D25"]);
    const counts = countFindings([warning, other], new Map([[findingId(warning), { note: "…", date: "" }]]));
    expect(counts).toEqual({ error: 0, warning: 1, info: 0, blank: 0, kept: 1 });
    expect(summaryText(counts)).toBe("错误 0 · 核实 1 · 提示 0 · 未填写 0 · 已保留 1");
  });

  it("never lets a stored note hide an error", () => {
    const error = f("C-review-total", "error");
    const counts = countFindings([error], new Map([[findingId(error), { note: "…", date: "" }]]));
    expect(counts.error).toBe(1);
    expect(counts.kept).toBe(0);
  });

  it("calls a report clean when nothing but hints remain", () => {
    expect(isClean({ error: 0, warning: 0, info: 2, blank: 0, kept: 1 })).toBe(true);
    expect(isClean({ error: 0, warning: 0, info: 0, blank: 1, kept: 0 })).toBe(false);
    expect(isClean({ error: 0, warning: 1, info: 0, blank: 0, kept: 0 })).toBe(false);
  });
});

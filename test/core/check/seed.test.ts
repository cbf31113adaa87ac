/**
 * The seed report (2017, legacy statistics table; formats.md §1 column "seed value"): its only
 * inconsistency is 主动公开规范性文件数 4 > 制发规范性文件总数 0.
 */
import { checkTable } from "../../../src/core/check";
import { seedLegacy } from "../../helpers/check-fixtures";
import { makeTable, refOf } from "../../helpers/check-table";

describe("the seed report", () => {
  test("no error, exactly one warning: 4 normative documents published, 0 issued", () => {
    const findings = checkTable(makeTable("legacy-2014", "L", seedLegacy(), { year: 2017 }));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const warnings = findings.filter((f) => f.severity === "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      rule: "L-normative-published-le-issued",
      sheet: "统计表",
      table: "L",
      reported: 4,
      computed: 0,
      cells: [refOf("legacy-2014", "L", "L1.1a|value"), refOf("legacy-2014", "L", "L1.1b|value")],
    });
    expect(warnings[0].message).toBe("其中：主动公开规范性文件数为 4，制发规范性文件总数为 0，相差 4：主动公开规范性文件数一般不大于制发规范性文件总数，请核实");
    expect(findings).toHaveLength(1);
  });

  test("typed as text, as the published page has it: still no error and one warning", () => {
    const asText = Object.fromEntries(Object.entries(seedLegacy()).map(([k, v]) => [k, String(v)]));
    const findings = checkTable(makeTable("legacy-2014", "L", asText));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.filter((f) => f.severity === "warning").map((f) => f.rule)).toEqual(["L-normative-published-le-issued"]);
    // Every cell is a number stored as text: one hint that lists all 65, nothing more.
    const infos = findings.filter((f) => f.severity === "info");
    expect(infos.map((f) => f.rule)).toEqual(["value.text-number"]);
    expect(infos[0].cells).toHaveLength(65);
    expect(infos[0].message).toMatch(/^统计表有 65 个数字以文本形式存储/);
  });
});

/** What the user reads: messages, the cells a finding selects, and the order of findings. */
import { checkTable } from "../../../src/core/check";
import { dataCells } from "../../../src/core/formats/derive";
import { consistent } from "../../helpers/check-fixtures";
import { makeTable, refOf, tableDefOf } from "../../helpers/check-table";

const F = "national-2021" as const;
const ref = (key: string): string => refOf(F, "B", key);
const outcomeRows = dataCells(tableDefOf(F, "B"))
  .filter((c) => c.column.key === "natural" && c.row.role === "part")
  .map((c) => c.key);

describe("Table B sum (B-R2)", () => {
  test("reported, computed, difference; total first, then every part", () => {
    const base = consistent(F, "B");
    const computed = base["B3.7|natural"] as number;
    const findings = checkTable(makeTable(F, "B", { ...base, "B3.7|natural": computed - 1 }));
    const f = findings.find((x) => x.rule === "B-R2");
    expect(f).toBeDefined();
    expect(f?.message).toBe(`（七）总计（自然人）填 ${computed - 1}，分项合计为 ${computed}，相差 1：该项应等于其各分项之和，请核对后修改`);
    expect(f).toMatchObject({ severity: "error", reported: computed - 1, computed, sheet: "表三", table: "B" });
    expect(f?.cells).toEqual([ref("B3.7|natural"), ...outcomeRows.map(ref)]);
    // 2021: （一）（二）, 8 不予公开, 3 无法提供, 5 不予处理, 3 其他处理.
    expect(f?.cells).toHaveLength(1 + 21);
  });

  test("blank parts are listed among the cells and mentioned in the message", () => {
    const base = consistent(F, "B");
    const findings = checkTable(makeTable(F, "B", { ...base, "B3.1|natural": null, "B3.5.2|natural": "" }));
    const f = findings.find((x) => x.rule === "B-R2" && x.cells[0] === ref("B3.7|natural"));
    expect(f?.message).toContain("（其中 2 格未填写，按 0 计）");
    expect(f?.cells).toContain(ref("B3.1|natural"));
    expect(f?.cells).toContain(ref("B3.5.2|natural"));
  });
});

describe("Table B identity (B-R1)", () => {
  test("both sides by the printed note's words, the column said once", () => {
    const values = {
      "B1|natural": 4,
      "B2|natural": 2,
      "B3.1|natural": 5,
      "B3.7|natural": 5,
      "B4|natural": 0,
    };
    const findings = checkTable(makeTable(F, "B", values, { fill: 0 }));
    const f = findings.find((x) => x.rule === "B-R1");
    expect(f?.message).toBe("（自然人）第一项加第二项之和为 6，第三项加第四项之和为 5，相差 1：按表中注明的勾稽关系，两者应相等");
    expect(f?.cells).toEqual([ref("B1|natural"), ref("B2|natural"), ref("B3.7|natural"), ref("B4|natural")]);
    expect(f).toMatchObject({ reported: 6, computed: 5 });
  });
});

describe("cells that are not plain numbers", () => {
  test("a note starts with the cell's name and points at the cell", () => {
    const findings = checkTable(makeTable(F, "B", { ...consistent(F, "B"), "B3.7|natural": "/" }));
    const f = findings.find((x) => x.rule === "value.placeholder");
    expect(f?.message).toBe("（七）总计（自然人）：填写了“/”，按 0 计；统计表中没有发生的应填 0");
    expect(f).toMatchObject({ severity: "warning", cells: [ref("B3.7|natural")], sheet: "表三", table: "B" });
    // `/` is read as 0, so the sum rule now fails and says 0 was used.
    expect(findings.find((x) => x.rule === "B-R2")?.message).toMatch(/^（七）总计（自然人）填 0，/);
  });

  test("an unreadable cell is reported once and the rules that need it are skipped", () => {
    const findings = checkTable(makeTable(F, "B", { ...consistent(F, "B"), "B3.1|natural": "abc" }));
    expect(findings.map((f) => f.rule)).toEqual(["value.not-number"]);
    expect(findings[0].message).toBe("（一）予以公开（自然人）：“abc”不是数字，请填写数字（没有发生的填 0）");
  });

  test("元 in a 万元 cell is converted for the rules and reported as an error", () => {
    const findings = checkTable(makeTable(F, "A", { ...consistent(F, "A"), "A8.1|fee": "125000000元" }));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["value.yuan", "error"],
      ["A-fee-in-yuan", "warning"],
    ]);
    expect(findings[0].message).toBe("行政事业性收费·本年收费金额：填写了“125000000元”，本格单位为万元，应填 12500");
  });
});

describe("a money column stated in 元", () => {
  test("values are computed in 万元, so the 元 slip is not reported twice", () => {
    const inYuan = makeTable(F, "A", { ...consistent(F, "A"), "A8.1|fee": 50000 });
    expect(checkTable(inYuan).map((f) => f.rule)).toEqual(["A-fee-in-yuan"]);
    // The locator found the header `本年收费金额（单位：元）` and reported unit.mismatch itself.
    const stated = { ...inYuan, statedUnits: { "A8.1|fee": "元" } };
    expect(checkTable(stated)).toEqual([]);
  });
});

describe("blank cells", () => {
  test("one finding lists every blank cell and names a few", () => {
    const values = { ...consistent(F, "C"), "C1|review.upheld": null, "C1|review.other": "", "C1|direct.total": null, "C1|afterReview.pending": " " };
    const findings = checkTable(makeTable(F, "C", values));
    const blank = findings.filter((f) => f.rule === "value.blank");
    expect(blank).toHaveLength(1);
    expect(blank[0].severity).toBe("warning");
    expect(blank[0].cells).toEqual(["C1|review.upheld", "C1|review.other", "C1|direct.total", "C1|afterReview.pending"].map((k) => refOf(F, "C", k)));
    expect(blank[0].message).toBe("表四有 4 个单元格未填写（没有发生的应填 0）：行政复议·结果维持、行政复议·其他结果、行政诉讼·未经复议直接起诉·总计等。计算时按 0 计");
  });

  test("a wholly blank table: only the blank finding, no rule fails on the zeros", () => {
    const findings = checkTable(makeTable(F, "B", {}));
    expect(findings).toHaveLength(1);
    expect(findings[0].cells).toHaveLength(175);
  });
});

describe("order", () => {
  test("cell notes, then the blank finding, then rules in derived order", () => {
    const values = {
      ...consistent(F, "B"),
      "B4|total": "/", // note (warning) + B-R3 and B-R1 on the total column
      "B1|natural": "１", // note (warning) + B-R3 on B1 and B-R1 natural
      "B3.3.3|legal": null, // blank + B-R2 legal + B-R3 on B3.3.3
    };
    const rules = checkTable(makeTable(F, "B", values)).map((f) => f.rule);
    expect(rules).toEqual(["value.full-width", "value.placeholder", "value.blank", "B-R2", "B-R3", "B-R3", "B-R3", "B-R1", "B-R1"]);
    // Deterministic: the same table gives the same list.
    expect(checkTable(makeTable(F, "B", values)).map((f) => f.message)).toEqual(checkTable(makeTable(F, "B", values)).map((f) => f.message));
  });
});

describe("cells the locator did not find", () => {
  test("a missing row's cells take part in no rule and are never counted as 0", () => {
    const base = consistent(F, "B");
    const findings = checkTable(makeTable(F, "B", base, { omitRows: ["B3.6.1"] }));
    // The found parts add up to less than （七）总计: the missing row may hold the rest.
    expect(findings).toEqual([]);
  });

  test("parts already over the total are reported, naming what was not found", () => {
    const base = consistent(F, "B");
    const total = base["B3.7|natural"] as number;
    const missingValue = base["B3.6.1|natural"] as number;
    const found = total - missingValue;
    const findings = checkTable(
      makeTable(F, "B", { ...base, "B3.7|natural": found - 2, "B3.7|total": (base["B3.7|total"] as number) - missingValue - 2 }, { omitRows: ["B3.6.1", "B4"] }),
    );
    const f = findings.find((x) => x.rule === "B-R2" && x.cells[0] === ref("B3.7|natural"));
    expect(f?.message).toBe(
      `（七）总计（自然人）填 ${found - 2}，已找到的分项合计已达 ${found}，至少多出 2` +
        "（表中未找到（六）其他处理·1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请（自然人），未计入）" +
        "：该项应等于其各分项之和，请核对后修改",
    );
    expect(f?.cells).not.toContain(ref("B3.6.1|natural"));
    expect(f?.computed).toBeUndefined();
  });

  test("a missing 总计 column leaves B-R3 unevaluated, the other rules still run", () => {
    const base = consistent(F, "B");
    const totals = dataCells(tableDefOf(F, "B"))
      .filter((c) => c.column.key === "total")
      .map((c) => c.key);
    const findings = checkTable(makeTable(F, "B", { ...base, "B3.1|natural": 0 }, { omitCells: totals }));
    expect(findings.map((f) => f.rule)).toEqual(["B-R2"]);
  });
});

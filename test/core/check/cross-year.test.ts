import { checkAgainstPreviousYear } from "../../../src/core/cross-year";
import { consistent } from "../../helpers/check-fixtures";
import { makeTable, refOf } from "../../helpers/check-table";

const F = "national-2021" as const;

/** Last year's Table B, whose 结转下年度 column by column becomes this year's 上年结转. */
function twoYearsOfB() {
  const previous = consistent(F, "B");
  const current = consistent(F, "B");
  // Make this year differ from last year (so it is not 雷同) while carrying over exactly.
  for (const key of Object.keys(current)) if (key.startsWith("B3.1|")) current[key] = (current[key] as number) + 1;
  for (const col of ["natural", "business", "research", "nonprofit", "legal", "other", "total"]) {
    const carried = previous[`B4|${col}`] as number;
    const shift = carried - (current[`B2|${col}`] as number);
    current[`B2|${col}`] = carried;
    current[`B1|${col}`] = (current[`B1|${col}`] as number) - shift + (col === "total" ? 6 : 1);
  }
  return { previous, current };
}

describe("B-carry-over", () => {
  test("holds when this year's 上年结转 equals last year's 结转下年度 in every column", () => {
    const { previous, current } = twoYearsOfB();
    const findings = checkAgainstPreviousYear(makeTable(F, "B", current, { year: 2023 }), makeTable(F, "B", previous, { year: 2022 }));
    expect(findings).toEqual([]);
  });

  test("a column that does not carry over is a warning on this year's cell", () => {
    const { previous, current } = twoYearsOfB();
    const carried = previous["B4|legal"] as number;
    const findings = checkAgainstPreviousYear(makeTable(F, "B", { ...current, "B2|legal": carried + 3 }, { year: 2023 }), makeTable(F, "B", previous, { year: 2022 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "B-carry-over",
      severity: "warning",
      sheet: "表三",
      table: "B",
      cells: [refOf(F, "B", "B2|legal")],
      reported: carried + 3,
      computed: carried,
    });
    expect(findings[0].message).toBe(
      `二、上年结转政府信息公开申请数量（法律服务机构）为 ${carried + 3}，上年（2022年度）报告的` +
        `四、结转下年度继续办理（法律服务机构）为 ${carried}，相差 3：本年的上年结转数应等于上年的结转下年度继续办理数，请核实两年的数据`,
    );
  });

  test("2020's table (2019 format) carries over into 2021's", () => {
    const { previous, current } = twoYearsOfB();
    const prev2019 = consistent("national-2019", "B");
    for (const col of ["natural", "business", "research", "nonprofit", "legal", "other", "total"]) prev2019[`B4|${col}`] = previous[`B4|${col}`];
    expect(checkAgainstPreviousYear(makeTable(F, "B", current), makeTable("national-2019", "B", prev2019))).toEqual([]);
    prev2019["B4|natural"] = 0;
    expect(checkAgainstPreviousYear(makeTable(F, "B", current), makeTable("national-2019", "B", prev2019)).map((f) => f.rule)).toEqual(["B-carry-over"]);
  });

  test("an unreadable or missing cell on either side leaves that column unchecked", () => {
    const { previous, current } = twoYearsOfB();
    const prev = makeTable(F, "B", { ...previous, "B4|natural": "abc" }, { omitCells: ["B4|business"] });
    const cur = makeTable(F, "B", { ...current, "B2|natural": 99, "B2|business": 99 });
    expect(checkAgainstPreviousYear(cur, prev)).toEqual([]);
  });
});

describe("A-effective-carry", () => {
  const previous = consistent(F, "A"); // 行政规范性文件 现行有效 20
  test("holds when 现行有效 = last year's + 制发 − 废止", () => {
    const current = { ...previous, "A1.2|issued": 4, "A1.2|repealed": 2, "A1.2|effective": 22, "A5.1|decisions": 80 };
    expect(checkAgainstPreviousYear(makeTable(F, "A", current), makeTable(F, "A", previous))).toEqual([]);
  });

  test("fails otherwise, stating the expected count", () => {
    const current = { ...previous, "A1.2|issued": 4, "A1.2|repealed": 2, "A1.2|effective": 25, "A5.1|decisions": 80 };
    const findings = checkAgainstPreviousYear(makeTable(F, "A", current), makeTable(F, "A", previous, { year: 2022 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "A-effective-carry",
      severity: "warning",
      reported: 25,
      computed: 22,
      cells: ["A1.2|effective", "A1.2|issued", "A1.2|repealed"].map((k) => refOf(F, "A", k)),
    });
    expect(findings[0].message).toBe(
      "行政规范性文件·现行有效件数为 25，按上年（2022年度）报告的现行有效件数 20 加本年制发 4、减本年废止 2 应为 22，" +
        "相差 3：现行有效件数应等于上年现行有效件数加本年制发件数减本年废止件数，请核实",
    );
  });

  test("a blank is counted as 0 and said", () => {
    const current = { ...previous, "A1.2|issued": 4, "A1.2|repealed": null, "A1.2|effective": 25, "A5.1|decisions": 80 };
    const [f] = checkAgainstPreviousYear(makeTable(F, "A", current), makeTable(F, "A", previous));
    expect(f.computed).toBe(24);
    expect(f.message).toContain("（其中 1 格未填写，按 0 计）");
  });

  test("not checked against a 2019-format table, whose columns differ", () => {
    const current = { ...previous, "A1.2|effective": 99, "A5.1|decisions": 80 };
    expect(checkAgainstPreviousYear(makeTable(F, "A", current), makeTable("national-2019", "A", consistent("national-2019", "A")))).toEqual([]);
  });
});

describe("report.same-as-last-year", () => {
  test.each(["B", "C"] as const)("table %s identical to last year's is a warning", (table) => {
    const values = consistent(F, table);
    const findings = checkAgainstPreviousYear(makeTable(F, table, values), makeTable(F, table, values, { year: 2022 }));
    const same = findings.filter((f) => f.rule === "report.same-as-last-year");
    expect(same).toHaveLength(1);
    expect(same[0].severity).toBe("warning");
    expect(same[0].message).toMatch(/与上年（2022年度）报告完全相同/);
    expect(same[0].message).toContain("国办公开办函〔2021〕30号");
  });

  test("the message names the table and counts its data", () => {
    const values = consistent(F, "C");
    const [f] = checkAgainstPreviousYear(makeTable(F, "C", values), makeTable(F, "C", values));
    expect(f.message).toBe(
      "表四（政府信息公开行政复议、行政诉讼情况）的 15 个数据与上年报告完全相同：" + "年度报告内容雷同是国办公开办函〔2021〕30号列明的问责情形，请核实是否沿用了上年的数据",
    );
    expect(f.cells).toHaveLength(15);
  });

  test("one cell different, or all zeros, is not 雷同", () => {
    const values = consistent(F, "C");
    const changed = { ...values, "C1|review.pending": 4, "C1|review.total": 8 };
    expect(checkAgainstPreviousYear(makeTable(F, "C", changed), makeTable(F, "C", values))).toEqual([]);
    const zeros = makeTable(F, "C", {}, { fill: 0 });
    expect(checkAgainstPreviousYear(zeros, makeTable(F, "C", {}, { fill: 0 }))).toEqual([]);
  });

  test('the same figures written differently are still the same (`5` and "5")', () => {
    const values = consistent(F, "C");
    const asText = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
    expect(checkAgainstPreviousYear(makeTable(F, "C", asText), makeTable(F, "C", values)).map((f) => f.rule)).toEqual(["report.same-as-last-year"]);
  });

  test("legacy tables are compared too", () => {
    const values = consistent("legacy-2014", "L");
    expect(checkAgainstPreviousYear(makeTable("legacy-2014", "L", values), makeTable("legacy-2014", "L", values)).map((f) => f.rule)).toEqual(["report.same-as-last-year"]);
  });
});

test("tables of different ids are never compared", () => {
  const b = makeTable(F, "B", consistent(F, "B"));
  const c = makeTable(F, "C", consistent(F, "C"));
  expect(checkAgainstPreviousYear(b, c)).toEqual([]);
  expect(checkAgainstPreviousYear(c, b)).toEqual([]);
});

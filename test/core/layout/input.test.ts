/**
 * What a user asks for: a wrong format for the year, a bad year, an agency name on two lines all
 * get a Chinese message saying what to give instead; a taken sheet name gets a suffix.
 */
import type { FormatId } from "../../../src/core/formats/model";
import { availableSheetName, planTemplate, TemplateInputError } from "../../../src/core/layout";

function errorOf(f: () => unknown): TemplateInputError {
  try {
    f();
  } catch (e) {
    if (e instanceof TemplateInputError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("template requests", () => {
  test("the 2019 format for a 2025 report is refused, naming the format to use", () => {
    const e = errorOf(() => planTemplate("national-2019", 2025, "XX市审计局"));
    expect(e.field).toBe("format");
    expect(e.message).toContain("2025 年度");
    // The pane shows this message: the format by its Chinese name, never an internal id.
    expect(e.message).toContain("请改用2021 版格式");
    expect(e.message).not.toContain("national-2021");
    expect(e.message).toContain("国办公开办函〔2021〕30号");
  });

  test("the 2021 format for a 2018 report is refused too", () => {
    const message = errorOf(() => planTemplate("national-2021", 2018, "XX市审计局")).message;
    expect(message).toContain("请改用2018 年及以前的统计表");
    expect(message).not.toContain("legacy-2014");
  });

  test.each([2007, 20250, 2025.5, Number.NaN])("year %p is refused with an example of a good one", (year) => {
    const e = errorOf(() => planTemplate("national-2021", year, "XX市审计局"));
    expect(e.field).toBe("year");
    expect(e.message).toMatch(/四位数.*例如 2025/);
  });

  test("an unknown format lists the formats there are", () => {
    const e = errorOf(() => planTemplate("national-2020" as FormatId, 2020, "XX市审计局"));
    expect(e.field).toBe("format");
    expect(e.message).toContain("national-2019");
  });

  test("an agency on two lines is refused; spaces around it are dropped", () => {
    expect(errorOf(() => planTemplate("national-2021", 2025, "XX市\n审计局")).field).toBe("agency");
    expect(planTemplate("national-2021", 2025, "  XX市审计局 ").values[0][0]).toBe("XX市审计局2025年度政府信息公开工作年度报告");
  });

  test("without an agency the title still names the year", () => {
    expect(planTemplate("national-2021", 2025, "").values[0][0]).toBe("2025年度政府信息公开工作年度报告");
  });

  test("each year maps to its format at the edges", () => {
    expect(planTemplate("legacy-2014", 2018, "").format).toBe("legacy-2014");
    expect(planTemplate("national-2019", 2019, "").format).toBe("national-2019");
    expect(planTemplate("national-2019", 2020, "").format).toBe("national-2019");
    expect(planTemplate("national-2021", 2021, "").format).toBe("national-2021");
  });
});

describe("sheet names", () => {
  test("named for the year", () => {
    expect(planTemplate("national-2021", 2025, "X").name).toBe("2025年度统计表");
  });

  test("a taken name gets the next free （n）, ignoring case", () => {
    expect(availableSheetName("2025年度统计表", [])).toBe("2025年度统计表");
    expect(availableSheetName("2025年度统计表", ["2025年度统计表"])).toBe("2025年度统计表（2）");
    expect(availableSheetName("2025年度统计表", ["2025年度统计表", "2025年度统计表（2）"])).toBe("2025年度统计表（3）");
    expect(availableSheetName("Sheet", ["sheet"])).toBe("Sheet（2）");
  });

  test("a suffixed name stays within Excel's 31 characters", () => {
    const long = "很".repeat(31);
    const name = availableSheetName(long, [long]);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith("（2）")).toBe(true);
  });
});

/**
 * Which table the 插入统计表 button inserts on a given day, with or without a remembered choice.
 * Pure: dates are given, never read from the clock.
 */
import { choiceFor, parseRemembered, rememberChoice, reportingYear } from "../../src/commands/template-choice";

/** A local date: `day(2026, 3, 31)` is 31 March 2026. */
const day = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min);

describe("reportingYear: January to March is last year's report, from April this year's", () => {
  test.each([
    [day(2026, 1, 1, 0, 0), 2025],
    [day(2026, 1, 31), 2025],
    [day(2026, 3, 31, 23, 59), 2025],
    [day(2026, 4, 1, 0, 0), 2026],
    [day(2026, 12, 31, 23, 59), 2026],
  ])("%s → %i", (date, year) => {
    expect(reportingYear(date)).toBe(year);
  });
});

describe("choiceFor without a remembered choice", () => {
  test.each([
    [day(2026, 2, 10), { format: "national-2021", year: 2025, agency: "" }],
    [day(2021, 1, 15), { format: "national-2019", year: 2020, agency: "" }],
    [day(2021, 4, 1), { format: "national-2021", year: 2021, agency: "" }],
    [day(2019, 3, 1), { format: "legacy-2014", year: 2018, agency: "" }],
    [day(2019, 6, 1), { format: "national-2019", year: 2019, agency: "" }],
  ])("on %s: the reporting year's format", (date, expected) => {
    expect(choiceFor(undefined, date)).toEqual(expected);
  });
});

describe("choiceFor with a remembered choice", () => {
  const remembered = { format: "national-2021", year: 2024, agency: "XX市审计局", season: 2025 };

  test("made this season: its year and agency are used, and the format that year uses", () => {
    expect(choiceFor(remembered, day(2026, 3, 1))).toEqual({ format: "national-2021", year: 2024, agency: "XX市审计局" });
  });

  test("made in an earlier season: the year is not silently reused; the agency is", () => {
    expect(choiceFor(remembered, day(2026, 4, 2))).toEqual({ format: "national-2021", year: 2026, agency: "XX市审计局" });
    expect(choiceFor({ ...remembered, season: undefined }, day(2026, 2, 1))).toEqual({ format: "national-2021", year: 2025, agency: "XX市审计局" });
  });

  test("a remembered format that does not fit the year gives way to the year's format", () => {
    expect(choiceFor({ ...remembered, year: 2020, format: "national-2021" }, day(2026, 3, 1))).toEqual({ format: "national-2019", year: 2020, agency: "XX市审计局" });
  });

  test("a malformed setting counts as none", () => {
    for (const raw of ["2024", [2024], null, 42, { year: "2024", season: 2025, agency: 7 }, { year: 2024.5, season: 2025 }]) {
      expect(choiceFor(raw, day(2026, 2, 10))).toEqual({ format: "national-2021", year: 2025, agency: "" });
    }
    expect(parseRemembered({ format: "national-2030", agency: "局" })).toEqual({ agency: "局" });
  });

  test("what the pane stores is what the button reads back the same season, and not the next", () => {
    const choice = { format: "national-2019" as const, year: 2020, agency: " XX区教育局 " };
    const stored = rememberChoice(choice, day(2026, 1, 20));
    expect(stored).toEqual({ format: "national-2019", year: 2020, agency: "XX区教育局", season: 2025 });
    const asSaved = JSON.parse(JSON.stringify(stored)) as unknown;
    expect(choiceFor(asSaved, day(2026, 3, 31))).toEqual({ format: "national-2019", year: 2020, agency: "XX区教育局" });
    expect(choiceFor(asSaved, day(2026, 4, 1))).toEqual({ format: "national-2021", year: 2026, agency: "XX区教育局" });
  });
});

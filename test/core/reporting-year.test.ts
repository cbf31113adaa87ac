/**
 * One default report year for the ribbon's button, the pane's insert form and `nianbao template`
 * (src/core/reporting-year.ts): January–March last year, April–December this year. On the same
 * day all three say the same year.
 */
import { choiceFor } from "../../src/commands/template-choice";
import { reportingYear } from "../../src/core/reporting-year";
import { defaultChoice } from "../../src/taskpane/choices";
import { runCli, useTempDir } from "../cli/helpers/run";

const dir = useTempDir();

describe("reportingYear", () => {
  test.each([
    [new Date(2026, 0, 1), 2025],
    [new Date(2026, 2, 31, 23, 59), 2025],
    [new Date(2026, 3, 1), 2026],
    [new Date(2026, 10, 30), 2026],
    [new Date(2026, 11, 7), 2026],
    [new Date(2026, 11, 31, 23, 59), 2026],
  ])("%s → %i", (day, year) => {
    expect(reportingYear(day)).toBe(year);
  });
});

describe("the ribbon, the pane and the command line agree", () => {
  test.each([
    [new Date(2026, 11, 7), 2026],
    [new Date(2027, 1, 10), 2026],
  ])("on %s all three default to %i", async (today, year) => {
    expect(choiceFor(undefined, today).year).toBe(year);
    expect(defaultChoice(today, { getSetting: () => undefined }).year).toBe(year);
    const run = await runCli(["template", "--agency", "测试市审计局", "--out", "t.xlsx"], { cwd: dir(), now: today });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`测试市审计局 ${year} 年度统计表`);
  });
});

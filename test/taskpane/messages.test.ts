/**
 * What the pane says never shows the project's internal ids (`legacy-2014`): a format is named
 * as users know it.
 */
import { FORMAT_IDS, formatForYear, formatShortName } from "../../src/core/formats";
import { PaneController } from "../../src/taskpane/controller";
import { FakeHost } from "../helpers/pane-fake-host";

const ID = new RegExp(FORMAT_IDS.join("|"));

describe("the insert form's error for a format that does not fit the year", () => {
  test.each([
    [2017, "national-2021"],
    [2020, "legacy-2014"],
    [2024, "national-2019"],
  ])("%i with %s names both formats in Chinese, and no id", async (year, format) => {
    const pane = new PaneController(new FakeHost(), { now: () => new Date(2025, 5, 1) });
    pane.setYear(String(year));
    pane.setFormat(format);
    await pane.insert();
    const message = pane.state.form.error?.message ?? "";
    expect(message).toContain(`${year} 年度的报告应使用`);
    expect(message).toContain(`请改用${formatShortName(formatForYear(year).id).replace(/（.*$/, "")}`);
    expect(message).not.toMatch(ID);
  });
});

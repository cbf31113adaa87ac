import { AUTO_SHOW_SETTING, TEMPLATE_CHOICE_SETTING, defaultChoice, defaultFormat, rememberChoice } from "../../src/taskpane/choices";
import { FakeHost } from "../helpers/pane-fake-host";

describe("the insert form's choices", () => {
  it("offer last year until the end of March, this year from April", () => {
    const host = new FakeHost();
    expect(defaultChoice(new Date(2025, 2, 31, 23, 0), host)).toEqual({ year: 2024, format: "national-2021", agency: "" });
    expect(defaultChoice(new Date(2025, 3, 1, 8, 0), host)).toEqual({ year: 2025, format: "national-2021", agency: "" });
    expect(defaultChoice(new Date(2020, 0, 15), host)).toEqual({ year: 2019, format: "national-2019", agency: "" });
  });

  it("select each year's own format", () => {
    expect([2018, 2019, 2020, 2021, 2030].map(defaultFormat)).toEqual(["legacy-2014", "national-2019", "national-2019", "national-2021", "national-2021"]);
  });

  it("are remembered in the workbook for the pane and the ribbon button, and make Office reopen the pane", async () => {
    const host = new FakeHost();
    await rememberChoice(host, { year: 2024, format: "national-2021", agency: " 某某市审计局 " }, new Date(2025, 1, 10));
    expect(host.getSetting(TEMPLATE_CHOICE_SETTING)).toEqual({ year: 2024, format: "national-2021", agency: "某某市审计局", season: 2024 });
    expect(host.getSetting(AUTO_SHOW_SETTING)).toBe(true);
    expect(defaultChoice(new Date(2025, 1, 11), host).agency).toBe("某某市审计局");
    expect(host.calls.writeCells + host.calls.insertPlan.length).toBe(0);
  });
});

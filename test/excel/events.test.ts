/**
 * Change events, against the office-addin-mock fake. The mock has no events: the test fires them
 * by calling the handlers the adapter registered, the way Excel would. What is proved: which
 * handlers the adapter registers, in how many round trips, and which events reach the pane —
 * user edits do, the add-in's own writes do not. When Excel really delivers its events is not.
 */
import type { SheetChange } from "../../src/host/workbook-host";
import { planTemplate } from "../../src/core/layout";
import { createExcelHost, OWN_WRITE_GRACE_MS } from "../../src/excel";
import { FakeExcel } from "../helpers/excel-fake";

function setup(api: string) {
  const fake = new FakeExcel({
    api,
    sheets: [
      { name: "报告正文", used: null },
      { name: "统计表", used: null },
    ],
  }).install();
  let clock = 1_000_000;
  const host = createExcelHost({ now: () => clock });
  const changes: SheetChange[] = [];
  return {
    fake,
    host,
    changes,
    advance: (ms: number) => {
      clock += ms;
    },
    listen: () => host.onChanged((c) => changes.push(c)),
  };
}

const live = (fake: FakeExcel) => fake.registrations.filter((r) => !r.removed).map((r) => (r.sheetId ? `${r.event}@${r.sheetId}` : r.event));

describe("onChanged on ExcelApi 1.19 (mock)", () => {
  test("one workbook-wide change handler plus added, deleted and renamed, in 1 round trip", async () => {
    const { fake, listen } = setup("1.19");
    await listen();
    expect(fake.trips()).toBe(1);
    expect(live(fake).sort()).toEqual(["added", "changed", "deleted", "nameChanged"]);
  });

  test("a user's edit reaches the handler with the sheet's name and the address", async () => {
    const { fake, host, changes, listen } = setup("1.19");
    await host.sheetNames();
    await listen();
    await fake.fireChanged("统计表", "D9:F12", "Unknown");
    expect(changes).toEqual([{ sheet: "统计表", address: "D9:F12" }]);
  });

  test("listening learns the sheet list on the way, so the first check reads in 1 round trip", async () => {
    const { fake, host, listen } = setup("1.19");
    await listen();
    fake.trips();
    await host.readSheets();
    expect(fake.trips()).toBe(1);
  });

  test("a sheet the adapter has not seen yet is named by asking Excel (1 round trip)", async () => {
    const { fake, changes, listen } = setup("1.19");
    await listen();
    fake.userAddsSheet("新表");
    fake.trips();
    await fake.fireChanged("新表", "D9", "Unknown");
    expect(fake.trips()).toBe(1);
    expect(changes).toEqual([{ sheet: "新表", address: "D9" }]);
  });

  test("the add-in's own writes (triggerSource ThisLocalAddin) do not reach the handler", async () => {
    const { fake, host, changes, listen } = setup("1.19");
    await listen();
    await host.writeCells("报告正文", [{ address: "A5", value: "段落" }]);
    await fake.fireChanged("报告正文", "A5", "ThisLocalAddin");
    expect(changes).toEqual([]);
  });

  test("with triggerSource, a user's edit right after the add-in wrote the same cell still reaches the handler", async () => {
    const { fake, host, changes, listen } = setup("1.19");
    await listen();
    await host.writeCells("报告正文", [{ address: "A5", value: "段落" }]);
    await fake.fireChanged("报告正文", "A5", "Unknown");
    expect(changes).toEqual([{ sheet: "报告正文", address: "A5" }]);
  });

  test("a renamed sheet (1.17) is reported under its new name, and so are its later edits", async () => {
    const { fake, host, changes, listen } = setup("1.19");
    await host.sheetNames();
    await listen();
    const id = fake.sheet("统计表").id;
    fake.userRenamesSheet("统计表", "2025统计表");
    await fake.fire("nameChanged", { worksheetId: id, nameBefore: "统计表", nameAfter: "2025统计表" });
    await fake.fireChanged("2025统计表", "D9", "Unknown");
    expect(changes).toEqual([{ sheet: "2025统计表" }, { sheet: "2025统计表", address: "D9" }]);
  });

  test("a deleted sheet is reported by name, and the next check still reads in 1 round trip", async () => {
    const { fake, host, changes, listen } = setup("1.19");
    await host.readSheets();
    await listen();
    const gone = fake.userDeletesSheet("统计表");
    await fake.fire("deleted", { worksheetId: gone.id, source: "Local", type: "WorksheetDeleted" });
    expect(changes).toEqual([{ sheet: "统计表" }]);
    fake.trips();
    expect((await host.readSheets()).map((s) => s.name)).toEqual(["报告正文"]);
    expect(fake.trips()).toBe(1);
  });

  test("stopping removes every handler; later events reach nobody", async () => {
    const { fake, changes, listen } = setup("1.19");
    const stop = await listen();
    fake.trips();
    await stop();
    expect(live(fake)).toEqual([]);
    // Removed in the context they were added in, all in one round trip.
    expect(fake.runs.at(-1)).toEqual({ context: "earlier" });
    expect(fake.trips()).toBe(1);
    await fake.fireChanged("统计表", "D9", "Unknown");
    expect(changes).toEqual([]);
  });
});

describe("onChanged on ExcelApi 1.9–1.13: no triggerSource, the own-write window decides (mock)", () => {
  test("after writeCells, events touching the written cells are dropped until the window closes; other cells pass", async () => {
    const { fake, host, changes, listen, advance } = setup("1.13");
    await host.sheetNames();
    await listen();
    await host.writeCells("报告正文", [
      { address: "A5", value: "段落一" },
      { address: "A7", value: "段落二" },
    ]);
    await fake.fireChanged("报告正文", "A5");
    await fake.fireChanged("报告正文", "A6:A7");
    await fake.fireChanged("报告正文", "A9");
    await fake.fireChanged("统计表", "A5");
    expect(changes).toEqual([
      { sheet: "报告正文", address: "A9" },
      { sheet: "统计表", address: "A5" },
    ]);
    advance(OWN_WRITE_GRACE_MS + 1);
    await fake.fireChanged("报告正文", "A5");
    expect(changes[2]).toEqual({ sheet: "报告正文", address: "A5" });
  });

  test("after insertPlan, the new sheet's added and changed events are dropped; a sheet the user adds is reported", async () => {
    const { fake, host, changes, listen } = setup("1.13");
    await listen();
    const plan = planTemplate("national-2021", 2025, "XX市审计局");
    const name = await host.insertPlan(plan);
    const id = fake.sheet(name).id;
    await fake.fire("added", { worksheetId: id, source: "Local", type: "WorksheetAdded" });
    await fake.fireChanged(name, "A1:R56");
    expect(changes).toEqual([]);
    const mine = fake.userAddsSheet("复制的表");
    await fake.fire("added", { worksheetId: mine.id, source: "Local", type: "WorksheetAdded" });
    expect(changes).toEqual([{ sheet: "复制的表" }]);
  });

  test("an address the window cannot read (a whole column) is passed on, not guessed away", async () => {
    const { fake, host, changes, listen } = setup("1.13");
    await listen();
    await host.writeCells("报告正文", [{ address: "A5", value: "段落" }]);
    await fake.fireChanged("报告正文", "A:A");
    expect(changes).toEqual([{ sheet: "报告正文", address: "A:A" }]);
  });
});

describe("onChanged on ExcelApi 1.7–1.8: one handler per sheet (mock)", () => {
  test("registers on every sheet in 2 round trips (the list, then the handlers)", async () => {
    const { fake, listen } = setup("1.8");
    await listen();
    expect(fake.trips()).toBe(2);
    const ids = fake.sheets.map((s) => s.id);
    expect(live(fake).sort()).toEqual(["added", "deleted", ...ids.map((id) => `changed@${id}`)].sort());
  });

  test("a sheet added later gets its own handler, and its edits are reported", async () => {
    const { fake, changes, listen } = setup("1.8");
    await listen();
    fake.trips();
    const added = fake.userAddsSheet("新表");
    await fake.fire("added", { worksheetId: added.id, source: "Local", type: "WorksheetAdded" });
    // One round trip registers the handler, one learns the new sheet's name.
    expect(fake.trips()).toBe(2);
    expect(live(fake)).toContain(`changed@${added.id}`);
    await fake.fireChanged("新表", "B2");
    expect(changes).toEqual([{ sheet: "新表" }, { sheet: "新表", address: "B2" }]);
  });
});

describe("onChanged below ExcelApi 1.7 (mock)", () => {
  test("nothing is registered and no round trip is made; stopping is harmless", async () => {
    const { fake, host, listen } = setup("1.6");
    expect(host.capabilities.changeEvents).toBe(false);
    const stop = await listen();
    expect(fake.trips()).toBe(0);
    expect(fake.registrations).toEqual([]);
    stop();
  });
});

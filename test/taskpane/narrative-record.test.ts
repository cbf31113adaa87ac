/**
 * What the pane remembers of the narrative sheets it wrote (workbook settings): anything it cannot
 * read counts as nothing, so a damaged record never makes it write into a sheet.
 */
import { NARRATIVE_SETTING, readRecords, recordFor, saveRecords, withRecord, type SheetRecord } from "../../src/taskpane/narrative-record";
import { PaneController } from "../../src/taskpane/controller";
import { FakeHost, templateSheet } from "../helpers/pane-fake-host";
import { WritingFakeHost } from "../helpers/pane-narrative-host";

const record = (sheet: string, year = 2025): SheetRecord => ({
  sheet,
  year,
  format: "national-2021",
  slots: [{ id: "requests", heading: "三、收到和处理政府信息公开申请情况", address: "A8", offset: 1, stamp: null }],
});

function hostWith(value: unknown): FakeHost {
  const host = new FakeHost();
  host.settings.set(NARRATIVE_SETTING, JSON.stringify(value));
  return host;
}

describe("readRecords", () => {
  it("reads what saveRecords wrote", async () => {
    const host = new FakeHost();
    await saveRecords(host, [record("2025年度报告正文")], ["2025年度报告正文"]);
    expect(readRecords(host)).toEqual([record("2025年度报告正文")]);
  });

  it.each([
    ["nothing", undefined],
    ["a string", "x"],
    ["no list", { version: 1 }],
    ["an unknown paragraph id", { version: 1, sheets: [{ ...record("S"), slots: [{ ...record("S").slots[0], id: "other" }] }] }],
    ["an address that is not A1", { version: 1, sheets: [{ ...record("S"), slots: [{ ...record("S").slots[0], address: "A:A" }] }] }],
    ["an unknown format", { version: 1, sheets: [{ ...record("S"), format: "national-2030" }] }],
    ["a stamp that is not text", { version: 1, sheets: [{ ...record("S"), slots: [{ ...record("S").slots[0], stamp: 5 }] }] }],
  ])("%s counts as no record", (_what, value) => {
    const host = value === undefined ? new FakeHost() : hostWith(value);
    expect(readRecords(host)).toEqual([]);
  });

  it("drops a damaged sheet record whole, keeping the others", () => {
    const bad = { ...record("坏"), slots: [...record("坏").slots, { id: "fees" }] };
    expect(readRecords(hostWith({ version: 1, sheets: [bad, record("好")] })).map((r) => r.sheet)).toEqual(["好"]);
  });
});

describe("keeping the records", () => {
  it("replaces the record of the same sheet, and forgets sheets that are gone", async () => {
    const host = new FakeHost();
    const records = withRecord([record("甲"), record("乙")], { ...record("甲"), year: 2024 });
    expect(records.map((r) => [r.sheet, r.year])).toEqual([
      ["乙", 2025],
      ["甲", 2024],
    ]);
    await saveRecords(host, records, ["甲"]);
    expect(readRecords(host).map((r) => r.sheet)).toEqual(["甲"]);
  });

  it("finds the year's record whose sheet is still there, the latest first", () => {
    const records = [record("2025年度报告正文"), record("2025年度报告正文（2）"), record("2024年度报告正文", 2024)];
    expect(recordFor(records, 2025, ["2025年度报告正文", "2025年度报告正文（2）"])?.sheet).toBe("2025年度报告正文（2）");
    expect(recordFor(records, 2025, ["2025年度报告正文"])?.sheet).toBe("2025年度报告正文");
    expect(recordFor(records, 2024, ["2025年度报告正文"])).toBeNull();
  });
});

describe("a damaged record in the pane", () => {
  it("makes 生成正文 leave the old sheet alone and write a new one", async () => {
    const { sheet } = templateSheet("national-2021", 2025);
    const host = new WritingFakeHost([sheet]);
    const pane = new PaneController(host, { now: () => new Date(2026, 1, 10) });
    await pane.start();
    await pane.generateNarrative();
    const stored = JSON.parse(host.settings.get(NARRATIVE_SETTING) ?? "{}") as { sheets: Array<{ slots: Array<{ offset: unknown }> }> };
    stored.sheets[0].slots[0].offset = "一";
    host.settings.set(NARRATIVE_SETTING, JSON.stringify(stored));
    await pane.generateNarrative();
    expect(host.calls.writeCells).toBe(0);
    expect(host.calls.insertPlan.map((p) => p.name)).toEqual(["2025年度报告正文", "2025年度报告正文"]);
    expect(host.sheets.map((s) => s.name)).toEqual(["2025年度统计表", "2025年度报告正文", "2025年度报告正文（2）"]);
  });
});

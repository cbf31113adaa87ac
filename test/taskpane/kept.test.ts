import type { Finding } from "../../src/core/types";
import { findingId } from "../../src/taskpane/identity";
import { KEPT_SETTING, KeptNotes, NoteError, NOTE_MAX_LENGTH, dayOf, isKeepable } from "../../src/taskpane/kept";
import { FakeHost } from "../helpers/pane-fake-host";

const warning: Finding = {
  rule: "A-effective-ge-issued",
  severity: "warning",
  message: "规章·本年制发件数为 3，规章·现行有效件数为 1，相差 2：……请核实",
  sheet: "2024年度统计表",
  cells: ["D7", "F7"],
  reported: 3,
  computed: 1,
  table: "A",
};
const today = (): Date => new Date(2025, 0, 20, 10, 30);

describe("a finding's identity", () => {
  it("stays when the numbers (and so the message) change, and differs by rule, sheet or cells", () => {
    const id = findingId(warning);
    const renumbered: Finding = { ...warning, message: "规章·本年制发件数为 4，……", reported: 4 };
    expect(findingId(renumbered)).toBe(id);
    expect(findingId({ ...warning, rule: "A-other" })).not.toBe(id);
    expect(findingId({ ...warning, sheet: "2023年度统计表" })).not.toBe(id);
    expect(findingId({ ...warning, cells: ["D8", "F8"] })).not.toBe(id);
  });

  it("cannot be confused by a sheet name that contains separators", () => {
    expect(findingId({ rule: "r", sheet: "a|b", cells: ["C1"] })).not.toBe(findingId({ rule: "r|a", sheet: "b", cells: ["C1"] }));
  });
});

describe("kept notes", () => {
  it("survive closing and reopening the workbook (they live in its settings)", async () => {
    const host = new FakeHost();
    await new KeptNotes(host, today).keep(warning, "  2 件规章年内制发后即废止  ");
    const reopened = new FakeHost([], {}, host.settings);
    expect(new KeptNotes(reopened).get({ ...warning, message: "changed numbers" })).toEqual({ note: "2 件规章年内制发后即废止", date: "2025-01-20" });
  });

  it("write settings only, under one key", async () => {
    const host = new FakeHost();
    await new KeptNotes(host, today).keep(warning, "理由");
    expect(host.calls.setSetting.map((c) => c.key)).toEqual([KEPT_SETTING]);
    expect(host.calls.writeCells + host.calls.insertPlan.length).toBe(0);
  });

  it("ask for a reason instead of saving an empty or overlong note", async () => {
    const host = new FakeHost();
    const notes = new KeptNotes(host, today);
    await expect(notes.keep(warning, "   ")).rejects.toThrow(/请写明保留的理由/);
    await expect(notes.keep(warning, "字".repeat(NOTE_MAX_LENGTH + 1))).rejects.toThrow(new RegExp(`说明过长（${NOTE_MAX_LENGTH + 1} 个字）`));
    expect(host.calls.setSetting).toHaveLength(0);
  });

  it("are offered for 核实 findings only, not for errors, hints or blank cells", async () => {
    expect(isKeepable(warning)).toBe(true);
    expect(isKeepable({ ...warning, severity: "error" })).toBe(false);
    expect(isKeepable({ ...warning, severity: "info" })).toBe(false);
    expect(isKeepable({ ...warning, rule: "value.blank" })).toBe(false);
    await expect(new KeptNotes(new FakeHost()).keep({ ...warning, severity: "error" }, "理由")).rejects.toBeInstanceOf(NoteError);
  });

  it("can be released, and then the finding counts again", async () => {
    const host = new FakeHost();
    const notes = new KeptNotes(host, today);
    const other = { ...warning, cells: ["D8", "F8"] };
    await notes.keep(warning, "一");
    await notes.keep(other, "二");
    await notes.release(warning);
    expect(notes.get(warning)).toBeUndefined();
    expect(notes.get(other)?.note).toBe("二");
  });

  it("skip entries of the wrong shape in a hand-edited setting instead of trusting them", () => {
    const host = new FakeHost();
    host.settings.set(KEPT_SETTING, JSON.stringify({ [findingId(warning)]: { note: "好的" }, bad: "text", empty: { note: " " }, num: { note: 1 } }));
    const all = new KeptNotes(host).all();
    expect([...all.keys()]).toEqual([findingId(warning)]);
    expect(all.get(findingId(warning))).toEqual({ note: "好的", date: "" });
    host.settings.set(KEPT_SETTING, JSON.stringify(["not", "a", "map"]));
    expect(new KeptNotes(host).all().size).toBe(0);
  });

  it("date a note by the local day", () => {
    expect(dayOf(new Date(2025, 2, 5, 23, 59))).toBe("2025-03-05");
  });
});

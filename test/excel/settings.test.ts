/**
 * Workbook settings and capabilities, against the office-addin-mock fake of `Office`: the calls
 * made, not Office's storage.
 */
import { createExcelHost } from "../../src/excel";
import { FakeExcel } from "../helpers/excel-fake";

describe("settings (mock)", () => {
  test("a missing setting reads as undefined; a stored one as stored", () => {
    new FakeExcel({ api: "1.19", sheets: [], settings: { "nianbao.templateChoice": { year: 2025 } } }).install();
    const host = createExcelHost();
    expect(host.getSetting("nope")).toBeUndefined();
    expect(host.getSetting<{ year: number }>("nianbao.templateChoice")).toEqual({ year: 2025 });
  });

  test("setSetting stores and saves into the workbook, with no Excel round trip", async () => {
    const fake = new FakeExcel({ api: "1.19", sheets: [] }).install();
    const host = createExcelHost();
    await host.setSetting("a", { b: 1 });
    expect(fake.savedSettings).toEqual([{ a: { b: 1 } }]);
    expect(fake.trips()).toBe(0);
    await host.setSetting("a", undefined);
    expect(fake.savedSettings[1]).toEqual({});
  });

  test("a setting saved by the other runtime (ribbon or pane) survives this runtime's write", async () => {
    const fake = new FakeExcel({ api: "1.19", sheets: [], settings: { "nianbao.templateChoice": { agency: "旧" } } }).install();
    const host = createExcelHost();
    fake.otherRuntimeSaves("nianbao.templateChoice", { agency: "XX市审计局" });
    fake.otherRuntimeSaves("nianbao.kept", { a: 1 });
    await host.setSetting("Office.AutoShowTaskpaneWithDocument", true);
    expect(Object.fromEntries(fake.stored)).toEqual({
      "nianbao.templateChoice": { agency: "XX市审计局" },
      "nianbao.kept": { a: 1 },
      "Office.AutoShowTaskpaneWithDocument": true,
    });
    expect(fake.refreshes).toBe(1);
  });

  test("two writes at once in one runtime: both kept (each reloads, changes, saves in turn)", async () => {
    const fake = new FakeExcel({ api: "1.19", sheets: [] }).install();
    const host = createExcelHost();
    await Promise.all([host.setSetting("a", 1), host.setSetting("b", 2)]);
    expect(Object.fromEntries(fake.stored)).toEqual({ a: 1, b: 2 });
  });

  test("refreshSettings reads what the other runtime saved", async () => {
    const fake = new FakeExcel({ api: "1.19", sheets: [] }).install();
    const host = createExcelHost();
    fake.otherRuntimeSaves("nianbao.templateChoice", { agency: "XX市审计局" });
    expect(host.getSetting("nianbao.templateChoice")).toBeUndefined();
    await host.refreshSettings?.();
    expect(host.getSetting("nianbao.templateChoice")).toEqual({ agency: "XX市审计局" });
  });

  test("a failed reload rejects with a Chinese message and saves nothing", async () => {
    const fake = new FakeExcel({ api: "1.19", sheets: [] }).install();
    fake.refreshFails = true;
    await expect(createExcelHost().setSetting("a", 1)).rejects.toThrow("无法读取工作簿中的设置：文档已关闭");
    expect(fake.savedSettings).toEqual([]);
  });

  test("a failed save rejects with a Chinese message", async () => {
    const fake = new FakeExcel({ api: "1.19", sheets: [] }).install();
    fake.saveFails = true;
    await expect(createExcelHost().setSetting("a", 1)).rejects.toThrow("设置没有保存到工作簿：磁盘已满");
  });
});

describe("capabilities from the requirement sets (mock)", () => {
  test.each([
    ["1.6", { changeEvents: false, multiSelect: false, dataValidation: false, conditionalFormats: true, pageLayout: false, paneOpensWithDocument: true }],
    ["1.7", { changeEvents: true, multiSelect: false, dataValidation: false, conditionalFormats: true, pageLayout: false, paneOpensWithDocument: true }],
    ["1.8", { changeEvents: true, multiSelect: false, dataValidation: true, conditionalFormats: true, pageLayout: false, paneOpensWithDocument: true }],
    ["1.9", { changeEvents: true, multiSelect: false, dataValidation: true, conditionalFormats: true, pageLayout: true, paneOpensWithDocument: true }],
    ["1.17", { changeEvents: true, multiSelect: false, dataValidation: true, conditionalFormats: true, pageLayout: true, paneOpensWithDocument: true }],
    ["1.18", { changeEvents: true, multiSelect: true, dataValidation: true, conditionalFormats: true, pageLayout: true, paneOpensWithDocument: true }],
    ["1.19", { changeEvents: true, multiSelect: true, dataValidation: true, conditionalFormats: true, pageLayout: true, paneOpensWithDocument: true }],
  ])("ExcelApi %s", (api, expected) => {
    new FakeExcel({ api, sheets: [] }).install();
    expect(createExcelHost().capabilities).toEqual(expected);
  });

  test("outside Office (no requirements object) nothing is promised", () => {
    const g = globalThis as unknown as Record<string, unknown>;
    g.Office = { context: {} };
    expect(createExcelHost().capabilities).toEqual({ changeEvents: false, multiSelect: false, dataValidation: false, conditionalFormats: false, pageLayout: false });
  });
});

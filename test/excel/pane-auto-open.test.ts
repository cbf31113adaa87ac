/**
 * The pane's switch 打开此工作簿时自动打开检查面板, through the real Excel adapter on the fake:
 * Office's AutoShowTaskpaneWithDocument follows it, and an insertion from the pane no longer turns
 * it back on once the user said no.
 */
import { AUTO_OPEN_PANE_SETTING, AUTO_SHOW_SETTING } from "../../src/commands/auto-show";
import { createExcelHost } from "../../src/excel";
import { PaneController } from "../../src/taskpane/controller";
import { PREVIEW_CAPABILITIES } from "../../src/preview/host";
import { buildView } from "../../src/taskpane/view-model";
import { FakeExcel } from "../helpers/excel-fake";

function pane(settings: Record<string, unknown> = {}) {
  const fake = new FakeExcel({ api: "1.14", sheets: [{ name: "Sheet1", used: null }], settings }).install();
  const host = createExcelHost();
  return { fake, host, pane: new PaneController(host, { now: () => new Date(2026, 11, 7) }) };
}

test("on by default; turning it off removes Office's setting and remembers the choice", async () => {
  const { fake, host, pane: p } = pane({ [AUTO_SHOW_SETTING]: true });
  expect(buildView(p.state, new Map(), host.capabilities).insert.autoOpen).toBe(true);
  await p.setAutoOpen(false);
  expect(p.state.autoOpen).toBe(false);
  expect(fake.stored.has(AUTO_SHOW_SETTING)).toBe(false);
  expect(fake.stored.get(AUTO_OPEN_PANE_SETTING)).toBe(false);
});

test("off: an insertion from the pane leaves it off; on again: Office opens the pane with the workbook", async () => {
  const { fake, pane: p } = pane({ [AUTO_OPEN_PANE_SETTING]: false });
  expect(p.state.autoOpen).toBe(false);
  p.setAgency("某市审计局");
  await p.insert();
  expect(fake.sheets.map((s) => s.name)).toContain("2026年度统计表");
  expect(fake.stored.has(AUTO_SHOW_SETTING)).toBe(false);
  await p.setAutoOpen(true);
  expect(fake.stored.get(AUTO_SHOW_SETTING)).toBe(true);
  expect(fake.stored.has(AUTO_OPEN_PANE_SETTING)).toBe(false);
});

test("a save that fails: the switch goes back and the pane says why", async () => {
  const { fake, pane: p } = pane();
  fake.saveFails = true;
  await p.setAutoOpen(false);
  expect(p.state.autoOpen).toBe(true);
  expect(p.state.problem).toContain("设置没有保存");
});

test("the switch is offered inside Office only: a web page (the preview, the checker page) opens no pane by itself", () => {
  const { host, pane: p } = pane();
  expect(buildView(p.state, new Map(), host.capabilities).insert.autoOpenSwitch).toBe(true);
  const { paneOpensWithDocument: _office, ...webPage } = host.capabilities;
  expect(buildView(p.state, new Map(), webPage).insert.autoOpenSwitch).toBe(false);
  expect(buildView(p.state, new Map(), { ...PREVIEW_CAPABILITIES }).insert.autoOpenSwitch).toBe(false);
});

/**
 * 生成正文 from a table with errors: the pane says how many and asks before writing; 先改正统计表
 * writes nothing, 仍然生成 writes; a table without errors is written at once.
 */
import { PaneController } from "../../src/taskpane/controller";
import { narrativeKeys } from "../../src/taskpane/narrative-view";
import { paneView } from "../../src/taskpane/view";
import { buildView } from "../../src/taskpane/view-model";
import type { VElement, VNode } from "../../src/taskpane/vdom";
import { cellOf, templateSheet } from "../helpers/pane-fake-host";
import { WritingFakeHost } from "../helpers/pane-narrative-host";

const FEB_2026 = (): Date => new Date(2026, 1, 10, 9, 0);
const TABLES = "2025年度统计表";

async function openPane(wrongTotal: boolean) {
  const { sheet, plan } = templateSheet("national-2021", 2025);
  const host = new WritingFakeHost([sheet]);
  // 56 received, 4 carried over; 57 handled and 2 carried on: the slip of the issue (errors).
  if (wrongTotal)
    for (const [key, v] of [
      ["B1|natural", 56],
      ["B1|total", 56],
      ["B2|natural", 4],
      ["B2|total", 4],
      ["B3.1|natural", 57],
      ["B3.1|total", 57],
      ["B3.7|natural", 57],
      ["B3.7|total", 57],
      ["B4|natural", 2],
      ["B4|total", 2],
    ] as const)
      host.setCell(TABLES, cellOf(plan, "B", key), v);
  const pane = new PaneController(host, { now: FEB_2026 });
  await pane.start();
  return { host, pane };
}

function find(node: VNode | null | undefined, pred: (e: VElement) => boolean): VElement | null {
  if (!node || typeof node === "string") return null;
  if (pred(node)) return node;
  for (const c of node.children) {
    const hit = find(c as VNode, pred);
    if (hit) return hit;
  }
  return null;
}

function findIn(pane: PaneController, key: string): VElement | null {
  const tree = paneView(buildView(pane.state, pane.kept.all(), pane.host.capabilities), pane);
  for (const n of tree) {
    const hit = find(n, (e) => e.attrs["data-key"] === key || e.attrs["data-testid"] === key);
    if (hit) return hit;
  }
  return null;
}

const text = (node: VNode | null): string => (node === null ? "" : typeof node === "string" ? node : node.children.map((c) => text(c as VNode)).join(""));

describe("生成正文 when the table has errors", () => {
  test("asks first, saying how many errors; nothing is written", async () => {
    const { host, pane } = await openPane(true);
    const errors = pane.state.report!.findings.filter((f) => f.severity === "error").length;
    expect(errors).toBeGreaterThan(0);
    await pane.generateNarrative();
    expect(host.calls.insertPlan).toHaveLength(0);
    const question = findIn(pane, "narrative-confirm");
    expect(text(question)).toContain(`统计表中还有 ${errors} 个错误`);
    expect(text(question)).toContain("仍要按现在的数字生成吗");
  });

  test("先改正统计表 closes the question and writes nothing", async () => {
    const { host, pane } = await openPane(true);
    await pane.generateNarrative();
    findIn(pane, narrativeKeys.cancel)!.on.click!({} as Event);
    expect(findIn(pane, "narrative-confirm")).toBeNull();
    expect(host.calls.insertPlan).toHaveLength(0);
  });

  test("仍然生成 writes the text from the numbers as they are", async () => {
    const { host, pane } = await openPane(true);
    await pane.generateNarrative();
    await pane.confirmNarrative();
    expect(host.calls.insertPlan).toHaveLength(1);
    expect(findIn(pane, "narrative-confirm")).toBeNull();
    expect(pane.state.narrative.result?.notice).toContain("已插入工作表");
  });

  test("a table without errors is written at once", async () => {
    const { host, pane } = await openPane(false);
    await pane.generateNarrative();
    expect(host.calls.insertPlan).toHaveLength(1);
    expect(pane.state.narrative.confirm).toBeNull();
  });
});

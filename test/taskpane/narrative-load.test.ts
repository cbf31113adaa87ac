/**
 * The narrative chunk: fetched after the first check (the pane opens on the table checks alone),
 * then the text findings join that check without reading the workbook again.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { SheetGrid } from "../../src/core/types";
import { PaneController } from "../../src/taskpane/controller";
import type { NarrativeModule } from "../../src/taskpane/narrative-load";
import { FakeHost, Gate, settle, templateSheet } from "../helpers/pane-fake-host";

const FEB_2026 = (): Date => new Date(2026, 1, 10, 9, 0);
const realModule = (): Promise<NarrativeModule> => import("../../src/core/narrative");

/** 2025 tables with 3 new requests, and a text sheet that says none were received. */
function contradiction(): SheetGrid[] {
  const { sheet } = templateSheet("national-2021", 2025, [
    ["B", "B1|natural", 3],
    ["B", "B1|total", 3],
    ["B", "B3.1|natural", 3],
    ["B", "B3.1|total", 3],
    ["B", "B3.7|natural", 3],
    ["B", "B3.7|total", 3],
  ]);
  const text: SheetGrid = { name: "正文", values: [["三、收到和处理政府信息公开申请情况"], ["2025年，我局未收到政府信息公开申请。"]], originRow: 0, originCol: 0 };
  return [sheet, text];
}

const rules = (pane: PaneController): string[] => (pane.state.report?.findings ?? []).map((f) => f.rule);

describe("the narrative chunk", () => {
  it("is fetched only after the first check has read the workbook", async () => {
    const host = new FakeHost(contradiction());
    const read = new Gate();
    host.readGate = read;
    let loads = 0;
    const pane = new PaneController(host, {
      now: FEB_2026,
      loadNarrative: () => {
        loads++;
        return realModule();
      },
    });
    const starting = pane.start();
    await settle();
    expect(host.calls.readSheets).toBe(1);
    expect(loads).toBe(0);
    host.readGate = null;
    read.open();
    await starting;
    expect(loads).toBe(1);
  });

  it("shows the table findings at once, and the text findings from the same read once it is here", async () => {
    const host = new FakeHost(contradiction());
    const chunk = new Gate();
    const pane = new PaneController(host, { now: FEB_2026, loadNarrative: () => chunk.promise.then(realModule) });
    const starting = pane.start();
    for (let i = 0; i < 5 && pane.state.report === null; i++) await settle();
    expect(pane.state.report?.tables).toHaveLength(3);
    expect(rules(pane).filter((r) => r.startsWith("narrative."))).toEqual([]);
    expect(pane.state.narrative.module).toBe("loading");

    chunk.open();
    await starting;
    expect(pane.state.narrative.module).toBe("ready");
    expect(rules(pane)).toContain("narrative.requests-contradict");
    expect(host.calls.readSheets).toBe(1);

    // Every later check has them at once.
    await pane.check();
    expect(host.calls.readSheets).toBe(2);
    expect(rules(pane).filter((r) => r === "narrative.requests-contradict")).toHaveLength(1);
  });

  it("when it cannot be fetched, the table checks carry on, and 生成正文 says what happened", async () => {
    const host = new FakeHost(contradiction());
    const pane = new PaneController(host, { now: FEB_2026, loadNarrative: () => Promise.reject(new Error("ChunkLoadError")) });
    await pane.start();
    expect(pane.state.narrative.module).toBe("failed");
    expect(pane.state.report?.tables).toHaveLength(3);
    await pane.generateNarrative();
    expect(pane.state.narrative.result).toEqual({ notice: expect.stringContaining("未能加载生成正文的功能"), problem: true, kept: [] });
    expect(host.calls.insertPlan).toHaveLength(0);
  });

  it("is tried again on 生成正文 after a failed fetch", async () => {
    const host = new FakeHost([templateSheet("national-2021", 2025).sheet]);
    let attempts = 0;
    const pane = new PaneController(host, {
      now: FEB_2026,
      loadNarrative: () => (++attempts === 1 ? Promise.reject(new Error("offline")) : realModule()),
    });
    await pane.start();
    expect(pane.state.narrative.module).toBe("failed");
    await pane.generateNarrative();
    expect(attempts).toBe(2);
    expect(host.calls.insertPlan.map((p) => p.name)).toEqual(["2025年度报告正文"]);
  });
});

describe("the pane's first bundle", () => {
  it("imports nothing of the narrative module but its types: only narrative-load.ts fetches it, on demand", () => {
    const dir = join(__dirname, "../../src/taskpane");
    const offenders: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(join(dir, file), "utf8");
      for (const m of source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+"([^"]+)"/gms)) {
        if (/core\/(narrative|workbook)\b/.test(m[1])) offenders.push(`${file}: ${m[0].split("\n")[0]}`);
      }
    }
    expect(offenders).toEqual([]);
    expect(readFileSync(join(dir, "narrative-load.ts"), "utf8")).toContain('import(/* webpackChunkName: "narrative" */ "../core/narrative")');
  });
});

/**
 * The narrative chunk: fetched after the first check (the pane opens on the table checks alone),
 * then the text findings join that check without reading the workbook again.
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import type { SheetGrid } from "../../src/core/types";
import { PaneController } from "../../src/taskpane/controller";
import type { NarrativeModule } from "../../src/taskpane/narrative-load";
import { FakeHost, Gate, settle, templateSheet } from "../helpers/pane-fake-host";

const FEB_2026 = (): Date => new Date(2026, 1, 10, 9, 0);
const realModule = (): Promise<NarrativeModule> => import("../../src/taskpane/narrative-chunk");

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

const SRC = resolve(__dirname, "../../src");

/** The .ts file an import specifier names, or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, join(base, "index.ts")]) if (existsSync(candidate)) return candidate;
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

/** Every file the entry reaches by static, non-type imports and re-exports (what webpack puts in its first bundle). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]+)"/gms)) {
      const target = resolveImport(file, m[1]);
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe("the pane's first bundle", () => {
  const graph = [...staticGraph(join(SRC, "taskpane/index.ts"))].map((f) => relative(SRC, f));

  it("reaches the pane and the table checks, but nothing of the narrative chunk", () => {
    expect(graph).toEqual(expect.arrayContaining(["taskpane/controller.ts", "taskpane/narrative-controller.ts", "taskpane/narrative-view.ts", "core/check-tables.ts"]));
    const chunkOnly = graph.filter(
      (f) => f.startsWith("core/narrative/") || f === "core/workbook.ts" || /^taskpane\/narrative-(chunk|writer|update|stale|record|options|clipboard)\.ts$/.test(f),
    );
    expect(chunkOnly).toEqual([]);
  });

  it("fetches the chunk with a dynamic import named for webpack, and the chunk holds the core's narrative module", () => {
    expect(readFileSync(join(SRC, "taskpane/narrative-load.ts"), "utf8")).toContain('import(/* webpackChunkName: "narrative" */ "./narrative-chunk")');
    const chunk = [...staticGraph(join(SRC, "taskpane/narrative-chunk.ts"))].map((f) => relative(SRC, f));
    expect(chunk).toEqual(
      expect.arrayContaining(["core/narrative/index.ts", "core/narrative/text-checks.ts", "core/narrative/sheet-plan.ts", "taskpane/narrative-update.ts"]),
    );
  });
});

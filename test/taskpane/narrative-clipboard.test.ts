/**
 * 复制正文: the asynchronous clipboard when the web view allows it, else a selected textarea and
 * `execCommand("copy")`; and what the pane tells the user either way.
 */
import { PaneController } from "../../src/taskpane/controller";
import { copyText, type ClipboardEnv } from "../../src/taskpane/narrative-clipboard";
import { FakeHost, templateSheet } from "../helpers/pane-fake-host";

/** A page with a body, recording what the fallback does. */
function fakePage(execResult: boolean | Error) {
  const log: string[] = [];
  const body = {
    children: [] as unknown[],
    appendChild(node: unknown) {
      this.children.push(node);
      log.push("append");
      return node;
    },
    removeChild(node: unknown) {
      this.children = this.children.filter((c) => c !== node);
      log.push("remove");
      return node;
    },
  };
  const area = {
    value: "",
    className: "",
    attributes: new Map<string, string>(),
    setAttribute(name: string, value: string) {
      this.attributes.set(name, value);
    },
    select() {
      log.push(`select:${this.value}`);
    },
  };
  const document = {
    body,
    createElement: () => area as unknown as HTMLTextAreaElement,
    execCommand(command: string) {
      log.push(`exec:${command}`);
      if (execResult instanceof Error) throw execResult;
      return execResult;
    },
  };
  return { log, body, area, document: document as unknown as ClipboardEnv["document"] };
}

describe("copyText", () => {
  it("uses the asynchronous clipboard when there is one", async () => {
    const written: string[] = [];
    const page = fakePage(true);
    const ok = await copyText("正文", { clipboard: { writeText: async (t) => void written.push(t) }, document: page.document });
    expect(ok).toBe(true);
    expect(written).toEqual(["正文"]);
    expect(page.log).toEqual([]);
  });

  it("falls back to a selected textarea and execCommand when the web view has no clipboard API", async () => {
    const page = fakePage(true);
    expect(await copyText("三、…\n2025年，我局未收到政府信息公开申请。", { document: page.document })).toBe(true);
    expect(page.log).toEqual(["append", "select:三、…\n2025年，我局未收到政府信息公开申请。", "exec:copy", "remove"]);
    expect(page.area.attributes.get("readonly")).toBe("");
    expect(page.body.children).toEqual([]);
  });

  it("falls back when the clipboard API refuses (no permission in the add-in's frame)", async () => {
    const page = fakePage(true);
    const ok = await copyText("正文", { clipboard: { writeText: () => Promise.reject(new Error("NotAllowedError")) }, document: page.document });
    expect(ok).toBe(true);
    expect(page.log).toContain("exec:copy");
  });

  it("says false when neither works, leaving no textarea behind", async () => {
    for (const result of [false, new Error("SecurityError")]) {
      const page = fakePage(result);
      expect(await copyText("正文", { clipboard: { writeText: () => Promise.reject(new Error("NotAllowedError")) }, document: page.document })).toBe(false);
      expect(page.body.children).toEqual([]);
    }
    expect(await copyText("正文", {})).toBe(false);
  });
});

describe("复制正文 in the pane", () => {
  const FEB_2026 = (): Date => new Date(2026, 1, 10);

  async function pane(copy: (text: string) => Promise<boolean>) {
    const host = new FakeHost([templateSheet("national-2021", 2025).sheet]);
    const p = new PaneController(host, { now: FEB_2026, copyText: copy });
    await p.start();
    return { host, pane: p };
  }

  it("copies the paragraphs under their headings, without touching the workbook, and says so", async () => {
    const copied: string[] = [];
    const { host, pane: p } = await pane(async (t) => (copied.push(t), true));
    await p.copyNarrative();
    expect(copied).toEqual([
      "三、收到和处理政府信息公开申请情况\n2025年，我局未收到政府信息公开申请。\n\n" +
        "四、政府信息公开行政复议、行政诉讼情况\n2025年，我局未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。\n",
    ]);
    expect(p.state.narrative.copied).toEqual({ ok: true, message: "已复制 2 段正文（含所在章节标题），可粘贴到 Word 报告中" });
    expect(host.calls.insertPlan.length + host.calls.writeCells + host.calls.setSetting.length).toBe(0);
  });

  it("says how to copy by hand when the web view refuses", async () => {
    const { pane: p } = await pane(async () => false);
    await p.copyNarrative();
    expect(p.state.narrative.copied).toEqual({
      ok: false,
      message: "未能复制到剪贴板（此环境不允许网页写入剪贴板）。请在工作表“2025年度报告正文”中选中正文单元格，按 Ctrl+C 复制",
    });
  });

  it("starts the copy before anything else is awaited (the clipboard needs the click)", async () => {
    const copy = jest.fn(async (_text: string) => true);
    const { pane: p } = await pane(copy);
    const done = p.copyNarrative();
    expect(copy).toHaveBeenCalledTimes(1);
    await done;
  });
});

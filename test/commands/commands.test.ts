/**
 * The ribbon's 插入统计表 command: what it inserts, what it tells the user, and that Office always
 * hears it finished. Excel and Office are the office-addin-mock fakes or plain stand-ins: these
 * prove the command's decisions and calls, not how Office shows a dialog.
 */
import {
  AUTO_SHOW_TASKPANE_SETTING,
  INSERT_TEMPLATE_ACTION,
  failureMessage,
  insertFromButton,
  insertTemplate,
  registerCommands,
  startCommands,
  type CommandDeps,
} from "../../src/commands/commands";
import { NOTICE_TIMEOUT_MS, noticeMessage, noticeUrl, renderNoticePage, showNotice } from "../../src/commands/notice";
import { TEMPLATE_CHOICE_SETTING } from "../../src/commands/template-choice";
import type { SheetPlan } from "../../src/core/layout";
import { createExcelHost, ExcelHostError, type InsertResult, type SkippedPart } from "../../src/excel";
import { FakeExcel } from "../helpers/excel-fake";

const FEB_2026 = new Date(2026, 1, 10, 9, 0);

/** A host that records the plan it was given. */
function standIn(options: { remembered?: unknown; insert?: (plan: SheetPlan) => Promise<InsertResult>; saveFails?: boolean } = {}) {
  const plans: SheetPlan[] = [];
  const settings = new Map<string, unknown>();
  if (options.remembered !== undefined) settings.set(TEMPLATE_CHOICE_SETTING, options.remembered);
  const notices: string[] = [];
  const deps: CommandDeps = {
    host: {
      getSetting: <T>(key: string) => settings.get(key) as T | undefined,
      setSetting: async (key: string, value: unknown) => {
        if (options.saveFails) throw new ExcelHostError("设置没有保存到工作簿：磁盘已满");
        settings.set(key, value);
      },
      insertPlanDetailed: async (plan: SheetPlan) => {
        plans.push(plan);
        return options.insert ? options.insert(plan) : { sheet: plan.name, skipped: [] };
      },
    },
    today: () => FEB_2026,
    notify: async (message: string) => {
      notices.push(message);
    },
  };
  return { deps, plans, settings, notices };
}

function event() {
  const completed = jest.fn();
  return { event: { completed, source: { id: "Nianbao.InsertTemplate" } } as unknown as Office.AddinCommands.Event, completed };
}

describe("insertFromButton", () => {
  test("no remembered choice, in February 2026: the 2021 format for report year 2025; the pane set to open with the workbook", async () => {
    const { deps, plans, settings } = standIn();
    expect(await insertFromButton(deps)).toBeNull();
    expect(plans.map((p) => [p.format, p.year, p.agency, p.name])).toEqual([["national-2021", 2025, "", "2025年度统计表"]]);
    expect(settings.get(AUTO_SHOW_TASKPANE_SETTING)).toBe(true);
  });

  test("a choice remembered this season is used: year, its format, and the agency in the title", async () => {
    const { deps, plans } = standIn({ remembered: { year: 2020, format: "national-2019", agency: "XX市审计局", season: 2025 } });
    await insertFromButton(deps);
    expect(plans.map((p) => [p.format, p.year, p.agency])).toEqual([["national-2019", 2020, "XX市审计局"]]);
    expect(plans[0].values[0][0]).toBe("XX市审计局2020年度政府信息公开工作年度报告");
  });

  test("a remembered agency the template refuses: the template's Chinese reason and where to choose instead", async () => {
    const { deps, plans } = standIn({ remembered: { agency: "局".repeat(61) } });
    const message = await insertFromButton(deps);
    expect(message).toBe("无法插入统计表：单位名称过长（61 个字），请填写不超过 60 个字的单位全称。也可以点击“检查面板”，在面板中选择年度和单位后插入。");
    expect(plans).toEqual([]);
  });

  test("Excel's failure, already in Chinese from the adapter, is passed on as it is", async () => {
    const { deps } = standIn({ insert: async () => Promise.reject(new ExcelHostError("插入统计表时 Excel 报错：X。")) });
    expect(await insertFromButton(deps)).toBe("插入统计表时 Excel 报错：X。");
  });

  test("an unexpected failure is named and the user told what to do", () => {
    expect(failureMessage(new Error("network down"))).toBe("插入统计表没有完成：network down。请稍后重试；如仍失败，可点击“检查面板”，在面板中插入。");
  });

  test("parts this Excel skipped are told after a successful insertion", async () => {
    const skipped: SkippedPart[] = [
      { part: "dataValidation", requires: "ExcelApi 1.8", label: "填写提示和输入限制（数据验证）" },
      { part: "pageLayout", requires: "ExcelApi 1.9", label: "A4 打印设置" },
    ];
    const { deps } = standIn({ insert: async (plan) => ({ sheet: `${plan.name}（2）`, skipped }) });
    const message = await insertFromButton(deps);
    expect(message).toContain("统计表已插入到工作表“2025年度统计表（2）”");
    expect(message).toContain("填写提示和输入限制（数据验证）；A4 打印设置");
  });

  test("failing to save the open-with-workbook setting does not fail the insertion", async () => {
    const { deps, plans } = standIn({ saveFails: true });
    expect(await insertFromButton(deps)).toBeNull();
    expect(plans).toHaveLength(1);
  });
});

describe("insertTemplate always completes the event", () => {
  test("on success, without a notice", async () => {
    const { deps, notices } = standIn();
    const { event: e, completed } = event();
    await insertTemplate(e, deps);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([]);
  });

  test("on failure, after telling the user", async () => {
    const { deps, notices } = standIn({ insert: async () => Promise.reject(new Error("boom")) });
    const { event: e, completed } = event();
    await insertTemplate(e, deps);
    expect(notices).toEqual([failureMessage(new Error("boom"))]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("when even the notice fails", async () => {
    const { deps } = standIn({ insert: async () => Promise.reject(new Error("boom")) });
    deps.notify = async () => Promise.reject(new Error("no dialog"));
    const { event: e, completed } = event();
    await insertTemplate(e, deps);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("when the host cannot be made at all (no Excel)", async () => {
    const g = globalThis as unknown as Record<string, unknown>;
    g.Office = undefined;
    g.Excel = undefined;
    const { event: e, completed } = event();
    await insertTemplate(e);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("the command on the Excel fake (mock: calls and round trips)", () => {
  test("one click: a new sheet for the reporting year, 2 round trips, the setting saved into the workbook", async () => {
    const fake = new FakeExcel({ api: "1.19", sheets: [{ name: "Sheet1", used: null }], settings: { [TEMPLATE_CHOICE_SETTING]: { agency: "XX市审计局" } } }).install();
    const { event: e, completed } = event();
    await insertTemplate(e, { host: createExcelHost(), today: () => FEB_2026, notify: async () => undefined });
    expect(fake.trips()).toBe(2);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "2025年度统计表"]);
    expect(fake.sheet("2025年度统计表").activated).toBe(1);
    expect(fake.savedSettings.at(-1)).toEqual({ [TEMPLATE_CHOICE_SETTING]: { agency: "XX市审计局" }, [AUTO_SHOW_TASKPANE_SETTING]: true });
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("registration", () => {
  test("registerCommands associates the manifest's function name", async () => {
    const fake = new FakeExcel({ api: "1.19", sheets: [] }).install();
    const associate = jest.fn();
    fake.office.actions = { associate };
    registerCommands();
    expect(associate).toHaveBeenCalledWith(INSERT_TEMPLATE_ACTION, expect.any(Function));
    expect(INSERT_TEMPLATE_ACTION).toBe("insertTemplate");
  });

  test("startCommands registers on the command page, and renders the notice on the notice page", async () => {
    const fake = new FakeExcel({ api: "1.19", sheets: [] }).install();
    const associate = jest.fn();
    const messageParent = jest.fn();
    let ready: (() => void) | undefined;
    fake.office.actions = { associate };
    fake.office.onReady = (callback: () => void) => {
      ready = callback;
      return Promise.resolve();
    };
    fake.office.context.ui = { messageParent };
    const g = globalThis as unknown as Record<string, unknown>;

    g.window = { location: { search: "", href: "https://localhost:3000/commands.html" } };
    startCommands();
    expect(associate).toHaveBeenCalledTimes(1);

    const doc = fakeDocument();
    g.document = doc;
    g.window = { location: { search: "?notice=%E5%87%BA%E9%94%99%E4%BA%86", href: "" } };
    startCommands();
    expect(associate).toHaveBeenCalledTimes(1);
    ready?.();
    expect(doc.body.children.map((c) => c.textContent)).toEqual(["出错了", "关闭"]);
    doc.body.children[1].click();
    expect(messageParent).toHaveBeenCalledWith("close");
    delete g.window;
    delete g.document;
  });
});

describe("the notice dialog (mock of Office.context.ui)", () => {
  test("its address is the command page's own, with the message as the only parameter", () => {
    const url = noticeUrl("https://localhost:3000/commands.html?_host_Info=Excel#x", "插入统计表没有完成：网络中断。");
    expect(url.startsWith("https://localhost:3000/commands.html?notice=")).toBe(true);
    expect(noticeMessage(new URL(url).search)).toBe("插入统计表没有完成：网络中断。");
    expect(noticeMessage("?_host_Info=Excel")).toBeNull();
  });

  function dialogFake(fails: boolean) {
    const fake = new FakeExcel({ api: "1.19", sheets: [] }).install();
    const handlers = new Map<string, () => void>();
    const close = jest.fn();
    const opened: Array<{ url: string; options: unknown }> = [];
    fake.office.EventType = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };
    fake.office.context.ui = {
      displayDialogAsync: (url: string, options: unknown, callback: (r: unknown) => void) => {
        opened.push({ url, options });
        callback(
          fails
            ? { status: "failed", error: { code: 12007 } }
            : { status: "succeeded", value: { close, addEventHandler: (type: string, h: () => void) => handlers.set(type, h) } },
        );
      },
    };
    return { handlers, close, opened };
  }

  test("resolves when the page's 关闭 button messages back, and closes the dialog", async () => {
    const { handlers, close, opened } = dialogFake(false);
    const shown = showNotice("出错了", "https://localhost:3000/commands.html");
    expect(opened[0].url).toBe(noticeUrl("https://localhost:3000/commands.html", "出错了"));
    handlers.get("dialogMessageReceived")?.();
    await shown;
    expect(close).toHaveBeenCalledTimes(1);
  });

  test("resolves when the user closes the dialog itself", async () => {
    const { handlers } = dialogFake(false);
    const shown = showNotice("出错了", "https://localhost:3000/commands.html");
    handlers.get("dialogEventReceived")?.();
    await expect(shown).resolves.toBeUndefined();
  });

  test("resolves at once when Office cannot open a dialog", async () => {
    dialogFake(true);
    await expect(showNotice("出错了", "https://localhost:3000/commands.html")).resolves.toBeUndefined();
  });

  test("resolves before Office would end the command, if nobody closes it", async () => {
    jest.useFakeTimers();
    try {
      const { close } = dialogFake(false);
      let done = false;
      const shown = showNotice("出错了", "https://localhost:3000/commands.html").then(() => {
        done = true;
      });
      await Promise.resolve();
      expect(done).toBe(false);
      jest.advanceTimersByTime(NOTICE_TIMEOUT_MS);
      await shown;
      expect(done).toBe(true);
      expect(close).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});

/** Just enough of a DOM for `renderNoticePage`. */
interface FakeElement {
  tag: string;
  textContent: string;
  type?: string;
  style: Record<string, string>;
  attributes: Record<string, string>;
  setAttribute(name: string, value: string): void;
  addEventListener(type: string, listener: () => void): void;
  focus(): void;
  click(): void;
}
function fakeDocument() {
  const element = (tag: string): FakeElement => {
    const listeners: Array<() => void> = [];
    return {
      tag,
      textContent: "",
      style: {},
      attributes: {},
      setAttribute(name, value) {
        this.attributes[name] = value;
      },
      addEventListener(_type, listener) {
        listeners.push(listener);
      },
      focus() {},
      click() {
        for (const l of listeners) l();
      },
    };
  };
  const body = {
    style: {} as Record<string, string>,
    children: [] as FakeElement[],
    replaceChildren(...nodes: FakeElement[]) {
      this.children = nodes;
    },
  };
  return { title: "", documentElement: { lang: "" }, body, createElement: element };
}

describe("the notice page", () => {
  test("shows the message as an alert and a 关闭 button that closes", () => {
    const doc = fakeDocument();
    const close = jest.fn();
    renderNoticePage(doc as unknown as Document, "统计表已插入。", close);
    expect(doc.documentElement.lang).toBe("zh-CN");
    const [text, button] = doc.body.children;
    expect(text.textContent).toBe("统计表已插入。");
    expect(text.attributes.role).toBe("alert");
    expect(button.textContent).toBe("关闭");
    button.click();
    expect(close).toHaveBeenCalledTimes(1);
  });
});

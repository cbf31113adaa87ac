/**
 * The ribbon's one click as a clerk uses it, on the requirement-set-true Excel fake: the agency
 * asked for once when none is remembered, a second click selecting the year's sheet instead of
 * adding one, a double click inserting once, Office.js initialised before any command runs, the
 * pane's choice read fresh, and the user's "do not open the pane" respected.
 */
import { insertTemplate, NO_AGENCY_MESSAGE, registerCommands, startCommands, type CommandDeps } from "../../src/commands/commands";
import { askUrl, isAskPage, parseAnswer, renderAskPage, type AgencyAnswer } from "../../src/commands/ask-agency";
import { AUTO_OPEN_PANE_SETTING, AUTO_SHOW_SETTING } from "../../src/commands/auto-show";
import { TEMPLATE_CHOICE_SETTING } from "../../src/commands/template-choice";
import { reportingYear } from "../../src/core/reporting-year";
import { createExcelHost } from "../../src/excel";
import { FakeExcel } from "../helpers/excel-fake";

const DEC_2026 = new Date(2026, 11, 7, 9, 0);

function event() {
  const completed = jest.fn();
  return { event: { completed, source: { id: "Nianbao.InsertTemplate" } } as unknown as Office.AddinCommands.Event, completed };
}

function setup(options: { api?: string; settings?: Record<string, unknown>; answers?: AgencyAnswer[] } = {}) {
  const fake = new FakeExcel({ api: options.api ?? "1.14", sheets: [{ name: "Sheet1", used: null }], settings: options.settings }).install();
  const notices: string[] = [];
  const asked: number[] = [];
  const answers = [...(options.answers ?? [])];
  const deps: CommandDeps = {
    host: createExcelHost(),
    today: () => DEC_2026,
    notify: async (m) => {
      notices.push(m);
    },
    askAgency: async () => {
      asked.push(1);
      return answers.shift() ?? "cancelled";
    },
  };
  const click = async (): Promise<void> => {
    const { event: e, completed } = event();
    await insertTemplate(e, deps);
    expect(completed).toHaveBeenCalledTimes(1);
  };
  return { fake, deps, notices, asked, click };
}

const title = (fake: FakeExcel, sheet: string): unknown => {
  const all = fake.sheet(sheet).ranges.find((r) => r.address.startsWith("A1:"));
  return (all?.mock as unknown as { values: unknown[][] }).values[0][0];
};

describe("the agency", () => {
  test("none remembered: asked once, in the title, remembered, and the next click does not ask", async () => {
    const { fake, asked, click } = setup({ answers: [{ agency: "某市审计局" }] });
    await click();
    expect(asked).toHaveLength(1);
    expect(title(fake, "2026年度统计表")).toBe("某市审计局2026年度政府信息公开工作年度报告");
    expect(fake.stored.get(TEMPLATE_CHOICE_SETTING)).toEqual({ format: "national-2021", year: 2026, agency: "某市审计局", season: 2026 });
    fake.userDeletesSheet("2026年度统计表");
    await click();
    expect(asked).toHaveLength(1);
    expect(title(fake, "2026年度统计表")).toBe("某市审计局2026年度政府信息公开工作年度报告");
  });

  test("the form cancelled: nothing inserted, nothing said", async () => {
    const { fake, notices, click } = setup({ answers: ["cancelled"] });
    await click();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(notices).toEqual([]);
  });

  test("no dialog possible: nothing inserted, and the user told where to fill it in", async () => {
    const { fake, notices, click } = setup({ answers: ["unavailable"] });
    await click();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(notices).toEqual([NO_AGENCY_MESSAGE]);
  });

  test("the agency the pane saved after this runtime loaded its settings is the one used", async () => {
    const { fake, asked, click } = setup();
    fake.otherRuntimeSaves(TEMPLATE_CHOICE_SETTING, { year: 2026, format: "national-2021", agency: "某县财政局", season: 2026 });
    await click();
    expect(asked).toHaveLength(0);
    expect(title(fake, "2026年度统计表")).toBe("某县财政局2026年度政府信息公开工作年度报告");
  });
});

describe("a second click", () => {
  const remembered = { [TEMPLATE_CHOICE_SETTING]: { agency: "某市审计局" } };

  test("the year's sheet is there: it is selected and the user told, no second sheet; 2 round trips each", async () => {
    const { fake, notices, click } = setup({ settings: remembered });
    await click();
    expect(fake.trips()).toBe(2);
    await click();
    expect(fake.trips()).toBe(2);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "2026年度统计表"]);
    expect(fake.sheet("2026年度统计表").activated).toBe(2);
    expect(notices).toEqual(["2026 年度的统计表已在工作表“2026年度统计表”中，已切换到该表，没有再插入。如需再插入一张，请在“检查面板”中点击“插入统计表”。"]);
    expect(fake.violations).toEqual([]);
  });

  test("a double click while the first insertion runs: one sheet; the second click completes at once", async () => {
    const { fake, deps } = setup({ settings: remembered });
    const first = event();
    const second = event();
    const a = insertTemplate(first.event, deps);
    const b = insertTemplate(second.event, deps);
    expect(second.completed).toHaveBeenCalledTimes(1);
    await Promise.all([a, b]);
    expect(first.completed).toHaveBeenCalledTimes(1);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "2026年度统计表"]);
  });
});

describe("opening the pane with the workbook", () => {
  test("an insertion turns it on", async () => {
    const { fake, click } = setup({ settings: { [TEMPLATE_CHOICE_SETTING]: { agency: "某市审计局" } } });
    await click();
    expect(fake.stored.get(AUTO_SHOW_SETTING)).toBe(true);
  });

  test("turned off in the pane: an insertion leaves it off", async () => {
    const { fake, click } = setup({ settings: { [TEMPLATE_CHOICE_SETTING]: { agency: "某市审计局" }, [AUTO_OPEN_PANE_SETTING]: false } });
    await click();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "2026年度统计表"]);
    expect(fake.stored.has(AUTO_SHOW_SETTING)).toBe(false);
  });
});

describe("Office.js initialised before a command runs", () => {
  test("startCommands calls Office.onReady, and a command that comes first waits for it", async () => {
    const fake = new FakeExcel({ api: "1.14", sheets: [], settings: { [TEMPLATE_CHOICE_SETTING]: { agency: "某市审计局" } } }).install();
    let handler: ((e: Office.AddinCommands.Event) => void) | undefined;
    const calls: string[] = [];
    let ready!: () => void;
    fake.office.onReady = () => {
      calls.push("onReady");
      return new Promise<void>((resolve) => {
        ready = resolve;
      });
    };
    fake.office.actions = {
      associate: (_name: string, h: (e: Office.AddinCommands.Event) => void) => {
        calls.push("associate");
        handler = h;
      },
    };
    const g = globalThis as unknown as Record<string, unknown>;
    g.window = { location: { search: "", href: "https://localhost:3000/commands.html" } };
    try {
      startCommands();
      expect(calls).toEqual(["onReady", "associate"]);
      const { event: e, completed } = event();
      handler?.(e);
      await new Promise((r) => setTimeout(r, 10));
      expect(fake.sheets).toEqual([]);
      expect(completed).not.toHaveBeenCalled();
      ready();
      await new Promise((r) => setTimeout(r, 50));
      expect(completed).toHaveBeenCalledTimes(1);
      expect(fake.sheets.map((s) => s.name)).toEqual([`${reportingYear(new Date())}年度统计表`]);
    } finally {
      delete g.window;
    }
  });

  test("registerCommands without a promise runs commands at once (tests, the preview)", () => {
    const fake = new FakeExcel({ api: "1.14", sheets: [] }).install();
    const associate = jest.fn();
    fake.office.actions = { associate };
    registerCommands();
    expect(associate).toHaveBeenCalledTimes(1);
  });
});

describe("the agency form page", () => {
  test("its address is the command page's own with ask=agency", () => {
    const url = askUrl("https://localhost:3000/commands.html?_host_Info=Excel");
    expect(url).toBe("https://localhost:3000/commands.html?ask=agency");
    expect(isAskPage(new URL(url).search)).toBe(true);
    expect(isAskPage("?notice=x")).toBe(false);
  });

  test("answers are read defensively", () => {
    expect(parseAnswer('{"agency":"  某市审计局 "}')).toEqual({ agency: "某市审计局" });
    expect(parseAnswer('{"agency":"  "}')).toBe("cancelled");
    expect(parseAnswer('{"cancel":true}')).toBe("cancelled");
    expect(parseAnswer("close")).toBe("cancelled");
  });

  test("the form sends the typed name on 插入, nothing while empty, and a cancel on 取消", () => {
    const doc = formDocument();
    const sent: string[] = [];
    renderAskPage(doc as unknown as Document, (m) => sent.push(m));
    const [, input, buttons] = doc.body.children;
    const [ok, , cancel] = buttons.children;
    ok.click();
    expect(sent).toEqual([]);
    input.value = " 某市审计局 ";
    ok.click();
    cancel.click();
    expect(sent).toEqual(['{"agency":"某市审计局"}', '{"cancel":true}']);
    expect(doc.documentElement.lang).toBe("zh-CN");
  });
});

/** Just enough of a DOM for `renderAskPage`. */
interface El {
  value: string;
  textContent: string;
  type: string;
  style: Record<string, string>;
  children: El[];
  setAttribute(name: string, value: string): void;
  addEventListener(type: string, l: (e: unknown) => void): void;
  replaceChildren(...nodes: El[]): void;
  focus(): void;
  click(): void;
}
function formDocument() {
  const element = (): El => {
    const listeners = new Map<string, Array<(e: unknown) => void>>();
    return {
      value: "",
      textContent: "",
      type: "",
      style: {},
      children: [],
      setAttribute() {},
      addEventListener(type, l) {
        listeners.set(type, [...(listeners.get(type) ?? []), l]);
      },
      replaceChildren(...nodes) {
        this.children = nodes;
      },
      focus() {},
      click() {
        for (const l of listeners.get("click") ?? []) l({});
      },
    };
  };
  return { title: "", documentElement: { lang: "" }, body: { ...element(), style: {} }, createElement: element, createTextNode: element };
}

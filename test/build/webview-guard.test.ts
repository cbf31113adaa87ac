/**
 * The web view guard (src/shared/webview-guard.js), run as a web view runs it: the file's own text
 * in a fresh JavaScript realm (node's vm), with a small page around it — a document, the address,
 * office.js's few calls — and the realm's built-ins removed as Internet Explorer 11 or EdgeHTML 18
 * lack them. What the user would see (the pane's message, the command's dialog) is asserted, and
 * that the methods it fills in behave as the built-in ones do.
 */
import fs from "fs";
import path from "path";
import vm from "vm";

const ROOT = path.resolve(__dirname, "../..");
const GUARD = fs.readFileSync(path.join(ROOT, "src/shared/webview-guard.js"), "utf8");

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE18 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763";
const WEBVIEW2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

/** What Internet Explorer 11 lacks of what the guard looks for (it has a Map and a Set). */
const IE11_LACKS = [
  "delete globalThis.Promise",
  "delete globalThis.Symbol",
  "delete Object.assign",
  "delete Object.entries",
  "delete String.prototype.normalize",
  "delete String.prototype.padStart",
];
/** What EdgeHTML 18 lacks of what the bundles call: the guard fills these in. */
const EDGE18_LACKS = [
  "delete Array.prototype.flat",
  "delete Array.prototype.flatMap",
  "delete Object.fromEntries",
  "delete String.prototype.matchAll",
  "delete RegExp.prototype.flags",
];

// --- a page, as little of it as the guard touches -----------------------------------------------

type Listener = (event?: unknown) => void;

class FakeNode {
  childNodes: FakeNode[] = [];
  parentNode: FakeNode | null = null;
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): FakeNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }
  appendChild(child: FakeNode): FakeNode {
    child.parentNode?.removeChild(child);
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }
  removeChild(child: FakeNode): FakeNode {
    this.childNodes = this.childNodes.filter((c) => c !== child);
    child.parentNode = null;
    return child;
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join("");
  }
}

class FakeText extends FakeNode {
  constructor(readonly data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
}

/** A fresh element class per page: the guard may give its prototype a method. */
function elementClass(withReplaceChildren: boolean) {
  class FakeElement extends FakeNode {
    readonly attributes = new Map<string, string>();
    readonly listeners = new Map<string, Listener[]>();
    readonly style: Record<string, string> = {};
    constructor(
      readonly ownerDocument: FakeDocument,
      readonly tagName: string,
    ) {
      super();
    }
    setAttribute(name: string, value: string): void {
      this.attributes.set(name, String(value));
    }
    getAttribute(name: string): string | null {
      return this.attributes.get(name) ?? null;
    }
    removeAttribute(name: string): void {
      this.attributes.delete(name);
    }
    addEventListener(type: string, listener: Listener): void {
      this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
    }
    click(): void {
      for (const l of this.listeners.get("click") ?? []) l({ type: "click" });
    }
    focus(): void {
      this.ownerDocument.activeElement = this;
    }
    set innerHTML(_html: string) {
      throw new Error("the guard must not parse HTML");
    }
    /** Every element below this one, in document order. */
    all(): FakeElement[] {
      const out: FakeElement[] = [];
      const walk = (n: FakeNode): void => {
        if (n instanceof FakeElement) out.push(n);
        n.childNodes.forEach(walk);
      };
      this.childNodes.forEach(walk);
      return out;
    }
  }
  if (withReplaceChildren) {
    Object.defineProperty(FakeElement.prototype, "replaceChildren", {
      value(this: FakeElement, ...nodes: FakeNode[]) {
        while (this.lastChild) this.removeChild(this.lastChild);
        nodes.forEach((n) => this.appendChild(n));
      },
    });
  }
  return FakeElement;
}

type FakeElement = InstanceType<ReturnType<typeof elementClass>>;

class FakeDocument {
  readyState = "interactive";
  activeElement: FakeElement | null = null;
  readonly listeners = new Map<string, Listener[]>();
  readonly body: FakeElement;
  constructor(readonly Element: ReturnType<typeof elementClass>) {
    this.body = new Element(this, "body");
  }
  createElement(tag: string): FakeElement {
    return new this.Element(this, tag);
  }
  createTextNode(text: string): FakeText {
    return new FakeText(text);
  }
  getElementById(id: string): FakeElement | null {
    return this.body.all().find((e) => e.getAttribute("id") === id) ?? null;
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: string): void {
    for (const l of this.listeners.get(type) ?? []) l();
  }
}

/** taskpane.html's body as the template writes it. */
function paneBody(doc: FakeDocument): FakeElement {
  const pane = doc.createElement("main");
  pane.setAttribute("id", "pane");
  pane.setAttribute("class", "pane");
  const message = doc.createElement("p");
  message.appendChild(doc.createTextNode("正在连接 Excel……"));
  pane.appendChild(message);
  doc.body.appendChild(pane);
  return pane;
}

// --- office.js, as little of it as the guard calls -----------------------------------------------

interface FakeDialog {
  handlers: Map<string, Listener>;
  closed: number;
  addEventHandler(type: string, handler: Listener): void;
  close(): void;
}

function fakeOffice() {
  const associated = new Map<string, (event: { completed(): void }) => void>();
  const opened: Array<{ url: string; options: unknown; callback: (result: { status: string; value?: FakeDialog }) => void }> = [];
  const sentToParent: string[] = [];
  const office = {
    actions: { associate: (name: string, fn: (event: { completed(): void }) => void) => associated.set(name, fn) },
    context: {
      ui: {
        displayDialogAsync: (url: string, options: unknown, callback: (result: { status: string; value?: FakeDialog }) => void) => {
          opened.push({ url, options, callback });
        },
        messageParent: (message: string) => sentToParent.push(message),
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  };
  return { office, associated, opened, sentToParent };
}

function fakeDialog(): FakeDialog {
  const dialog: FakeDialog = {
    handlers: new Map(),
    closed: 0,
    addEventHandler: (type, handler) => dialog.handlers.set(type, handler),
    close: () => {
      dialog.closed++;
    },
  };
  return dialog;
}

// --- running the guard -------------------------------------------------------------------------

interface PageOptions {
  /** Statements run in the page's realm before the guard: the built-ins this web view lacks. */
  lacks?: string[];
  userAgent?: string;
  page?: "pane" | "commands";
  search?: string;
  /** False: office.js did not load (its CDN out of reach). */
  office?: boolean;
  readyState?: string;
  /** Whether this web view's elements have replaceChildren (EdgeHTML 18 has not). */
  replaceChildren?: boolean;
}

function openPage(options: PageOptions = {}) {
  const Element = elementClass(options.replaceChildren ?? true);
  const doc = new FakeDocument(Element);
  doc.readyState = options.readyState ?? "interactive";
  const pane = options.page === "commands" ? null : paneBody(doc);
  const office = fakeOffice();
  const timers: Array<{ fn: () => void; ms: number; cleared: boolean }> = [];
  const search = options.search ?? "";
  const sandbox: Record<string, unknown> = {
    document: doc,
    navigator: { userAgent: options.userAgent ?? WEBVIEW2 },
    location: { href: `https://localhost:3000/${options.page === "commands" ? "commands" : "taskpane"}.html${search}#x`, search },
    Element,
    setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms, cleared: false }) - 1,
    clearTimeout: (id: number) => {
      if (timers[id]) timers[id].cleared = true;
    },
  };
  if (options.office !== false) sandbox.Office = office.office;
  const context = vm.createContext(sandbox);
  for (const statement of options.lacks ?? []) vm.runInContext(statement, context);
  vm.runInContext(GUARD, context, { filename: "webview-guard.js" });
  const state = sandbox.nianbaoWebview as { missing: string[]; filled: string[] };
  /** Run `code` in the page's realm; its value comes back through JSON, realm-free. */
  const run = (code: string): unknown => JSON.parse(vm.runInContext(`JSON.stringify(${code})`, context) as string);
  return { doc, pane, office, timers, context, state, run, missing: [...state.missing], filled: [...state.filled] };
}

const paragraphs = (el: FakeElement): string[] =>
  el
    .all()
    .filter((e) => e.tagName === "p")
    .map((e) => e.textContent);

// --- the tests ------------------------------------------------------------------------------------

describe("in a web view that has everything (WebView2)", () => {
  it("finds nothing missing, fills nothing in and leaves the pane to the bundle", () => {
    const page = openPage();
    expect(page.missing).toEqual([]);
    expect(page.filled).toEqual([]);
    expect(page.pane?.getAttribute("id")).toBe("pane");
    expect(page.pane?.textContent).toBe("正在连接 Excel……");
  });

  it("registers no ribbon function of its own: the bundle does", () => {
    const page = openPage({ page: "commands" });
    expect([...page.office.associated.keys()]).toEqual([]);
    expect(page.doc.body.childNodes).toEqual([]);
  });
});

describe("in Internet Explorer 11", () => {
  it("names what is missing, and not what IE has", () => {
    const page = openPage({ lacks: IE11_LACKS, userAgent: IE11 });
    expect(page.missing).toEqual(["Promise", "Symbol", "Object.assign", "Object.entries", "String.prototype.normalize", "String.prototype.padStart"]);
  });

  it("puts a message in the pane's place: why, what to use instead, and the command line", () => {
    const page = openPage({ lacks: IE11_LACKS, userAgent: IE11 });
    const pane = page.pane as FakeElement;
    const [title] = pane.all().filter((e) => e.tagName === "h1");
    expect(title.textContent).toBe("统计表检查");
    const [why, instead, cli, detail] = paragraphs(pane);
    expect(why).toBe("此版本 Excel 用内置的 Internet Explorer 11 浏览器显示加载项，无法运行“年报”检查面板。");
    expect(
      pane
        .all()
        .find((e) => e.textContent === why && e.tagName === "p")
        ?.getAttribute("role"),
    ).toBe("alert");
    expect(instead).toMatch(/^请改用 Excel 2021、Excel 2024 或 Microsoft 365 版 Excel/);
    expect(cli).toContain("nianbao check 文件名.xlsx");
    expect(detail).toBe("技术信息：此浏览器缺少 Promise、Symbol、Object.assign、Object.entries、String.prototype.normalize、String.prototype.padStart。");
    expect(pane.textContent).not.toContain("正在连接");
  });

  it("leaves no element with the pane's id, so a bundle that ran after all would find nothing to mount", () => {
    const page = openPage({ lacks: IE11_LACKS, userAgent: IE11 });
    expect(page.doc.getElementById("pane")).toBeNull();
    expect(page.pane?.getAttribute("class")).toBe("pane");
  });

  it("waits for the page to be parsed when loaded early", () => {
    const page = openPage({ lacks: IE11_LACKS, userAgent: IE11, readyState: "loading" });
    expect(page.pane?.textContent).toBe("正在连接 Excel……");
    page.doc.fire("DOMContentLoaded");
    expect(paragraphs(page.pane as FakeElement)[0]).toContain("Internet Explorer 11");
  });

  it("answers every function the manifest's ribbon buttons call", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const functions = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(functions.length).toBeGreaterThan(0);
    const page = openPage({ lacks: IE11_LACKS, userAgent: IE11, page: "commands" });
    expect([...page.office.associated.keys()].sort()).toEqual([...new Set(functions)].sort());
  });

  describe("the ribbon's 插入统计表", () => {
    function clickInsert() {
      const page = openPage({ lacks: IE11_LACKS, userAgent: IE11, page: "commands" });
      const completed: number[] = [];
      page.office.associated.get("insertTemplate")?.({ completed: () => completed.push(1) });
      return { ...page, completed };
    }

    it("opens this page as a dialog that says why, on the add-in's own origin", () => {
      const { office, completed } = clickInsert();
      expect(office.opened).toHaveLength(1);
      const url = new URL(office.opened[0].url);
      expect(url.origin + url.pathname).toBe("https://localhost:3000/commands.html");
      expect(url.hash).toBe("");
      const message = url.searchParams.get("notice") ?? "";
      expect(message).toMatch(/^此版本 Excel 用内置的 Internet Explorer 11 浏览器运行加载项，无法执行“插入统计表”。请改用 Excel 2021/);
      expect(message).toContain("nianbao template --agency 单位名称 --out 统计表.xlsx");
      expect(completed).toEqual([]);
    });

    it("reports the command done once the user closes the dialog, and only once", () => {
      const { office, completed, timers } = clickInsert();
      const dialog = fakeDialog();
      office.opened[0].callback({ status: "succeeded", value: dialog });
      expect(completed).toEqual([]);
      dialog.handlers.get("dialogEventReceived")?.({ error: 12006 });
      dialog.handlers.get("dialogMessageReceived")?.({ message: "close" });
      expect(completed).toEqual([1]);
      expect(timers.every((t) => t.cleared)).toBe(true);
    });

    it("closes the dialog and reports done when its 关闭 button is pressed", () => {
      const { office, completed } = clickInsert();
      const dialog = fakeDialog();
      office.opened[0].callback({ status: "succeeded", value: dialog });
      dialog.handlers.get("dialogMessageReceived")?.({ message: "close" });
      expect(dialog.closed).toBe(1);
      expect(completed).toEqual([1]);
    });

    it("reports done at once when the dialog cannot open, or the dialog API is missing", () => {
      const failed = clickInsert();
      failed.office.opened[0].callback({ status: "failed" });
      expect(failed.completed).toEqual([1]);

      const page = openPage({ lacks: IE11_LACKS, userAgent: IE11, page: "commands" });
      page.office.office.context.ui.displayDialogAsync = () => {
        throw new Error("DialogApi not supported");
      };
      const completed: number[] = [];
      page.office.associated.get("insertTemplate")?.({ completed: () => completed.push(1) });
      expect(completed).toEqual([1]);
    });

    it("reports done before Office gives up on the command, if the dialog is left open", () => {
      const { office, completed, timers } = clickInsert();
      const dialog = fakeDialog();
      office.opened[0].callback({ status: "succeeded", value: dialog });
      const [timer] = timers;
      expect(timer.ms).toBeLessThan(5 * 60 * 1000);
      timer.fn();
      expect(dialog.closed).toBe(1);
      expect(completed).toEqual([1]);
    });
  });

  it("shows the message, with a 关闭 button that tells Office to close it, when opened as that dialog", () => {
    const page = openPage({ lacks: IE11_LACKS, userAgent: IE11, page: "commands", search: "?notice=%E2%80%A6" });
    const body = page.doc.body;
    const [message, detail] = paragraphs(body);
    expect(message).toMatch(/^此版本 Excel 用内置的 Internet Explorer 11 浏览器运行加载项，无法执行“插入统计表”。/);
    expect(detail).toMatch(/^技术信息：此浏览器缺少 Promise/);
    const [button] = body.all().filter((e) => e.tagName === "button");
    expect(button.textContent).toBe("关闭");
    expect(page.doc.activeElement).toBe(button);
    button.click();
    expect(page.office.sentToParent).toEqual(["close"]);
    expect([...page.office.associated.keys()]).toEqual([]);
  });

  it("still shows the pane's message when office.js could not be loaded, and fails nowhere on the commands page", () => {
    const pane = openPage({ lacks: IE11_LACKS, userAgent: IE11, office: false });
    expect(paragraphs(pane.pane as FakeElement)[0]).toContain("Internet Explorer 11");
    expect(() => openPage({ lacks: IE11_LACKS, userAgent: IE11, office: false, page: "commands" })).not.toThrow();
  });
});

describe("in any web view that lacks one thing the bundles need", () => {
  it.each([
    ["Promise", "delete globalThis.Promise"],
    ["Promise.prototype.finally", "delete Promise.prototype.finally"],
    ["Map", "delete globalThis.Map"],
    ["Set", "delete globalThis.Set"],
    ["Symbol", "delete globalThis.Symbol"],
    ["Object.assign", "delete Object.assign"],
    ["Object.entries", "delete Object.entries"],
    ["String.prototype.normalize", "delete String.prototype.normalize"],
    ["String.prototype.padStart", "delete String.prototype.padStart"],
  ])("without %s it refuses, in words that do not blame Internet Explorer", (name, lack) => {
    const page = openPage({ lacks: [lack], userAgent: EDGE18 });
    expect(page.missing).toEqual([name]);
    const [why] = paragraphs(page.pane as FakeElement);
    expect(why).toBe("此版本 Excel 内置的浏览器组件过旧，无法运行“年报”检查面板。");
    expect(page.filled).toEqual([]);
  });
});

describe("in EdgeHTML 18", () => {
  const edge = () => openPage({ lacks: EDGE18_LACKS, userAgent: EDGE18, replaceChildren: false });

  it("lets the bundle run, and fills in the methods it calls that EdgeHTML lacks", () => {
    const page = edge();
    expect(page.missing).toEqual([]);
    expect(page.filled).toEqual(["Array.prototype.flat", "Array.prototype.flatMap", "Object.fromEntries", "String.prototype.matchAll", "Element.prototype.replaceChildren"]);
    expect(page.pane?.getAttribute("id")).toBe("pane");
    expect(page.pane?.textContent).toBe("正在连接 Excel……");
  });

  it("keeps what a web view has: a built-in method is never replaced", () => {
    const page = openPage({ lacks: ["delete Array.prototype.flat"], userAgent: EDGE18 });
    expect(page.filled).toEqual(["Array.prototype.flat"]);
    expect(page.run("String.prototype.matchAll === ''.matchAll && /native code/.test(String(''.matchAll))")).toBe(true);
  });

  /** Expressions run once with the filled-in methods and once with node's own: the results must agree. */
  const SAME_AS_BUILT_IN = [
    "[1, [2, [3, [4]]], 5].flat()",
    "[1, [2, [3, [4]]], 5].flat(2)",
    "[1, [2, [3, [4]]], 5].flat(Infinity)",
    "[1, [2, [3]]].flat(0)",
    "[1, , [2, , 3]].flat()",
    "[[1], [2]].flat('1')",
    "Array.prototype.flat.call({ length: 2, 0: [1], 1: 2 })",
    "[1, 2, 3].flatMap(function (x, i) { return [x, [x * 10 + i]]; })",
    "['a b', 'c'].flatMap(function (s) { return s.split(' '); })",
    "[1, , 3].flatMap(function (x) { return x; })",
    "(function () { var out = []; for (var k in [1]) out.push(k); return out; })()",
    "Object.fromEntries([['a', 1], ['b', [2]]])",
    "Object.fromEntries(new Map([['x', 1], [2, 'y']]))",
    "Object.keys(Object.fromEntries([['__proto__', 1]]))",
    "Array.from('a1b22c333'.matchAll(/\\d+/g), function (m) { return [m[0], m.index, m.input]; })",
    "Array.from('2023年与2024年'.matchAll(/(\\d{4})年/g), function (m) { return m[1]; })",
    "Array.from('ab'.matchAll(/(?:)/g), function (m) { return m.index; })",
    "Array.from('\\ud83d\\ude00a'.matchAll(/(?:)/gu), function (m) { return m.index; })",
    "Array.from('\\ud83d\\ude00a'.matchAll(/(?:)/g), function (m) { return m.index; })",
    "Array.from('AbA'.matchAll(/a/gi), function (m) { return m.index; })",
    "(function () { var r = /a/g; r.lastIndex = 2; var found = Array.from('aaaa'.matchAll(r), function (m) { return m.index; }); return [found, r.lastIndex]; })()",
    "Array.from('a.b'.matchAll('.'), function (m) { return m.index; })",
    "(function () { var it = 'aa'.matchAll(/a/g); return [it[Symbol.iterator]() === it, it.next().done, it.next().done, it.next().done, it.next().done]; })()",
    "(function () { try { 'a'.matchAll(/a/); return 'no error'; } catch (e) { return e.constructor.name; } })()",
    "(function () { try { Object.fromEntries([1]); return 'no error'; } catch (e) { return e.constructor.name; } })()",
    "(function () { try { [1].flatMap(1); return 'no error'; } catch (e) { return e.constructor.name; } })()",
  ];

  it.each(SAME_AS_BUILT_IN)("%s gives what the built-in gives", (code) => {
    const filled = edge().run(code);
    const builtIn = openPage().run(code);
    expect(filled).toEqual(builtIn);
  });

  it("lets an element's children be replaced, strings becoming text", () => {
    const page = edge();
    const pane = page.pane as FakeElement & { replaceChildren(...nodes: unknown[]): void };
    const strong = page.doc.createElement("strong");
    strong.appendChild(page.doc.createTextNode("错误"));
    pane.replaceChildren("共 ", strong, 2);
    expect(pane.childNodes).toHaveLength(3);
    expect(pane.textContent).toBe("共 错误2");
  });
});

it("keeps what it found for whoever diagnoses a pane", () => {
  const page = openPage({ lacks: ["delete String.prototype.normalize"], userAgent: IE11 });
  expect(page.run("this.nianbaoWebview")).toEqual({ missing: ["String.prototype.normalize"], filled: [] });
});

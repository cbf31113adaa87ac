/**
 * The renderer on a stand-in document (no browser here): text stays text, handlers are wired,
 * the focus survives a redraw. The real page is exercised by the browser tests of the preview.
 */
import { mountPane, showMessage } from "../../src/taskpane/mount";
import { keys } from "../../src/taskpane/keys";
import { h, renderInto, toDom, type DomDocument } from "../../src/taskpane/vdom";
import { FakeDocument, FakeElement, FakeText } from "../helpers/pane-fake-dom";
import { FakeHost, cellOf, sampleSheet, settle } from "../helpers/pane-fake-host";

const asDoc = (d: FakeDocument): DomDocument => d as unknown as DomDocument;
const asEl = (e: FakeElement): HTMLElement => e as unknown as HTMLElement;

describe("turning the view into elements", () => {
  it("makes text nodes of text, so markup in a workbook is never parsed", () => {
    const doc = new FakeDocument();
    const evil = '<img src=x onerror="alert(1)">';
    const el = toDom(asDoc(doc), h("p", { attrs: { title: evil } }, evil)) as unknown as FakeElement;
    expect(doc.created).toEqual(["p"]);
    expect(el.childNodes[0]).toBeInstanceOf(FakeText);
    expect(el.textContent).toBe(evil);
    expect(el.getAttribute("title")).toBe(evil);
  });

  it("leaves out false attributes and sets true ones empty", () => {
    const doc = new FakeDocument();
    const el = toDom(asDoc(doc), h("button", { attrs: { disabled: false, hidden: true, class: "button" } })) as unknown as FakeElement;
    expect([...el.attributes.entries()]).toEqual([
      ["hidden", ""],
      ["class", "button"],
    ]);
  });

  it("gives the focus (and the caret) back to the element of the same key after a redraw", () => {
    const doc = new FakeDocument();
    const root = doc.createElement("main");
    const tree = (draft: string) => [h("textarea", { attrs: { "data-key": "note" }, props: { value: draft } }), h("button", { attrs: { "data-key": "save" } }, "保存")];
    renderInto(asDoc(doc), asEl(root), tree("写了"));
    const before = root.byKey("note");
    before.focus();
    before.setSelectionRange(1, 2);
    renderInto(asDoc(doc), asEl(root), tree("写了"));
    const after = root.byKey("note");
    expect(after).not.toBe(before);
    expect(doc.activeElement).toBe(after);
    expect([after.selectionStart, after.selectionEnd]).toEqual([1, 2]);
    expect(after.value).toBe("写了");
  });

  it("moves the focus to the fallback when the focused element is gone", () => {
    const doc = new FakeDocument();
    const root = doc.createElement("main");
    renderInto(asDoc(doc), asEl(root), [h("button", { attrs: { "data-key": "keep" } }, "保留并说明")]);
    root.byKey("keep").focus();
    renderInto(asDoc(doc), asEl(root), [h("textarea", { attrs: { "data-key": "note" } })], "note");
    expect(doc.activeElement).toBe(root.byKey("note"));
  });

  it("does not take the focus when it was elsewhere (the user is typing in the workbook)", () => {
    const doc = new FakeDocument();
    const root = doc.createElement("main");
    renderInto(asDoc(doc), asEl(root), [h("textarea", { attrs: { "data-key": "note" } })], "note");
    expect(doc.activeElement).toBeNull();
  });
});

describe("the mounted pane", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("draws the findings, selects on click, and redraws after a live check", async () => {
    const { sheet, plan } = sampleSheet();
    const host = new FakeHost([sheet]);
    const doc = new FakeDocument();
    const root = doc.createElement("main");
    mountPane(asDoc(doc), asEl(root), host, { now: () => new Date(2025, 1, 10) });
    await settle();
    const summary = () => root.findAll((e) => e.getAttribute("data-testid") === "summary")[0].textContent;
    expect(summary()).toBe("错误 1 · 核实 1 · 提示 1 · 未填写 2");

    const [error] = root.findAll((e) => e.getAttribute("data-rule") === "C-review-total");
    const [button] = error.findAll((e) => e.getAttribute("class") === "finding-main");
    button.dispatch("click");
    await settle();
    expect(host.calls.select).toEqual([{ sheet: sheet.name, cells: ["H54", "D54", "E54", "F54", "G54"] }]);

    root.byKey(keys.recheck).focus();
    host.setCell(sheet.name, cellOf(plan, "C", "C1|review.total"), 2);
    host.emitChange(sheet.name);
    await jest.advanceTimersByTimeAsync(400);
    await settle();
    expect(summary()).toBe("错误 0 · 核实 1 · 提示 1 · 未填写 2");
    expect(doc.activeElement).toBe(root.byKey(keys.recheck));
  });

  it("shows a message as text in place of the pane", () => {
    const doc = new FakeDocument();
    const root = doc.createElement("main");
    showMessage(asDoc(doc), asEl(root), "请在 Excel 中打开本面板");
    expect(root.textContent).toBe("统计表检查请在 Excel 中打开本面板");
  });
});

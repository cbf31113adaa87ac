/**
 * The little of the DOM the pane's renderer uses (createElement, createTextNode, attributes,
 * listeners, focus), for tests without a browser. It refuses `innerHTML`, so a test proves the
 * renderer never parses text as HTML. Also helpers to search the pane's virtual tree.
 */
import type { VElement, VNode } from "../../src/taskpane/vdom";

export class FakeNode {
  childNodes: FakeNode[] = [];
  parentNode: FakeNode | null = null;

  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
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

export class FakeText extends FakeNode {
  constructor(readonly data: string) {
    super();
  }

  override get textContent(): string {
    return this.data;
  }
}

type Listener = (event: { type: string; target: FakeElement; preventDefault(): void; key?: string }) => void;

export class FakeElement extends FakeNode {
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, Listener[]>();
  value = "";
  selectionStart: number | null = null;
  selectionEnd: number | null = null;

  constructor(
    readonly doc: FakeDocument,
    readonly tagName: string,
  ) {
    super();
    if (tagName === "input" || tagName === "textarea") this.selectionStart = this.selectionEnd = 0;
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  /** Fire an event at this element (no bubbling: the pane listens on the elements themselves). */
  dispatch(type: string, extra: { key?: string } = {}): { defaultPrevented: boolean } {
    let prevented = false;
    const event = { type, target: this, preventDefault: () => (prevented = true), ...extra };
    for (const l of this.listeners.get(type) ?? []) l(event);
    return { defaultPrevented: prevented };
  }

  focus(): void {
    this.doc.activeElement = this;
  }

  setSelectionRange(start: number, end: number): void {
    this.selectionStart = start;
    this.selectionEnd = end;
  }

  set innerHTML(_html: string) {
    throw new Error("the pane must not set innerHTML");
  }

  get open(): boolean {
    return this.attributes.has("open");
  }

  /** Every element below (and including) this one that matches. */
  findAll(match: (el: FakeElement) => boolean): FakeElement[] {
    const out: FakeElement[] = [];
    const walk = (n: FakeNode): void => {
      if (n instanceof FakeElement && match(n)) out.push(n);
      n.childNodes.forEach(walk);
    };
    walk(this);
    return out;
  }

  byKey(key: string): FakeElement {
    const [el] = this.findAll((e) => e.getAttribute("data-key") === key);
    if (!el) throw new Error(`no element with data-key ${key}`);
    return el;
  }
}

export class FakeDocument {
  activeElement: FakeElement | null = null;
  readonly created: string[] = [];

  createElement(tag: string): FakeElement {
    this.created.push(tag);
    return new FakeElement(this, tag);
  }

  createTextNode(text: string): FakeText {
    return new FakeText(text);
  }
}

// --- the virtual tree ----------------------------------------------------------------------

export function isElement(n: VNode): n is VElement {
  return typeof n !== "string";
}

export function findAll(nodes: readonly VNode[], match: (el: VElement) => boolean): VElement[] {
  const out: VElement[] = [];
  const walk = (n: VNode): void => {
    if (!isElement(n)) return;
    if (match(n)) out.push(n);
    n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

export function textOf(n: VNode | readonly VNode[]): string {
  if (Array.isArray(n)) return n.map((c) => textOf(c)).join("");
  const node = n as VNode;
  return isElement(node) ? node.children.map((c) => textOf(c)).join("") : node;
}

export function byKey(nodes: readonly VNode[], key: string): VElement {
  const [el] = findAll(nodes, (e) => e.attrs["data-key"] === key);
  if (!el) throw new Error(`no element with data-key ${key}`);
  return el;
}

export function byClass(nodes: readonly VNode[], cls: string): VElement[] {
  return findAll(nodes, (e) => typeof e.attrs.class === "string" && e.attrs.class.split(" ").includes(cls));
}

/** Call an element's handler as the browser would. */
export function fire(el: VElement, type: keyof VElement["on"], target: Partial<{ value: string; open: boolean }> = {}): void {
  const handler = el.on[type];
  if (!handler) throw new Error(`<${el.tag}> has no ${type} handler`);
  handler({ type, target, preventDefault: () => undefined } as unknown as Event);
}

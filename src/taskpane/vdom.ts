/**
 * A few lines of virtual DOM: the pane's view is a tree of plain objects (testable without a
 * browser), turned into elements here. Text from the workbook can only ever become a text node:
 * this file is the one place that touches the DOM, and it has no way to parse HTML.
 */

export type Handler = (event: Event) => void;
export type EventName = "click" | "keydown" | "input" | "change" | "submit" | "toggle";

export interface VElement {
  tag: string;
  /** Attributes, set with `setAttribute` (`true` sets an empty one, `false` leaves it out). */
  attrs: Record<string, string | boolean>;
  /** Live properties of form controls, set after the attributes. */
  props: { value?: string };
  on: Partial<Record<EventName, Handler>>;
  children: VNode[];
}

export type VNode = VElement | string;

export interface ElementOptions {
  attrs?: Record<string, string | boolean | undefined>;
  props?: VElement["props"];
  on?: VElement["on"];
}

/** `h("li", { attrs: { class: "finding" } }, "text", child)`; null, false and undefined children are skipped. */
export function h(tag: string, options: ElementOptions = {}, ...children: Array<VNode | null | false | undefined | VNode[]>): VElement {
  const attrs: Record<string, string | boolean> = {};
  for (const [k, v] of Object.entries(options.attrs ?? {})) if (v !== undefined) attrs[k] = v;
  const flat: VNode[] = [];
  for (const c of children) {
    if (Array.isArray(c)) flat.push(...c);
    else if (c !== null && c !== false && c !== undefined) flat.push(c);
  }
  return { tag, attrs, props: options.props ?? {}, on: options.on ?? {}, children: flat };
}

/** The part of `Document` this file uses, so tests can pass a small stand-in. */
export interface DomDocument {
  createElement(tag: string): HTMLElement;
  createTextNode(text: string): Text;
  readonly activeElement: Element | null;
}

export function toDom(doc: DomDocument, node: VNode): Node {
  if (typeof node === "string") return doc.createTextNode(node);
  const el = doc.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs)) {
    if (v === false) continue;
    el.setAttribute(k, v === true ? "" : v);
  }
  for (const [name, handler] of Object.entries(node.on)) if (handler) el.addEventListener(name, handler);
  for (const child of node.children) el.appendChild(toDom(doc, child));
  // After the children: a <select>'s value can only name an option it already has.
  if (node.props.value !== undefined) (el as HTMLInputElement).value = node.props.value;
  return el;
}

/** What was focused before a redraw: its `data-key`, and the caret of a text field. */
interface Focus {
  key: string;
  start: number | null;
  end: number | null;
}

function focusOf(doc: DomDocument): Focus | null {
  const el = doc.activeElement as (HTMLElement & Partial<HTMLInputElement>) | null;
  const key = el?.getAttribute?.("data-key");
  if (!el || !key) return null;
  const caret = typeof el.selectionStart === "number";
  return { key, start: caret ? (el.selectionStart ?? null) : null, end: caret ? (el.selectionEnd ?? null) : null };
}

function findKey(root: Node, key: string): HTMLElement | null {
  const el = root as HTMLElement;
  if (el.getAttribute?.("data-key") === key) return el;
  for (const child of Array.from(root.childNodes ?? [])) {
    const found = findKey(child, key);
    if (found) return found;
  }
  return null;
}

/**
 * Replace `parent`'s children with `nodes`. The pane redraws whole regions after each check;
 * keyboard users keep their place because the element with the same `data-key` gets the focus
 * (and the caret) back. When that element is gone (the 保留并说明 button became a note editor),
 * the focus goes to `fallbackKey` instead of falling to the page.
 */
export function renderInto(doc: DomDocument, parent: HTMLElement, nodes: readonly VNode[], fallbackKey: string | null = null): void {
  const focus = focusOf(doc);
  const hadFocus = focus !== null && findKey(parent, focus.key) !== null;
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  for (const node of nodes) parent.appendChild(toDom(doc, node));
  if (!hadFocus || !focus) return;
  const target = findKey(parent, focus.key);
  if (!target) {
    if (fallbackKey) findKey(parent, fallbackKey)?.focus();
    return;
  }
  target.focus();
  const field = target as HTMLInputElement;
  if (focus.start !== null && typeof field.setSelectionRange === "function") {
    try {
      field.setSelectionRange(focus.start, focus.end ?? focus.start);
    } catch {
      // number inputs refuse a caret position: the focus alone is enough
    }
  }
}

/**
 * A small, namespace-aware element tree for reading the add-in manifest in tests. Built on saxes,
 * a conforming XML parser that rejects ill-formed input, so a broken manifest fails here with the
 * parser's own line and column rather than being read half-way.
 */
import { SaxesParser } from "saxes";

/** One element: its expanded name, attributes, children and the line its start tag is on. */
export interface XmlElement {
  /** Namespace URI, "" for none. */
  readonly ns: string;
  /** Local name, without prefix. */
  readonly name: string;
  /** Attributes by local name (no namespace) or by `{uri}local` (namespaced). Namespace declarations are left out. */
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** Character data directly inside this element, concatenated and trimmed. */
  text: string;
  /** 1-based line on which the start tag ends. */
  readonly line: number;
}

export const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/** Parses a whole document and returns its root element; throws on ill-formed XML. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  const texts: string[][] = [];
  let root: XmlElement | undefined;

  parser.on("opentag", (tag) => {
    const attrs = new Map<string, string>();
    for (const attr of Object.values(tag.attributes)) {
      if (attr.uri === XMLNS_NS || attr.name === "xmlns") continue;
      attrs.set(attr.uri ? `{${attr.uri}}${attr.local}` : attr.local, attr.value);
    }
    const element: XmlElement = {
      ns: tag.uri,
      name: tag.local,
      attrs,
      children: [],
      text: "",
      line: parser.line,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
    texts.push([]);
  });
  parser.on("text", (t) => texts[texts.length - 1]?.push(t));
  parser.on("closetag", () => {
    const element = stack.pop();
    const parts = texts.pop();
    if (element && parts) element.text = parts.join("").trim();
  });
  parser.on("error", (err) => {
    throw err;
  });

  parser.write(text).close();
  if (!root) throw new Error("the document has no root element");
  return root;
}

/** Every element below `root` (root included), in document order. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    out.push(el);
    el.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** Direct children with this local name (any namespace). */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The one direct child with this local name, or undefined. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** Follows a path of local names from `el`, taking the first match at each step. */
export function path(el: XmlElement, ...names: string[]): XmlElement | undefined {
  let at: XmlElement | undefined = el;
  for (const name of names) at = at && child(at, name);
  return at;
}

/** The local part of an `xsi:type` value ("Button", "ExecuteFunction", …), or undefined. */
export function xsiType(el: XmlElement): string | undefined {
  const value = el.attrs.get(`{${XSI_NS}}type`);
  return value === undefined ? undefined : value.slice(value.indexOf(":") + 1);
}

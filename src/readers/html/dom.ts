/** What the reader asks of parse5's tree: element or text, tag, attributes, visibility. */
import type { DefaultTreeAdapterMap } from "parse5";

export type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];

export const isElement = (n: Node): n is Element => "tagName" in n;

export const isText = (n: Node): n is DefaultTreeAdapterMap["textNode"] => n.nodeName === "#text";

export function childrenOf(n: Node): Node[] {
  return "childNodes" in n ? n.childNodes : [];
}

export function attr(el: Element, name: string): string | null {
  const found = el.attrs.find((a) => a.name === name);
  return found ? found.value : null;
}

/** Elements whose content is never report text: code, forms, media, navigation. */
const IGNORED = new Set([
  "head",
  "script",
  "style",
  "template",
  "noscript",
  "nav",
  "select",
  "option",
  "button",
  "input",
  "textarea",
  "iframe",
  "svg",
  "math",
  "canvas",
  "object",
  "embed",
  "audio",
  "video",
  "map",
]);

/** Elements that start and end a paragraph (a line, inside a table cell). */
export const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "ul",
  "table",
  "caption",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Not shown to a reader of the page: ignored elements, `hidden`, inline `display:none`. */
export function isSkipped(el: Element): boolean {
  if (IGNORED.has(el.tagName)) return true;
  // One pass over the attributes: this runs for every element of the page.
  for (const a of el.attrs) {
    if (a.name === "hidden") return true;
    if (a.name === "role" && a.value === "navigation") return true;
    if (a.name === "style" && HIDDEN_STYLE.test(a.value)) return true;
  }
  return false;
}

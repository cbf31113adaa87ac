/**
 * XML parsing for the small parts of a package (workbook, relationships, styles): the same indexOf
 * scanner as the large parts (`scan.ts`), attributes parsed into a map, local names only (some
 * generators write `x:c` for `c`). saxes cost about 1 ms of a 3 ms read of a small workbook for
 * these three parts; the scanner a tenth of that.
 */
import { decodeEntities, scanWhole } from "./scan";

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** `x:c` → `c`: the names we look for never depend on the prefix. */
export const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/** `name="value"` or `name='value'`, after the tag's name. */
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * A tag's attributes. A map without a prototype: attribute names come from the file, and one named
 * `__proto__` must stay an attribute.
 */
function attributesOf(tag: string): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  const space = tag.search(/\s/);
  if (space < 0) return out;
  ATTRIBUTE.lastIndex = space;
  for (let m = ATTRIBUTE.exec(tag); m !== null; m = ATTRIBUTE.exec(tag)) out[m[1]] = decodeEntities(m[2] ?? m[3] ?? "");
  return out;
}

/** Parse a part held whole (the small ones: workbook, relationships, styles). */
export function parseText(part: string, xml: string, handlers: XmlHandlers): void {
  const { text, close } = handlers;
  scanWhole(part, xml, {
    open: (name, tag) => handlers.open(name, attributesOf(tag)),
    text: text ?? ((): void => undefined),
    close: close ?? ((): void => undefined),
  });
}

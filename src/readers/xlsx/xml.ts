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

/** JavaScript's `\s`: what the attribute syntax below has always taken for white space. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where the attribute `nextAttribute` last found lies: its name from [0] to [1], its value from [2] to [3]. */
const found = [0, 0, 0, 0];

/**
 * The next `name="value"` or `name='value'` in a tag from `p` on, as the regular expression
 * `([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')` applied globally finds it (hand-written: the styles
 * part alone has hundreds of tags): where it lies goes to `found`; returns where the search goes
 * on, or -1 when no attribute is left.
 */
function nextAttribute(tag: string, p: number): number {
  const n = tag.length;
  while (p < n) {
    // The expression can match at p only with the longest name from p: a shorter one is followed
    // by a name character, which is neither white space nor "=".
    let q = p;
    while (q < n) {
      const c = tag.charCodeAt(q);
      if (c === 61 /* = */ || c === 47 /* / */ || isSpace(c)) break;
      q++;
    }
    if (q === p) {
      p++;
      continue;
    }
    let i = q;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) === 61 /* = */) {
      i++;
      while (i < n && isSpace(tag.charCodeAt(i))) i++;
      const quote = tag.charCodeAt(i);
      const end = quote === 34 ? tag.indexOf('"', i + 1) : quote === 39 ? tag.indexOf("'", i + 1) : -1;
      if (end >= 0) {
        found[0] = p;
        found[1] = q;
        found[2] = i + 1;
        found[3] = end;
        return end + 1;
      }
    }
    // No match at p, nor anywhere inside this name (the same name's tail, the same rest).
    p = q;
  }
  return -1;
}

/** Where a tag's attributes may start: its first white space (the tag's name comes before). */
function afterName(tag: string): number {
  let p = 0;
  while (p < tag.length && !isSpace(tag.charCodeAt(p))) p++;
  return p;
}

/**
 * A tag's attributes, entities decoded, a later attribute of the same name winning. A map without
 * a prototype: attribute names come from the file, and one named `__proto__` must stay an attribute.
 */
export function attributesOf(tag: string): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (let p = nextAttribute(tag, afterName(tag)); p >= 0; p = nextAttribute(tag, p)) {
    out[tag.slice(found[0], found[1])] = decodeEntities(tag.slice(found[2], found[3]));
  }
  return out;
}

/** `attributesOf(tag)[name]` without building the map. */
export function attributeOf(tag: string, name: string): string | undefined {
  let start = -1;
  let end = -1;
  for (let p = nextAttribute(tag, afterName(tag)); p >= 0; p = nextAttribute(tag, p)) {
    if (found[1] - found[0] === name.length && tag.startsWith(name, found[0])) ((start = found[2]), (end = found[3]));
  }
  return start < 0 ? undefined : decodeEntities(tag.slice(start, end));
}

/**
 * `attributesOf(tag)[names[i]]` into `out[i]` for every i, in one pass over the tag and without
 * building the map (a map without a prototype is slow to fill, and relationship tags are many).
 */
export function attributesNamed(tag: string, names: readonly string[], out: (string | undefined)[]): void {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < names.length; k++) (starts.push(-1), ends.push(-1));
  for (let p = nextAttribute(tag, afterName(tag)); p >= 0; p = nextAttribute(tag, p)) {
    const length = found[1] - found[0];
    for (let k = 0; k < names.length; k++) {
      if (names[k].length === length && tag.startsWith(names[k], found[0])) ((starts[k] = found[2]), (ends[k] = found[3]));
    }
  }
  for (let k = 0; k < names.length; k++) out[k] = starts[k] < 0 ? undefined : decodeEntities(tag.slice(starts[k], ends[k]));
}

/**
 * Parse a part held whole (the small ones: workbook, relationships). With `only`, `open` hears of
 * the elements of these names only, and no other element's attributes are parsed.
 */
export function parseText(part: string, xml: string, handlers: XmlHandlers, only?: readonly string[]): void {
  const { text, close } = handlers;
  scanWhole(part, xml, {
    open: (name, tag) => {
      if (!only || only.includes(name)) handlers.open(name, attributesOf(tag));
    },
    text,
    close: close ?? ((): void => undefined),
  });
}

/**
 * A fast streaming scanner for the two large parts of a workbook (worksheets, shared strings),
 * where a general XML parser is the bottleneck (saxes reads a sheet part at 6–8 MB/s here; a
 * department's 2-million-cell workbook has 60 MB of it). It finds tags and text with `indexOf`,
 * hands over tag names without prefix and the raw tag for attribute look-ups, skips comments,
 * processing instructions and DOCTYPE, and reads CDATA as text. It does not validate: a worksheet
 * Excel would open is read the same; a part cut off in the middle of a tag is damage.
 */
import { clip, ReaderError } from "../errors";
import type { ZipArchive } from "../zip";

export interface ScanHandlers {
  /** `tag` is the raw text between `<` and `>` (for `attr`); `empty` for `<x/>`. */
  open(name: string, tag: string, empty: boolean): void;
  /** Text with entities decoded; only between tags, whitespace included. Absent: text is not even cut out. */
  text?(text: string): void;
  close(name: string): void;
  /**
   * A reader's own fast path, tried at each `<` before the general one: returns where scanning
   * goes on after the element it read, `NOT_MINE` to leave it to the general path, or
   * `INCOMPLETE` when the element runs past the text at hand (it is then read with the next chunk).
   */
  fast?(buf: string, lt: number): number;
}

export const NOT_MINE = -1;
export const INCOMPLETE = -2;

/** Thrown by a handler to stop reading early; not an error. */
export class StopScan extends Error {}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (_, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
    }
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** The value of attribute `name` (without prefix match: `r` does not match `r:id`) in a raw tag. */
export function attr(tag: string, name: string): string | undefined {
  return attrIn(tag, 0, tag.length, name);
}

/**
 * `attr(text.slice(from, to), name)` without the slice: a fast path reads a tag where it lies.
 * `text[from - 1]`, if any, must not be white space (it is the tag's "<").
 */
export function attrIn(text: string, from: number, to: number, name: string): string | undefined {
  let at = from;
  for (;;) {
    at = text.indexOf(name, at);
    if (at < 0 || at + name.length > to) return undefined;
    const before = at > from ? text.charCodeAt(at - 1) : NaN;
    at += name.length;
    // Preceded by whitespace, followed by optional spaces and "=".
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let i = at;
    while (i < to && text.charCodeAt(i) === 32) i++;
    if (i >= to || text.charCodeAt(i) !== 61) continue;
    i++;
    while (i < to && text.charCodeAt(i) === 32) i++;
    if (i >= to) continue;
    const quote = text[i];
    if (quote !== '"' && quote !== "'") continue;
    const end = text.indexOf(quote, i + 1);
    if (end < 0 || end >= to) return undefined;
    return decodeEntities(text.slice(i + 1, end));
  }
}

/** The local name of the tag starting at `from`: `x:c r="A1"` → `c`. */
function nameOf(text: string, from: number): string {
  let end = from;
  let start = from;
  const n = text.length;
  while (end < n) {
    const c = text.charCodeAt(end);
    if (c === 32 || c === 47 || c === 62 || c === 9 || c === 10 || c === 13) break;
    if (c === 58 /* : */) start = end + 1;
    end++;
  }
  return text.slice(start, end);
}

const damaged = (part: string, what: string): ReaderError => new ReaderError(`文件已损坏（“${clip(part, 60)}”${what}），无法读取；请在 Excel 或 WPS 中打开并重新保存后再校验`);

/** Scan `text` from `pos`; returns where the first incomplete token starts (the carry). */
function scanText(buf: string, h: ScanHandlers): number {
  let pos = 0;
  const fast = h.fast;
  const text = h.text;
  const n = buf.length;
  while (pos < n) {
    // Where a fast path stopped, the next tag usually starts right away: no call to indexOf.
    const lt = buf.charCodeAt(pos) === 60 ? pos : buf.indexOf("<", pos);
    if (lt < 0) return pos; // text that may go on in the next chunk
    if (lt > pos && text) text(decodeEntities(buf.slice(pos, lt)));
    if (fast) {
      const next = fast(buf, lt);
      if (next >= 0) {
        pos = next;
        continue;
      }
      if (next === INCOMPLETE) return lt;
    }
    const c = buf.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      if (buf.startsWith("<!--", lt)) {
        const end = buf.indexOf("-->", lt + 4);
        if (end < 0) return lt;
        pos = end + 3;
      } else if (buf.startsWith("<![CDATA[", lt)) {
        const end = buf.indexOf("]]>", lt + 9);
        if (end < 0) return lt;
        if (text) text(buf.slice(lt + 9, end));
        pos = end + 3;
      } else {
        const end = buf.indexOf(">", lt);
        if (end < 0) return lt;
        pos = end + 1;
      }
      continue;
    }
    const gt = buf.indexOf(">", lt);
    if (gt < 0 || lt + 1 >= n) return lt;
    if (c === 63 /* ? */) {
      pos = gt + 1;
    } else if (c === 47 /* / */) {
      h.close(nameOf(buf, lt + 2));
      pos = gt + 1;
    } else {
      const tag = buf.slice(lt + 1, gt);
      const empty = buf.charCodeAt(gt - 1) === 47;
      const name = nameOf(tag, 0);
      h.open(name, tag, empty);
      if (empty) h.close(name);
      pos = gt + 1;
    }
  }
  return pos;
}

/** Scan a part held whole (the small ones); a part that ends inside a tag is damage. */
export function scanWhole(part: string, xml: string, h: ScanHandlers): void {
  const at = scanText(xml, h);
  if (at < xml.length && xml.slice(at).trim() !== "" && xml.indexOf("<", at) >= 0) throw damaged(part, "不完整");
}

/** Decodes whole parts only, so it never holds the state of a part cut off before its end. */
const wholeDecoder = new TextDecoder("utf-8");

/**
 * Scan a part as it inflates. A handler throws `StopScan` to stop (nothing more is inflated).
 * Returns false when the part does not exist.
 */
export function scanPart(zip: ZipArchive, part: string, h: ScanHandlers): boolean {
  /** Made only for a part that comes in several chunks (a character may be cut between two). */
  let decoder = null as InstanceType<typeof TextDecoder> | null;
  let first = true;
  let carry = "";
  let stopped = false;
  const feed = (text: string): void => {
    const buf = carry.length > 0 ? carry + text : text;
    const at = scanText(buf, h);
    carry = at < buf.length ? buf.slice(at) : "";
    // A token that never ends (an unclosed comment, a megabyte without ">") is not a worksheet.
    if (carry.length > 1024 * 1024) throw damaged(part, "中有无法识别的内容");
  };
  try {
    const found = zip.stream(part, (chunk, last) => {
      try {
        // A part that comes whole (nearly every part) is decoded in one call, with no state kept.
        if (first && last) feed(wholeDecoder.decode(chunk));
        else feed((decoder ??= new TextDecoder("utf-8")).decode(chunk, { stream: true }));
        first = false;
      } catch (err) {
        if (err instanceof StopScan) {
          stopped = true;
          return false;
        }
        throw err;
      }
      return true;
    });
    if (!found) return false;
    if (stopped) return true;
    feed(decoder ? decoder.decode() : "");
  } catch (err) {
    if (err instanceof StopScan) return true;
    throw err;
  }
  if (carry.trim().length > 0) throw damaged(part, "的内容不完整");
  return true;
}

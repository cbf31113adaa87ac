/**
 * Which cell styles show a number as a date: from styles.xml only `cellXfs` (each style's
 * numFmtId) and the custom `numFmts` are read. The rule is exceljs's, so the values are the
 * ones the command line has always given: a built-in format by id (the locale-dependent ids
 * 27–36 and 50–58 have no fixed code and are not dates), a custom code with a date letter outside
 * quotes and brackets. Style 0 is never a date (exceljs ignores it, and so does Excel's default).
 */
import type { ZipArchive } from "../zip";
import { NOT_MINE, scanWhole } from "./scan";
import { attributeOf } from "./xml";

/** The built-in codes that have a fixed format code, by numFmtId. */
const BUILT_IN: Record<number, string> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** The elements the path below tells apart; every other name is `Other`. */
const enum El {
  Other,
  NumFmts,
  CellXfs,
  NumFmt,
  Xf,
}

/** Which element the local name in `text` from `start` to `end` is. */
function elementOf(text: string, start: number, end: number): El {
  switch (end - start) {
    case 2:
      return text.startsWith("xf", start) ? El.Xf : El.Other;
    case 6:
      return text.startsWith("numFmt", start) ? El.NumFmt : El.Other;
    case 7:
      return text.startsWith("numFmts", start) ? El.NumFmts : text.startsWith("cellXfs", start) ? El.CellXfs : El.Other;
    default:
      return El.Other;
  }
}

/** The style indexes (the `s` of a cell) whose number format is a date or time. */
export function readDateStyles(zip: ZipArchive, part: string | undefined): Set<number> {
  const dates = new Set<number>();
  const xml = part ? zip.text(part) : null;
  if (xml === null) return dates;
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  /** The open elements, outermost first. */
  const path: El[] = [];
  /** An element opened, its raw tag in `text` from `from` to `to`. */
  const opened = (element: El, text: string, from: number, to: number): void => {
    const parent = path[path.length - 1];
    path.push(element);
    if (element === El.NumFmt && parent === El.NumFmts && path.length === 3) {
      const tag = text.slice(from, to);
      custom.set(parseInt(attributeOf(tag, "numFmtId") ?? "", 10), attributeOf(tag, "formatCode") ?? "");
    } else if (element === El.Xf && parent === El.CellXfs) {
      xfFormats.push(parseInt(attributeOf(text.slice(from, to), "numFmtId") ?? "", 10));
    }
  };
  scanWhole(part as string, xml, {
    // Every tag is read where it lies: fonts, fills, borders and the other elements are most of
    // the part, and neither their names nor their attributes are cut out. Comments, processing
    // instructions and a tag cut off are left to the general path.
    fast(buf, lt) {
      const c = buf.charCodeAt(lt + 1);
      if (c === 33 /* ! */ || c === 63 /* ? */) return NOT_MINE;
      const gt = buf.indexOf(">", lt);
      if (gt < 0) return NOT_MINE;
      if (c === 47 /* / */) {
        path.pop();
        return gt + 1;
      }
      // The local name, as the general path reads it.
      let start = lt + 1;
      let end = start;
      for (; end < gt; end++) {
        const ch = buf.charCodeAt(end);
        if (ch === 32 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
        if (ch === 58 /* : */) start = end + 1;
      }
      opened(elementOf(buf, start, end), buf, lt + 1, gt);
      if (buf.charCodeAt(gt - 1) === 47) path.pop();
      return gt + 1;
    },
    open(name, tag) {
      opened(elementOf(name, 0, name.length), tag, 0, tag.length);
    },
    close() {
      path.pop();
    },
  });
  xfFormats.forEach((id, index) => {
    if (index > 0 && id && isDateFormat(custom.get(id) || BUILT_IN[id])) dates.add(index);
  });
  return dates;
}

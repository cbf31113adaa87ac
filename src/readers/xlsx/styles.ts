/**
 * Which cell styles show a number as a date: from styles.xml only `cellXfs` (each style's
 * numFmtId) and the custom `numFmts` are read. The rule is exceljs's, so the values are the
 * ones the command line has always given: a built-in format by id (the locale-dependent ids
 * 27–36 and 50–58 have no fixed code and are not dates), a custom code with a date letter outside
 * quotes and brackets. Style 0 is never a date (exceljs ignores it, and so does Excel's default).
 */
import type { ZipArchive } from "../zip";
import { scanWhole } from "./scan";
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

/** The style indexes (the `s` of a cell) whose number format is a date or time. */
export function readDateStyles(zip: ZipArchive, part: string | undefined): Set<number> {
  const dates = new Set<number>();
  const xml = part ? zip.text(part) : null;
  if (xml === null) return dates;
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  const path: string[] = [];
  // Only the attributes asked for are read: fonts, fills, borders and the other elements are most
  // of the part, and their attributes are never asked for.
  scanWhole(part as string, xml, {
    open(name, tag) {
      const parent = path[path.length - 1];
      path.push(name);
      if (name === "numFmt" && parent === "numFmts" && path.length === 3) {
        custom.set(parseInt(attributeOf(tag, "numFmtId") ?? "", 10), attributeOf(tag, "formatCode") ?? "");
      } else if (name === "xf" && parent === "cellXfs") {
        xfFormats.push(parseInt(attributeOf(tag, "numFmtId") ?? "", 10));
      }
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

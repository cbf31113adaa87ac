/**
 * The shared string table, read as it inflates. Each item is its plain text: a rich string's
 * runs joined, phonetic guides (`rPh`, the furigana of Japanese files) left out, the `_xHHHH_`
 * escapes Excel writes for control characters decoded. An item with no text at all is
 * `undefined`, and a cell pointing at it reads as having no value (as exceljs reads it).
 */
import type { ZipArchive } from "../zip";
import { decodeEntities, NOT_MINE, scanPart } from "./scan";

const ESCAPE = /_x([0-9A-F]{4})_/g;
export const unescapeText = (text: string): string => (text.indexOf("_x") < 0 ? text : text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));

export function readSharedStrings(zip: ZipArchive, part: string | undefined): (string | undefined)[] {
  const items: (string | undefined)[] = [];
  if (!part) return items;
  let plain: string | undefined;
  let runs: string[] | null = null;
  let run: string | undefined;
  /** Where we are: 0 outside an item, 1 in `si`, 2 in its `t`, 3 in a run, 4 in a run's `t`, -1 in `rPh`. */
  let state = 0;
  let text = "";
  scanPart(zip, part, {
    /**
     * Nearly every item is `<si><t>text</t></si>` (or `<t xml:space="preserve">`): read where it
     * lies, leaving the reader's state as the general path would. Anything else, or an item cut
     * by the end of a chunk, is left to the general path.
     */
    fast(buf, lt) {
      if (!buf.startsWith("<si><t", lt)) return NOT_MINE;
      let gt = lt + 6;
      const after = buf.charCodeAt(gt);
      if (after !== 62 /* > */) {
        if (after !== 32) return NOT_MINE;
        gt = buf.indexOf(">", gt);
        if (gt < 0 || buf.charCodeAt(gt - 1) === 47 /* / */) return NOT_MINE;
      }
      const end = buf.indexOf("<", gt + 1);
      if (end < 0 || !buf.startsWith("</t></si>", end)) return NOT_MINE;
      text = end > gt + 1 ? decodeEntities(buf.slice(gt + 1, end)) : "";
      plain = unescapeText(text);
      runs = null;
      items.push(plain);
      state = 0;
      return end + 9;
    },
    open(name) {
      if (name === "si") {
        state = 1;
        plain = undefined;
        runs = null;
      } else if (state === 1) {
        if (name === "t") ((state = 2), (text = ""));
        else if (name === "r") ((state = 3), (run = undefined));
        else if (name === "rPh") state = -1;
      } else if (state === 3 && name === "t") {
        state = 4;
        text = "";
      }
    },
    text(t) {
      if (state === 2 || state === 4) text += t;
    },
    close(name) {
      if (name === "si") {
        items.push(runs ? (runs as string[]).join("") : plain);
        state = 0;
      } else if (state === 2 && name === "t") {
        plain = unescapeText(text);
        state = 1;
      } else if (state === 4 && name === "t") {
        run = unescapeText(text);
        state = 3;
      } else if (state === 3 && name === "r") {
        (runs ??= []).push(run ?? "");
        state = 1;
      } else if (state === -1 && name === "rPh") {
        state = 1;
      }
    },
  });
  return items;
}

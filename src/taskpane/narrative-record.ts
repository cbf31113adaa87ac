/**
 * What the pane remembers of the narrative sheets it wrote, kept in the workbook's settings (they
 * travel with the file; no hidden cells needed): for each sheet, where each paragraph is and the
 * stamp of what was written there (`encodeStamp`: id, fingerprint and the numbers it was made
 * from). A reserved row (a paragraph the numbers did not allow yet) has no stamp.
 *
 *   nianbao.narrative = { version: 1, sheets: [{ sheet: "2025年度报告正文", year: 2025,
 *     format: "national-2021", slots: [{ id: "requests", heading: "三、…", address: "A6",
 *     offset: 1, stamp: "nianbao-narrative:1;id=requests;fp=…;b=…" }, …] }] }
 */
import { isFormatId } from "../core/formats";
import type { FormatId } from "../core/formats/model";
import type { ParagraphId } from "../core/narrative/types";
import type { WorkbookHost } from "../host/workbook-host";

export const NARRATIVE_SETTING = "nianbao.narrative";

export interface SlotRecord {
  id: ParagraphId;
  /** The section heading above the paragraph, as written. */
  heading: string;
  /** Where the paragraph was last seen (A1). */
  address: string;
  /** Rows below the heading. */
  offset: number;
  /** `encodeStamp(stampOf(paragraph))` of what was written, or null for a reserved empty row. */
  stamp: string | null;
}

export interface SheetRecord {
  sheet: string;
  year: number;
  format: FormatId;
  slots: SlotRecord[];
}

interface Stored {
  version: 1;
  sheets: SheetRecord[];
}

const IDS: readonly string[] = ["requests", "fees", "appeals", "proposals"];

function slotOf(raw: unknown): SlotRecord | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== "string" || !IDS.includes(r.id)) return null;
  if (typeof r.heading !== "string" || typeof r.address !== "string" || !/^[A-Z]{1,3}\d+$/.test(r.address)) return null;
  if (typeof r.offset !== "number" || !Number.isInteger(r.offset) || r.offset < 1) return null;
  if (r.stamp !== null && typeof r.stamp !== "string") return null;
  return { id: r.id as ParagraphId, heading: r.heading, address: r.address, offset: r.offset, stamp: r.stamp };
}

function sheetOf(raw: unknown): SheetRecord | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.sheet !== "string" || r.sheet === "") return null;
  if (typeof r.year !== "number" || !Number.isInteger(r.year)) return null;
  if (typeof r.format !== "string" || !isFormatId(r.format)) return null;
  if (!Array.isArray(r.slots)) return null;
  const slots = r.slots.map(slotOf);
  // A record with a damaged slot cannot say which cells are ours: drop it whole, write nothing.
  if (slots.some((s) => s === null)) return null;
  return { sheet: r.sheet, year: r.year, format: r.format, slots: slots as SlotRecord[] };
}

/** The records in the workbook; anything malformed counts as none (so nothing is overwritten). */
export function readRecords(host: Pick<WorkbookHost, "getSetting">): SheetRecord[] {
  const raw = host.getSetting<unknown>(NARRATIVE_SETTING);
  if (typeof raw !== "object" || raw === null) return [];
  const sheets = (raw as Partial<Stored>).sheets;
  if (!Array.isArray(sheets)) return [];
  return sheets.map(sheetOf).filter((s): s is SheetRecord => s !== null);
}

/** `records` with `record` in place of the one for the same sheet. */
export function withRecord(records: readonly SheetRecord[], record: SheetRecord): SheetRecord[] {
  return [...records.filter((r) => r.sheet !== record.sheet), record];
}

/** Records of sheets that no longer exist are dropped: their names may be reused by other sheets. */
export async function saveRecords(host: Pick<WorkbookHost, "setSetting">, records: readonly SheetRecord[], sheetNames: readonly string[]): Promise<void> {
  const value: Stored = { version: 1, sheets: records.filter((r) => sheetNames.includes(r.sheet)) };
  await host.setSetting(NARRATIVE_SETTING, value);
}

/** The record of the report year's sheet, when that sheet is still in the workbook. */
export function recordFor(records: readonly SheetRecord[], year: number, sheetNames: readonly string[]): SheetRecord | null {
  // The latest written first: `withRecord` appends.
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i];
    if (r.year === year && sheetNames.includes(r.sheet)) return r;
  }
  return null;
}

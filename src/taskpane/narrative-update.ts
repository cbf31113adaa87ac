/**
 * 生成正文 on a narrative sheet the pane wrote before: which cells to write, and which paragraphs
 * to leave alone and why. Pure.
 *
 * A paragraph is found where it was written; if the user inserted or deleted rows, by its
 * fingerprint anywhere on the sheet. Only a cell whose text still has the fingerprint of what we
 * wrote is rewritten (`planUpdate` decides write / keep / review); a reserved row is written only
 * while it is still empty and still the same number of rows below its heading. Everything else is
 * left as it is, and the user is told which paragraph and why. Part of the narrative chunk.
 */
import { fromA1, toA1 } from "../core/address";
import { decodeStamp, encodeStamp, fingerprint, planUpdate, stampOf } from "../core/narrative";
import type { Narrative, NarrativeParagraph, NarrativeStamp } from "../core/narrative";
import type { CellPos, SheetGrid } from "../core/types";
import type { SheetRecord, SlotRecord } from "./narrative-record";

/** A paragraph left as it is, for the pane's list. */
export interface KeptParagraph {
  /** The section heading it stands under. */
  heading: string;
  /** Chinese: why it was not written, and what to do. */
  message: string;
  /** The cell concerned, when known (A1 on the narrative sheet). */
  address?: string;
}

export interface SheetUpdate {
  writes: Array<{ address: string; value: string }>;
  /** The record's slots afterwards: new stamps, addresses of moved paragraphs. */
  slots: SlotRecord[];
  /** Paragraphs written: `new` into a reserved row, `regenerated` over our own unedited text. */
  written: Array<{ heading: string; reason: "new" | "regenerated"; address: string }>;
  /** Paragraphs already saying what the numbers say. */
  upToDate: number;
  kept: KeptParagraph[];
}

/** The sheet's cells as text, by position. */
class SheetText {
  private readonly cells = new Map<string, string>();
  /** Every non-empty cell, in row then column order. */
  readonly list: Array<{ pos: CellPos; text: string }> = [];

  constructor(grid: SheetGrid) {
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        const pos = { row: grid.originRow + r, col: grid.originCol + c };
        const text = String(value);
        this.cells.set(`${pos.row},${pos.col}`, text);
        this.list.push({ pos, text });
      }),
    );
  }

  at(pos: CellPos): string {
    return this.cells.get(`${pos.row},${pos.col}`) ?? "";
  }
}

const snippet = (text: string): string => `“${text}”`;

/** The heading's cell: the one with exactly that text, nearest the row the slot was last seen under. */
function headingAt(sheet: SheetText, slot: SlotRecord): CellPos | null {
  const last = fromA1(slot.address);
  let best: CellPos | null = null;
  for (const { pos, text } of sheet.list) {
    if (text.trim() !== slot.heading || pos.col !== last.col) continue;
    if (best === null || Math.abs(pos.row - (last.row - slot.offset)) < Math.abs(best.row - (last.row - slot.offset))) best = pos;
  }
  return best;
}

/** Where a stamped paragraph is: in place, moved (found by fingerprint), or edited (best guess of its cell). */
function findStamped(sheet: SheetText, slot: SlotRecord, stamp: NarrativeStamp): { pos: CellPos; text: string; found: boolean } {
  const last = fromA1(slot.address);
  const here = sheet.at(last);
  if (here !== "" && fingerprint(here) === stamp.fingerprint) return { pos: last, text: here, found: true };
  const moved = sheet.list.find((c) => fingerprint(c.text) === stamp.fingerprint);
  if (moved) return { pos: moved.pos, text: moved.text, found: true };
  const heading = headingAt(sheet, slot);
  const pos = heading ? { row: heading.row + slot.offset, col: heading.col } : last;
  return { pos, text: sheet.at(pos), found: false };
}

function stampText(paragraph: NarrativeParagraph): string {
  return encodeStamp(stampOf(paragraph));
}

export function planSheetUpdate(record: SheetRecord, grid: SheetGrid, narrative: Narrative): SheetUpdate {
  const sheet = new SheetText(grid);
  const out: SheetUpdate = { writes: [], slots: [], written: [], upToDate: 0, kept: [] };
  const write = (slot: SlotRecord, pos: CellPos, paragraph: NarrativeParagraph, reason: "new" | "regenerated"): void => {
    const address = toA1(pos);
    out.writes.push({ address, value: paragraph.text });
    out.written.push({ heading: slot.heading, reason, address });
    out.slots.push({ ...slot, address, stamp: stampText(paragraph) });
  };

  for (const slot of record.slots) {
    const fresh = narrative.paragraphs.find((p) => p.id === slot.id) ?? null;
    if (slot.stamp === null) {
      if (!fresh) {
        out.slots.push(slot);
        continue;
      }
      const heading = headingAt(sheet, slot);
      const pos = heading ? { row: heading.row + slot.offset, col: heading.col } : null;
      if (pos && sheet.at(pos).trim() === "") write(slot, pos, fresh, "new");
      else {
        out.slots.push(slot);
        out.kept.push({
          heading: slot.heading,
          message: pos
            ? `预留给这段表述的单元格 ${toA1(pos)} 已有其他内容，未写入；如需要，请把这段文字粘贴到合适位置：${snippet(fresh.text)}`
            : `工作表中找不到标题“${slot.heading}”，这段表述未写入；如需要，请把它粘贴到合适位置：${snippet(fresh.text)}`,
          address: pos ? toA1(pos) : undefined,
        });
      }
      continue;
    }

    const stamp = decodeStamp(slot.stamp);
    if (!stamp) {
      // Cannot tell what was written there: treat the cell as the user's.
      out.slots.push(slot);
      out.kept.push({ heading: slot.heading, message: "记录的写入信息已损坏，无法判断这段正文是否被修改过，未改动；请核对这段正文", address: slot.address });
      continue;
    }
    const at = findStamped(sheet, slot, stamp);
    const address = toA1(at.pos);
    const plan = planUpdate({ text: at.text, stamp }, fresh);
    if (plan.action === "write") {
      write(slot, at.pos, plan.paragraph, plan.reason);
      continue;
    }
    // Where it was found is where it is from now on; an edited paragraph keeps its old stamp.
    out.slots.push(at.found ? { ...slot, address } : slot);
    if (plan.action === "keep") {
      if (plan.reason === "up-to-date") out.upToDate++;
      else if (at.text.trim() === "") out.kept.push({ heading: slot.heading, message: "这段正文已被删除，未重新写入；如需要，可点“复制正文”后粘贴", address });
      else out.kept.push({ heading: slot.heading, message: "这段正文已手工修改，未改动（按现在的统计数生成的文字与原来相同）", address });
      continue;
    }
    out.kept.push({
      heading: slot.heading,
      message: at.text.trim() === "" && plan.paragraph ? `这段正文已被删除，未重新写入；按现在的统计数应为：${snippet(plan.paragraph.text)}` : plan.message,
      address,
    });
  }

  for (const paragraph of narrative.paragraphs) {
    if (record.slots.some((s) => s.id === paragraph.id)) continue;
    out.kept.push({
      heading: paragraph.section,
      message: `工作表中没有为这段表述预留位置（工作表是按其他格式生成的），未写入；请把它粘贴到合适位置：${snippet(paragraph.text)}`,
    });
  }
  return out;
}

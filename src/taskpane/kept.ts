/**
 * 核实 findings the user has looked at and kept, each with the note saying why the figure is
 * right (formats.md: a warning "can be legitimate; the filer checks it and may keep it with a
 * note"). Stored in the workbook's settings, so the note travels with the file and is shown again
 * when the workbook is reopened. Keeping writes settings only, never cells.
 */
import type { Finding } from "../core/types";
import type { WorkbookHost } from "../host/workbook-host";
import { findingId, type FindingId } from "./identity";

/** The workbook setting holding every kept note, keyed by finding identity. */
export const KEPT_SETTING = "nianbao.kept";

/** Longest note accepted: a sentence or two, as the report's explanations are. */
export const NOTE_MAX_LENGTH = 300;

export interface KeptNote {
  note: string;
  /** The day it was kept, `2025-01-20` (shown beside the note). */
  date: string;
}

/** A note that cannot be saved; `message` is for the user. */
export class NoteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NoteError";
  }
}

/** Blank findings are not kept: the fix is to type 0, and they are counted apart (未填写). */
export function isKeepable(finding: Finding): boolean {
  return finding.severity === "warning" && finding.rule !== "value.blank";
}

/** The note as it will be stored, or a NoteError saying what to write instead. */
export function checkNote(text: string): string {
  const note = text.trim();
  if (note === "") throw new NoteError("请写明保留的理由，例如：“2 件申请跨年度办理，下年结转”，再点“保存”");
  if (note.length > NOTE_MAX_LENGTH) {
    throw new NoteError(`说明过长（${note.length} 个字），请写不超过 ${NOTE_MAX_LENGTH} 个字`);
  }
  return note;
}

/** `yyyy-mm-dd` of a local date, for the note's day. */
export function dayOf(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The stored notes, read from the setting as it stands. The setting comes from a file anyone may
 * have edited: entries of the wrong shape are skipped rather than trusted.
 */
function readAll(host: Pick<WorkbookHost, "getSetting">): Map<FindingId, KeptNote> {
  const raw = host.getSetting<unknown>(KEPT_SETTING);
  const out = new Map<FindingId, KeptNote>();
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return out;
  for (const [id, entry] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof entry !== "object" || entry === null) continue;
    const { note, date } = entry as { note?: unknown; date?: unknown };
    if (typeof note !== "string" || note.trim() === "") continue;
    out.set(id, { note, date: typeof date === "string" ? date : "" });
  }
  return out;
}

/** The setting's value: a plain object, as Office stores settings as JSON. */
function toSetting(all: ReadonlyMap<FindingId, KeptNote>): Record<FindingId, KeptNote> {
  return Object.fromEntries(all);
}

/** The kept notes of one workbook, read from and written to its settings through the host. */
export class KeptNotes {
  constructor(
    private readonly host: Pick<WorkbookHost, "getSetting" | "setSetting" | "refreshSettings">,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The note a finding was kept with, or undefined when it is not kept. */
  get(finding: Finding): KeptNote | undefined {
    if (!isKeepable(finding)) return undefined;
    return readAll(this.host).get(findingId(finding));
  }

  /** Every stored note (for the view model, read once per render). */
  all(): ReadonlyMap<FindingId, KeptNote> {
    return readAll(this.host);
  }

  /** Keep a 核实 finding with a note; throws NoteError for a finding that cannot be kept or a bad note. */
  async keep(finding: Finding, text: string): Promise<KeptNote> {
    if (!isKeepable(finding)) throw new NoteError("只有“核实”类问题可以保留并说明；错误须改正，未填写的单元格请填 0");
    const kept: KeptNote = { note: checkNote(text), date: dayOf(this.now()) };
    // Read-modify-write: start from the notes as saved now, not this runtime's old copy.
    await this.host.refreshSettings?.();
    const all = readAll(this.host);
    all.set(findingId(finding), kept);
    await this.host.setSetting(KEPT_SETTING, toSetting(all));
    return kept;
  }

  /** Stop keeping a finding: it counts as 核实 again. */
  async release(finding: Finding): Promise<void> {
    await this.host.refreshSettings?.();
    const all = readAll(this.host);
    const id = findingId(finding);
    if (!all.delete(id)) return;
    await this.host.setSetting(KEPT_SETTING, toSetting(all));
  }
}

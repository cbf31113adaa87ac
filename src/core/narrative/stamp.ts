/**
 * A paragraph's stamp: what a host stores beside the text it wrote (a hidden cell, a cell note, a
 * hidden sheet) so that a later generation can tell whether the user edited the text and whether
 * the numbers changed. Encoded as one line of ASCII, so it never reads as report prose:
 *
 *   nianbao-narrative:1;id=requests;fp=fp1-0a1b2c3d4e5f60;b=input:year=2023,B:B1|total=0,B:B2|total=0
 *
 * Inputs not given are written `~`.
 */
import type { BasisEntry, NarrativeParagraph, ParagraphId } from "./types";

export const STAMP_PREFIX = "nianbao-narrative:1;";

export interface NarrativeStamp {
  id: ParagraphId;
  fingerprint: string;
  /** Sources, keys and values only: where the cells were does not matter to staleness. */
  basis: BasisEntry[];
}

const PARAGRAPH_IDS: readonly ParagraphId[] = ["requests", "fees", "appeals", "proposals"];
const SOURCES = ["L", "A", "B", "C", "input"] as const;

export function stampOf(paragraph: NarrativeParagraph): NarrativeStamp {
  return {
    id: paragraph.id,
    fingerprint: paragraph.fingerprint,
    basis: paragraph.basis.map((b) => ({ source: b.source, key: b.key, value: b.value })),
  };
}

export function encodeStamp(stamp: NarrativeStamp): string {
  const basis = stamp.basis.map((b) => `${b.source}:${b.key}=${b.value === null ? "~" : String(b.value)}`).join(",");
  return `${STAMP_PREFIX}id=${stamp.id};fp=${stamp.fingerprint};b=${basis}`;
}

/** The stamp in a cell's text, or null when the text is not one (or was damaged). */
export function decodeStamp(text: string): NarrativeStamp | null {
  const s = text.trim();
  if (!s.startsWith(STAMP_PREFIX)) return null;
  const fields = new Map<string, string>();
  for (const part of s.slice(STAMP_PREFIX.length).split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const id = fields.get("id");
  const fp = fields.get("fp");
  const b = fields.get("b");
  if (!id || !PARAGRAPH_IDS.includes(id as ParagraphId) || !fp || b === undefined) return null;
  const basis: BasisEntry[] = [];
  for (const item of b === "" ? [] : b.split(",")) {
    const m = /^([^:]+):(.+)=([^=]+)$/.exec(item);
    if (!m || !(SOURCES as readonly string[]).includes(m[1])) return null;
    const value = m[3] === "~" ? null : Number(m[3]);
    if (value !== null && !Number.isFinite(value)) return null;
    basis.push({ source: m[1] as BasisEntry["source"], key: m[2], value });
  }
  return { id: id as ParagraphId, fingerprint: fp, basis };
}

/** True when a cell's text is a stamp (hosts and the text checks skip such cells). */
export const isStampText = (text: string): boolean => text.trim().startsWith(STAMP_PREFIX);

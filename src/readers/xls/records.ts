/**
 * A check of the workbook stream's record chain before SheetJS parses it. SheetJS reads a record
 * shorter than its fixed layout past its end, and one damaged length byte in a ROW record was seen
 * to make it allocate until the process died (found by fuzzing the fixtures). Each record must fit
 * in the stream and be at least as long as its fixed part ([MS-XLS] 2.4; the shortest of the BIFF
 * versions, so BIFF5 files pass too).
 */
import { CFB } from "@e965/xlsx";

/** Fixed part of the records SheetJS reads with a fixed layout, in bytes. */
const MIN_LENGTH: ReadonlyMap<number, number> = new Map([
  [0x0006, 20], // FORMULA
  [0x0031, 14], // FONT
  [0x003d, 18], // WINDOW1
  [0x0042, 2], // CODEPAGE
  [0x007d, 12], // COLINFO
  [0x0085, 8], // BOUNDSHEET
  [0x00bd, 12], // MULRK
  [0x00be, 8], // MULBLANK
  [0x00e0, 16], // XF
  [0x00e5, 2], // MERGEDCELLS
  [0x00fc, 8], // SST
  [0x00fd, 10], // LABELSST
  [0x0200, 10], // DIMENSIONS
  [0x0201, 6], // BLANK
  [0x0203, 14], // NUMBER
  [0x0204, 8], // LABEL
  [0x0205, 8], // BOOLERR
  [0x0207, 2], // STRING
  [0x0208, 16], // ROW
  [0x023e, 10], // WINDOW2
  [0x027e, 10], // RK
  [0x0809, 4], // BOF
]);

interface CfbEntry {
  content?: ArrayLike<number>;
}
interface CfbApi {
  read(data: Uint8Array, options: { type: "array" }): unknown;
  find(container: unknown, path: string): CfbEntry | null;
}

/** The workbook stream of an OLE compound file, or null when it has none. Throws on a broken container. */
export function workbookStream(data: Uint8Array): Uint8Array | null {
  const api = CFB as CfbApi;
  const container = api.read(data, { type: "array" });
  const entry = api.find(container, "Workbook") ?? api.find(container, "Book");
  return entry?.content ? Uint8Array.from(entry.content) : null;
}

/** Where the record chain breaks (a byte offset in the stream), or -1 when every record is whole. */
export function brokenRecordAt(stream: Uint8Array): number {
  let pos = 0;
  while (pos + 4 <= stream.length) {
    const type = stream[pos] | (stream[pos + 1] << 8);
    const size = stream[pos + 2] | (stream[pos + 3] << 8);
    // Sector padding after the last EOF record.
    if (type === 0 && size === 0) return -1;
    if (pos + 4 + size > stream.length) return pos;
    if (size < (MIN_LENGTH.get(type) ?? 0)) return pos;
    pos += 4 + size;
  }
  return -1;
}

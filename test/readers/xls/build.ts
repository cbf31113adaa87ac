/** Small .xls files made in the tests with SheetJS's writer, and ways to damage them. */
import { CFB, utils, write, type WorkBook } from "@e965/xlsx";

export interface SheetSpec {
  name: string;
  rows: unknown[][];
  merges?: string[];
  hidden?: boolean;
}

function workbookOf(sheets: SheetSpec[]): WorkBook {
  const wb: WorkBook = utils.book_new();
  for (const s of sheets) {
    const ws = utils.aoa_to_sheet(s.rows, { cellDates: true });
    if (s.merges) ws["!merges"] = s.merges.map((r) => utils.decode_range(r));
    utils.book_append_sheet(wb, ws, s.name);
  }
  wb.Workbook = { Sheets: sheets.map((s) => ({ Hidden: s.hidden ? 1 : 0 })) };
  return wb;
}

/** A BIFF8 workbook of these sheets. */
export function makeXls(sheets: SheetSpec[]): Uint8Array {
  return new Uint8Array(write(workbookOf(sheets), { bookType: "biff8", type: "array" }) as ArrayBuffer);
}

/** The same as XML Spreadsheet 2003. */
export function makeXml(sheets: SheetSpec[]): Uint8Array {
  return new TextEncoder().encode(write(workbookOf(sheets), { bookType: "xlml", type: "string" }) as string);
}

/** Renames a sheet in the file's bytes (same length, UTF-16 as SheetJS writes names). */
export function renameSheetInBytes(data: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error("same length only");
  const out = Uint8Array.from(data);
  const needle = Buffer.from(from, "utf16le");
  const at = Buffer.from(out).indexOf(needle);
  if (at < 0) throw new Error(`${from} not found`);
  out.set(Buffer.from(to, "utf16le"), at);
  return out;
}

interface CfbEntry {
  content: Uint8Array;
  size: number;
}
interface CfbApi {
  read(data: Uint8Array, o: { type: "array" }): unknown;
  find(cfb: unknown, path: string): CfbEntry | null;
  write(cfb: unknown, o: { type: "array" }): ArrayBuffer | number[];
  utils: { cfb_new(): unknown; cfb_add(cfb: unknown, name: string, content: Uint8Array): void };
}
const cfbApi = CFB as CfbApi;

/** The file with its workbook stream replaced by `edit(stream)`. */
export function editWorkbookStream(data: Uint8Array, edit: (stream: Uint8Array) => Uint8Array): Uint8Array {
  const cfb = cfbApi.read(data, { type: "array" });
  const stream = cfbApi.find(cfb, "Workbook");
  if (!stream) throw new Error("no Workbook stream");
  const edited = edit(Uint8Array.from(stream.content));
  stream.content = edited;
  stream.size = edited.length;
  return new Uint8Array(cfbApi.write(cfb, { type: "array" }) as ArrayBuffer);
}

/**
 * What Excel writes for an .xls with an opening password: a FILEPASS record (RC4 CryptoAPI)
 * right after the workbook's BOF; the records after it would be encrypted.
 */
export function withFilePass(data: Uint8Array): Uint8Array {
  return editWorkbookStream(data, (content) => {
    const bofLength = 4 + (content[2] | (content[3] << 8));
    // FILEPASS: type 0x002F; wEncryptionType 1, RC4 CryptoAPI version 2.2 header follows.
    const body = new Uint8Array(54);
    body.set([0x01, 0x00, 0x02, 0x00, 0x02, 0x00]);
    const record = new Uint8Array(4 + body.length);
    record.set([0x2f, 0x00, body.length & 0xff, body.length >> 8]);
    record.set(body, 4);
    const patched = new Uint8Array(content.length + record.length);
    patched.set(content.subarray(0, bofLength));
    patched.set(record, bofLength);
    patched.set(content.subarray(bofLength), bofLength + record.length);
    return patched;
  });
}

/** The first ROW record's length set to 0, as one damaged byte does (SheetJS alone runs out of memory on it). */
export function withEmptyRowRecord(data: Uint8Array): Uint8Array {
  return editWorkbookStream(data, (content) => {
    for (let pos = 0; pos + 4 <= content.length; pos += 4 + (content[pos + 2] | (content[pos + 3] << 8))) {
      if (content[pos] === 0x08 && content[pos + 1] === 0x02) {
        content[pos + 2] = 0;
        content[pos + 3] = 0;
        return content;
      }
    }
    throw new Error("no ROW record");
  });
}

/**
 * A record of a type no Excel version defines (WPS writes such), inserted before the last EOF:
 * nothing after it moves, so the sheets' stream offsets stay right.
 */
export function withUnknownRecord(data: Uint8Array): Uint8Array {
  return editWorkbookStream(data, (content) => {
    let lastEof = -1;
    for (let pos = 0; pos + 4 <= content.length; pos += 4 + (content[pos + 2] | (content[pos + 3] << 8))) {
      if (content[pos] === 0x0a && content[pos + 1] === 0x00) lastEof = pos;
    }
    const out = new Uint8Array(content.length + 6);
    out.set(content.subarray(0, lastEof));
    out.set([0x00, 0x40, 0x02, 0x00, 0x01, 0x02], lastEof);
    out.set(content.subarray(lastEof), lastEof + 6);
    return out;
  });
}

/** An OLE compound file holding one stream and no workbook (as a .msg or .msi would). */
export function cfbWithoutWorkbook(): Uint8Array {
  const cfb = cfbApi.utils.cfb_new();
  cfbApi.utils.cfb_add(cfb, "/Contents", new TextEncoder().encode("not a workbook"));
  return new Uint8Array(cfbApi.write(cfb, { type: "array" }) as ArrayBuffer);
}

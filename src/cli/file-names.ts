/**
 * File names as people saw them. Unzipping a zip made on Chinese Windows leaves names in GBK
 * bytes, which Node would turn into replacement characters (and then fail to open): a name that
 * is not valid UTF-8 is shown decoded as GB18030 (a superset of GBK) and opened by its bytes.
 */
const UTF8 = new TextDecoder("utf-8", { fatal: true });
const GB18030 = new TextDecoder("gb18030");

export interface DecodedName {
  name: string;
  /** The bytes were valid UTF-8: the string opens the file as well as the bytes do. */
  utf8: boolean;
}

export function decodeFileName(raw: Uint8Array): DecodedName {
  try {
    return { name: UTF8.decode(raw), utf8: true };
  } catch {
    return { name: GB18030.decode(raw), utf8: false };
  }
}

/** Leftovers of a zip made on a Mac (`__MACOSX/`, `._报表.xlsx`): metadata, never a report. */
export const isMacMetadata = (name: string): boolean => name === "__MACOSX" || name.startsWith("._");

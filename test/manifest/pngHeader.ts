/**
 * Reads the size and pixel format of a PNG from its header, enough to check that an icon file is
 * what the manifest says it is without decoding the image.
 */

/** What the IHDR chunk of a PNG says. */
export interface PngHeader {
  readonly width: number;
  readonly height: number;
  /** True for colour types that carry an alpha channel (4 grey+alpha, 6 RGBA) or a tRNS chunk. */
  readonly transparent: boolean;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The header of a PNG file, or a sentence saying why the bytes are not a PNG. */
export function readPngHeader(bytes: Buffer): PngHeader | string {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(SIGNATURE)) return "is not a PNG file";
  // The first chunk must be IHDR: length (4), type (4), width (4), height (4), depth, colour type…
  if (bytes.toString("latin1", 12, 16) !== "IHDR") return "is a PNG without an IHDR chunk first";
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const colourType = bytes[25];
  return { width, height, transparent: colourType === 4 || colourType === 6 || hasChunk(bytes, "tRNS") };
}

/** Walks the chunk list (length, type, data, CRC) looking for a chunk type before the image data. */
function hasChunk(bytes: Buffer, type: string): boolean {
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const chunk = bytes.toString("latin1", at + 4, at + 8);
    if (chunk === type) return true;
    if (chunk === "IDAT" || chunk === "IEND") return false;
    at += 12 + length;
  }
  return false;
}

/**
 * The predefined CMaps pdf.js needs for Chinese fonts a PDF does not embed (UniGB-UCS2-H and the
 * like), read from pdfjs-dist's own `cmaps/` folder: the reader layer has no file access and must
 * fetch nothing from a URL. Call once before reading PDFs.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { setPdfjsHost } from "../readers/pdf/pdfjs";

/** A CMap name comes from the PDF itself: only plain names, never a path. */
const CMAP_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

export async function loadPackagedCMap(name: string): Promise<Uint8Array | null> {
  if (!CMAP_NAME.test(name)) return null;
  const dir = path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "cmaps");
  try {
    return new Uint8Array(await fs.readFile(path.join(dir, `${name}.bcmap`)));
  } catch {
    return null;
  }
}

export function usePackagedCMaps(): void {
  setPdfjsHost({ loadCMap: loadPackagedCMap });
}

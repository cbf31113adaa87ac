/**
 * Where the main document part is: `_rels/.rels` names it (`word/document.xml` in files from
 * Word, WPS and LibreOffice; some generators choose another name).
 */
import { SaxesParser } from "saxes";

const OFFICE_DOCUMENT = /\/officeDocument$/;
export const DEFAULT_MAIN = "word/document.xml";

export function mainPartName(rels: string | null): string {
  if (rels === null) return DEFAULT_MAIN;
  let target: string | null = null;
  try {
    const parser = new SaxesParser();
    parser.on("opentag", (tag) => {
      const type = tag.attributes.Type;
      const to = tag.attributes.Target;
      if (target === null && tag.name === "Relationship" && typeof type === "string" && OFFICE_DOCUMENT.test(type) && typeof to === "string") target = to;
    });
    parser.write(rels).close();
  } catch {
    return DEFAULT_MAIN;
  }
  return target === null ? DEFAULT_MAIN : (target as string).replace(/^\/+/, "");
}

/**
 * XML parsing for the small parts of a package (workbook, relationships, styles): saxes, without
 * position tracking, local names only (some generators write `x:c` for `c`), and a malformed
 * part turned into the file's Chinese error. The large parts go through `scan.ts`.
 */
import { SaxesParser } from "saxes";
import { clip, ReaderError } from "../errors";

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** `x:c` → `c`: the names we look for never depend on the prefix. */
export const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Without `xmlns`, saxes gives attributes as plain strings. */
type Options = { xmlns: false; position: false };

function parser(handlers: XmlHandlers): SaxesParser<Options> {
  const p = new SaxesParser<Options>({ xmlns: false, position: false });
  p.on("opentag", (tag) => handlers.open(localName(tag.name), tag.attributes));
  const { text, close } = handlers;
  if (text) p.on("text", text);
  if (close) p.on("closetag", (tag) => close(localName(tag.name)));
  return p;
}

const broken = (part: string, err: unknown): ReaderError => {
  if (err instanceof ReaderError) return err;
  const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
  return new ReaderError(`文件已损坏（“${clip(part, 60)}”不是有效的 XML：${clip(detail, 60)}），无法读取；请在 Excel 或 WPS 中打开并重新保存后再校验`);
};

/** Parse a part held whole (the small ones: workbook, relationships, styles). */
export function parseText(part: string, xml: string, handlers: XmlHandlers): void {
  try {
    parser(handlers).write(xml).close();
  } catch (err) {
    throw broken(part, err);
  }
}

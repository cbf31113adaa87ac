/**
 * A saved web page's bytes as text. Older government sites are GBK-encoded and say so in a meta
 * tag; some say nothing, some say the wrong thing. Order: byte-order mark, then the `<meta>`
 * charset in the page's head (unless the bytes contradict it), then UTF-8 if the bytes are valid
 * UTF-8, else GB18030 (a superset of GBK and GB2312).
 */

/** How far into the file the meta tag is looked for (the HTML standard's prescan uses 1024). */
const PRESCAN_BYTES = 4096;

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

/** The encoding a byte-order mark announces, and the mark's length. */
function bomOf(data: Uint8Array): { label: string; length: number } | null {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return { label: "utf-8", length: 3 };
  if (data[0] === 0xff && data[1] === 0xfe) return { label: "utf-16le", length: 2 };
  if (data[0] === 0xfe && data[1] === 0xff) return { label: "utf-16be", length: 2 };
  return null;
}

/** The encoding a meta tag declares, as TextDecoder names it, or null if none or unknown. */
export function declaredEncoding(data: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(data.subarray(0, PRESCAN_BYTES));
  const match = META_CHARSET.exec(head);
  if (!match) return null;
  let encoding: string;
  try {
    encoding = new TextDecoder(match[1].toLowerCase()).encoding;
  } catch {
    return null;
  }
  // A page whose meta says UTF-16 was readable as ASCII, so it is not UTF-16 (HTML standard).
  return encoding.startsWith("utf-16") ? "utf-8" : encoding;
}

function tryDecode(label: string, data: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

/** The page's text, and the encoding it was read in. */
export function decodeHtml(data: Uint8Array): { text: string; encoding: string } {
  const bom = bomOf(data);
  if (bom) return { text: new TextDecoder(bom.label).decode(data.subarray(bom.length)), encoding: bom.label };
  const declared = declaredEncoding(data);
  const utf8 = tryDecode("utf-8", data);
  // A site moved to UTF-8 that kept its old `charset=gbk` template: Chinese text in GBK is
  // practically never valid UTF-8, so valid UTF-8 with Chinese in it is UTF-8, whatever it says.
  const misdeclaredGb = declared === "gbk" || declared === "gb18030";
  // eslint-disable-next-line no-control-regex -- "any character beyond ASCII" is the test meant here
  if (declared && declared !== "utf-8" && !(misdeclaredGb && utf8 !== null && /[^\u0000-\u007f]/.test(utf8))) {
    return { text: new TextDecoder(declared).decode(data), encoding: declared };
  }
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  // Not valid UTF-8, whatever the page claims: a GBK page saved without (or with a wrong) meta.
  const gb = tryDecode("gb18030", data);
  if (gb !== null) return { text: gb, encoding: "gb18030" };
  return { text: new TextDecoder("utf-8").decode(data), encoding: "utf-8" };
}

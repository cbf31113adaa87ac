/**
 * A short, stable fingerprint of a paragraph's text. A host stores it beside the text it wrote;
 * when the cell's text no longer has that fingerprint, the user edited it and the host must leave
 * it alone. Whitespace (line breaks Excel may rewrite, spaces, U+3000) does not count as an edit;
 * every other character does.
 *
 * cyrb53 (a 53-bit non-cryptographic hash): enough to tell an edit, not meant as a seal.
 */
export function fingerprint(text: string): string {
  const s = text.replace(/[\s\u3000\u00a0\u200b]+/g, "");
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `fp1-${n.toString(16).padStart(14, "0")}`;
}

/**
 * Element and attribute names by namespace, without the parser's namespace processing (which
 * cost half the reading time): Word declares its prefixes once on the root element, almost always
 * `w:` and `mc:`, but a producer may choose others. Elements of the WordprocessingML namespace
 * (transitional or strict) are keyed `w:<local>`, of markup compatibility `mc:<local>`, anything
 * else "" (DrawingML, VML and the like hold no text this reader takes).
 */
import type { SaxesTagPlain } from "saxes";

const W_NS = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);
const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

export class Names {
  /** Prefix → canonical prefix ("w", "mc"). */
  private readonly prefixes = new Map<string, string>([
    ["w", "w"],
    ["mc", "mc"],
  ]);
  private readonly keys = new Map<string, string>();
  private wPrefix = "w";

  /** Learn the prefixes an element declares (called for the root element). */
  declare(tag: SaxesTagPlain): void {
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (!name.startsWith("xmlns:")) continue;
      const prefix = name.slice(6);
      if (W_NS.has(value)) {
        this.prefixes.set(prefix, "w");
        this.wPrefix = prefix;
      } else if (value === MC_NS) this.prefixes.set(prefix, "mc");
      else this.prefixes.delete(prefix);
    }
    this.keys.clear();
  }

  /** `w:tbl`, `mc:Choice`, or "" for an element of another namespace. */
  key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      const colon = name.indexOf(":");
      const canonical = colon > 0 ? this.prefixes.get(name.slice(0, colon)) : undefined;
      key = canonical ? `${canonical}:${name.slice(colon + 1)}` : "";
      this.keys.set(name, key);
    }
    return key;
  }

  /** A WordprocessingML attribute (`w:val`) of an element. */
  attr(tag: SaxesTagPlain, local: string): string | undefined {
    return tag.attributes[`${this.wPrefix}:${local}`] ?? tag.attributes[local];
  }
}

import { ReaderError } from "../../../src/readers/errors";
import { decodeEntities } from "../../../src/readers/xlsx/scan";
import { attributeOf, attributesNamed, attributesOf, parseText } from "../../../src/readers/xlsx/xml";

function tags(xml: string): Array<[string, Record<string, string>]> {
  const out: Array<[string, Record<string, string>]> = [];
  parseText("xl/workbook.xml", xml, { open: (name, a) => out.push([name, { ...a }]) });
  return out;
}

describe("the small parts' parser (workbook, relationships, styles)", () => {
  test("attributes in either quotes, entities decoded, prefixes kept on attributes and dropped on tags", () => {
    const got = tags(`<?xml version="1.0"?><x:workbook><sheets><sheet name='A &amp; B' sheetId="1" r:id="rId1"/></sheets></x:workbook>`);
    expect(got).toEqual([
      ["workbook", {}],
      ["sheets", {}],
      ["sheet", { name: "A & B", sheetId: "1", "r:id": "rId1" }],
    ]);
  });

  test("an attribute named __proto__ stays an attribute and pollutes nothing", () => {
    const got = tags(`<workbook><sheet __proto__="polluted" constructor="c" name="S"/></workbook>`);
    expect(got[1][1].name).toBe("S");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  test("a part cut off inside a tag is damage, named by its part", () => {
    expect(() => tags(`<workbook><sheets><sheet name="S`)).toThrow(ReaderError);
    expect(() => tags(`<workbook><sheets><sheet name="S`)).toThrow(/xl\/workbook\.xml/);
  });
});

describe("attributes read by hand as the regular expression read them", () => {
  // The expression the hand-written reader replaces: its reading of any tag is the reference.
  const reference = (tag: string): Record<string, string> => {
    const out: Record<string, string> = {};
    const space = tag.search(/\s/);
    if (space < 0) return out;
    const re = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    re.lastIndex = space;
    for (let m = re.exec(tag); m !== null; m = re.exec(tag)) out[m[1]] = decodeEntities(m[2] ?? m[3] ?? "");
    return out;
  };

  test.each([
    'xf numFmtId="14" fontId="0"',
    "xf numFmtId = '14'",
    'xf a b="1"',
    'xf a="1 b="2"',
    'xf a=1 b="2"',
    'xf a="x" a="y"',
    'xf\u00a0numFmtId="3"\ufeffb="4"',
    'xf/numFmtId="3" c="5"',
    'xf "q"="1" =="2"',
    'numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;"',
    "xf",
    'xf numFmtId="5',
  ])("%j", (tag) => {
    expect({ ...attributesOf(tag) }).toEqual(reference(tag));
    for (const name of ["numFmtId", "a", "b", "c", "xf"]) expect(attributeOf(tag, name)).toBe(attributesOf(tag)[name]);
    const names = ["numFmtId", "a", "b", "c", "xf"];
    const named: (string | undefined)[] = ["stale"];
    attributesNamed(tag, names, named);
    expect(named).toEqual(names.map((name) => attributesOf(tag)[name]));
  });

  test("agrees on random tags made of the characters that matter", () => {
    const pieces = ["a", "b", "ab", "=", '"', "'", " ", "\t", "\n", "\u00a0", "\u3000", "/", "x:", ">", "&amp;"];
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; i < 5000; i++) {
      let tag = "xf";
      for (let k = random(14); k > 0; k--) tag += pieces[random(pieces.length)];
      const want = reference(tag);
      expect({ ...attributesOf(tag) }).toEqual(want);
      expect(attributeOf(tag, "ab")).toBe(want.ab);
      const named: (string | undefined)[] = [];
      attributesNamed(tag, ["a", "ab", "b"], named);
      expect(named).toEqual([want.a, want.ab, want.b]);
    }
  });
});

import { ReaderError } from "../../../src/readers/errors";
import { parseText } from "../../../src/readers/xlsx/xml";

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

/**
 * A part arrives in chunks of whatever size the inflater gives; a tag, an entity, a multi-byte
 * character or a cell may be cut anywhere. The sheet read must not depend on where.
 */
import { readSheet, type SheetContext } from "../../../src/readers/xlsx/sheet";
import type { ZipArchive } from "../../../src/readers/zip";

function chunkedZip(xml: string, size: number): ZipArchive {
  const bytes = new TextEncoder().encode(xml);
  return {
    has: () => true,
    names: () => ["s.xml"],
    bytes: () => bytes,
    text: () => xml,
    stream: (_name, sink) => {
      for (let at = 0; at < bytes.length; at += size) if (sink(bytes.subarray(at, at + size), at + size >= bytes.length) === false) break;
      return true;
    },
  };
}

const ctx: SheetContext = { sharedStrings: ["共享", "第二"], dateStyles: new Set([2]), date1904: false, maxCells: 1000, maxMerges: 100 };

const xml =
  '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet><dimension ref="A1:F6"/><sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>45000</v></c><c r="C1"><v>-12.5</v></c><c r="D1" t="str"><v>a &amp;amp; b</v></c><c r="E1"/><c r="F1" s="3"/></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>内联 &lt;文本&gt;</t></is></c><c r="B2" t="inlineStr"><is><r><t>（七）</t></r><r><rPr><b/></rPr><t>总计</t></r></is></c>' +
  '<c r="C2"><f>SUM(C1:C1)</f><v>-12.5</v></c><c r="D2"><f>1/0</f></c><c r="E2" t="e"><v>#DIV/0!</v></c><c r="F2" t="b"><v>1</v></c></row>' +
  '<row r="3">\n  <c r="A3" t="s">\n    <v>1</v>\n  </c>\n  <c r="B3"><v>1.5E+3</v></c><!-- a comment --><c r="C3"><v><![CDATA[42]]></v></c></row>' +
  '<row r="6"><c r="F6" s=\'1\'><v>7</v></c></row>' +
  '</sheetData><mergeCells count="2"><mergeCell ref="A5:B6"/><mergeCell ref="C5:D5"/></mergeCells></worksheet>';

describe("a worksheet read in chunks", () => {
  const whole = readSheet(chunkedZip(xml, 1 << 20), "s.xml", ctx);

  it("reads every kind of cell", () => {
    expect(whole.ok).toBe(true);
    if (!whole.ok) return;
    const byRef = new Map(whole.cells.vals.map((v, i) => [`${whole.cells.rows[i]},${whole.cells.cols[i]}`, v]));
    expect(Object.fromEntries(byRef)).toEqual({
      "0,0": "共享",
      "0,1": "2023-03-15",
      "0,2": -12.5,
      "0,3": "a & b",
      "0,4": null,
      "1,0": "内联 <文本>",
      "1,1": "（七）总计",
      "1,2": -12.5,
      "1,4": "#DIV/0!",
      "1,5": true,
      "2,0": "第二",
      "2,1": 1500,
      "2,2": 42,
      "5,5": 7,
    });
    expect(whole.cells.uncachedFormulas).toEqual(["D2"]);
    expect(whole.cells.merges).toEqual([4, 0, 5, 1, 4, 2, 4, 3]);
    expect(whole.cells.dimension).toBe("A1:F6");
  });

  it.each([1, 2, 3, 5, 7, 11, 64, 333])("gives the same cells in chunks of %i bytes", (size) => {
    expect(readSheet(chunkedZip(xml, size), "s.xml", ctx)).toEqual(whole);
  });
});

import { strToU8 } from "fflate";
import { ReaderError } from "../../../src/readers/errors";
import { readDocument } from "../../../src/readers/index";
import { DEFAULT_LIMITS, type ReadLimits } from "../../../src/readers/limits";
import { read } from "../../../src/readers/xlsx";
import { rawBook, sheetData, worksheet } from "./raw-book";
import { makeZip, zeroBomb } from "./zip-writer";

const report = {
  name: "统计表",
  xml: sheetData([
    ["项目", "数量"],
    ["本年新收", 5],
  ]),
};

async function readerError(data: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<string> {
  try {
    await read(data, limits);
  } catch (err) {
    expect(err).toBeInstanceOf(ReaderError);
    return (err as Error).message;
  }
  throw new Error("expected a ReaderError");
}

describe("merged areas", () => {
  it("clips a merge over the whole sheet to what the sheet holds, without materialising it", async () => {
    const book = await read(
      rawBook([
        report,
        { name: "备用", xml: `${sheetData([["备注"]])}<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>` },
        { name: "空白", xml: `<sheetData/><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>` },
      ]),
      DEFAULT_LIMITS,
    );
    expect(book.sheets.map((s) => s.grid.values)).toEqual([
      [
        ["项目", "数量"],
        ["本年新收", 5],
      ],
      [["备注"]],
      [],
    ]);
    expect(book.notes).toEqual([]);
  });

  it("reads 200,000 small merges (each two cells of a row), the master keeping its value", async () => {
    const n = 200_000;
    const rows: string[] = [];
    const merges: string[] = [];
    for (let r = 1; r <= n; r++) {
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>9</v></c></row>`);
      merges.push(`<mergeCell ref="A${r}:B${r}"/>`);
    }
    const xml = `<sheetData>${rows.join("")}</sheetData><mergeCells count="${n}">${merges.join("")}</mergeCells>`;
    const book = await read(rawBook([{ name: "合并", xml }]), DEFAULT_LIMITS);
    const values = book.sheets[0].grid.values;
    expect(values).toHaveLength(n);
    expect(values[0]).toEqual([1, null]);
    expect(values[n - 1]).toEqual([n, null]);
  });

  it("skips a sheet with more merged ranges than the limit, with a note", async () => {
    const merges = Array.from({ length: 20 }, (_, i) => `<mergeCell ref="C${i + 1}:D${i + 1}"/>`).join("");
    const book = await read(rawBook([report, { name: "很多合并", xml: `<sheetData/><mergeCells>${merges}</mergeCells>` }]), { ...DEFAULT_LIMITS, maxMergesPerSheet: 10 });
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["统计表"]);
    expect(book.notes).toEqual([{ sheet: "很多合并", message: expect.stringContaining("合并区域") }]);
  });
});

describe("a sheet far larger than a report", () => {
  it("is skipped with a note, read only as far as the limit (the rest is never parsed)", async () => {
    const rows = Array.from({ length: 300 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    // Broken XML after the limit: had the reader gone on, the file would be "damaged".
    const xml = worksheet(`<dimension ref="A1:J1048576"/>${sheetData(rows).replace("</sheetData>", "")}<row><c><<<`);
    const book = await read(rawBook([report, { name: "明细数据", xml }]), { ...DEFAULT_LIMITS, maxCellsPerSheet: 1000 });
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["统计表"]);
    expect(book.notes).toHaveLength(1);
    expect(book.notes[0].sheet).toBe("明细数据");
    expect(book.notes[0].message).toContain("明细数据");
    expect(book.notes[0].message).toContain("超过 1000 个单元格");
    expect(book.notes[0].message).toContain("A1:J1048576");
  });

  it("skips a sheet whose values are spread so that even its main block is too large", async () => {
    // A diagonal with steps under the block gap: one block, 1,500 × 1,500 cells.
    const cells = Array.from({ length: 20 }, (_, i) => `<row r="${i * 80 + 1}"><c r="${colName(i * 80)}${i * 80 + 1}"><v>1</v></c></row>`);
    const book = await read(rawBook([report, { name: "对角线", xml: `<sheetData>${cells.join("")}</sheetData>` }]), DEFAULT_LIMITS);
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["统计表"]);
    expect(book.notes[0].message).toContain("范围过大");
  });
});

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

describe("dates", () => {
  const styles =
    '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
    '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="14"/></cellXfs>';

  it("reads date-formatted numbers as ISO dates, and a serial beyond Excel's dates as the number", async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1" s="2"><v>45000.5</v></c><c r="C1" s="1"><v>1000000000</v></c><c r="D1" s="2"><v>-3</v></c><c r="E1"><v>45000</v></c></row></sheetData>';
    const book = await read(rawBook([{ name: "S", xml }], { styles }), DEFAULT_LIMITS);
    expect(book.sheets[0].grid.values).toEqual([["2023-03-15", "2023-03-15T12:00:00", 1e9, -3, 45000]]);
  });

  it("counts from 1904 when the workbook says so", async () => {
    const xml = '<sheetData><row r="1"><c r="A1" s="1"><v>45000</v></c></row></sheetData>';
    const book = await read(rawBook([{ name: "S", xml }], { styles, date1904: true }), DEFAULT_LIMITS);
    expect(book.sheets[0].grid.values).toEqual([["2027-03-16"]]);
  });
});

describe("what real files contain", () => {
  it("reads shared strings with rich runs and phonetic guides, and escaped control characters", async () => {
    const xml = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row></sheetData>';
    const book = await read(
      rawBook([{ name: "S", xml }], {
        sharedStrings: ["<r><t>（七）</t></r><r><rPr><b/></rPr><t>总计</t></r>", '<t>年报</t><rPh sb="0" eb="2"><t>ネンポウ</t></rPh>', "<t>行一_x000D_行二</t>"],
      }),
      DEFAULT_LIMITS,
    );
    expect(book.sheets[0].grid.values).toEqual([["（七）总计", "年报", "行一\r行二"]]);
  });

  it("reads cells written with a namespace prefix and without their r attributes", async () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>二</x:t></x:is></x:c></x:row><x:row><x:c t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const book = await read(rawBook([{ name: "S", xml }]), DEFAULT_LIMITS);
    expect(book.sheets[0].grid.values).toEqual([
      [1, "二"],
      [true, null],
    ]);
  });

  it("reads an .xlsm or .xltx the same way, whatever its content type", async () => {
    const data = rawBook([report], {
      parts: {
        "[Content_Types].xml": strToU8(
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>',
        ),
        "xl/vbaProject.bin": new Uint8Array(100),
      },
    });
    for (const name of ["报告.xlsm", "报告.xltx", "报告.xltm"]) {
      const result = await readDocument(name, data);
      expect(result.ok && result.book.sheets[0].grid.values).toEqual([
        ["项目", "数量"],
        ["本年新收", 5],
      ]);
    }
  });

  it("reads hidden sheets and says so; chart sheets are passed over", async () => {
    const data = rawBook([report, { name: "藏", xml: sheetData([[1]]), state: "veryHidden" }]);
    const book = await read(data, DEFAULT_LIMITS);
    expect(book.sheets.map((s) => [s.grid.name, s.hidden])).toEqual([
      ["统计表", false],
      ["藏", true],
    ]);
  });
});

describe("files that cannot be read", () => {
  it("says a zip without a workbook has no sheets", async () => {
    expect(await readerError(makeZip([{ name: "word/document.xml", content: "<w:document/>" }]))).toContain("没有 Excel 工作表");
    expect(await readerError(rawBook([]))).toContain("没有 Excel 工作表");
  });

  it("says a sheet cut off in the middle of a tag is damaged, naming the part, not echoing it", async () => {
    const message = await readerError(rawBook([{ name: "S", xml: `<?xml version="1.0"?><worksheet><sheetData><row><c><v>1</v></c></row><c r="${"垃圾".repeat(5000)}` }]));
    expect(message).toContain("损坏");
    expect(message).toContain("xl/worksheets/sheet1.xml");
    expect(message.length).toBeLessThan(200);
  });

  it("says a workbook part that is not well-formed XML is damaged", async () => {
    const data = rawBook([report], { parts: { "xl/workbook.xml": strToU8("<workbook><sheets><sheet name=") } });
    expect(await readerError(data)).toContain("xl/workbook.xml");
  });

  it("refuses more sheets than the limit", async () => {
    const sheets = Array.from({ length: 6 }, (_, i) => ({ name: `S${i}`, xml: "<sheetData/>" }));
    expect(await readerError(rawBook(sheets), { ...DEFAULT_LIMITS, maxSheets: 5 })).toContain("超过 5 张");
  });

  it("gives a zip bomb in a worksheet as that file's error, through readDocument", async () => {
    const good = rawBook([report]);
    const bomb = makeZip([
      { name: "xl/workbook.xml", content: '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>' },
      {
        name: "xl/_rels/workbook.xml.rels",
        content: '<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      },
      { name: "xl/worksheets/sheet1.xml", deflated: zeroBomb(1000), size: 2000 },
    ]);
    const result = await readDocument("炸弹.xlsx", bomb);
    expect(result).toEqual({ ok: false, error: expect.stringContaining("xl/worksheets/sheet1.xml") });
    expect((await readDocument("好.xlsx", good)).ok).toBe(true);
  });
});

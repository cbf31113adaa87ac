/**
 * Files that cannot be read as Word documents, and documents too large to be a report: each a
 * clear Chinese message for that file, never a crash.
 */
import { strToU8, zipSync } from "fflate";
import { readDocument } from "../../../src/readers";
import { read } from "../../../src/readers/docx";
import { ReaderError } from "../../../src/readers/errors";
import { DEFAULT_LIMITS } from "../../../src/readers/limits";
import { docx, documentXml, p, simpleTable, span, tbl, tc, tr } from "./build-docx";

/** The error a read ends with, or "" when it succeeds. */
async function errorOf(name: string, data: Uint8Array, limits = DEFAULT_LIMITS): Promise<string> {
  const result = await readDocument(name, data, limits);
  return result.ok ? "" : result.error;
}

const CJK = /[\u4e00-\u9fff]/;

describe("files that are not readable Word documents", () => {
  it("a zip cut short is a damaged file", async () => {
    const whole = docx(p("正文") + simpleTable([["a", "1"]]));
    const message = await errorOf("报告.docx", whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect(message).toMatch(/损坏|不完整/);
    expect(message).toMatch(/重新下载|重新保存/);
  });

  it("a zip without a document part says it is no Word document", async () => {
    const message = await errorOf("报告.docx", docx("", { omitMain: true }));
    expect(message).toContain("没有 Word 正文");
  });

  it("a document part that is not well-formed XML is a damaged document, the parser's words clipped", async () => {
    const message = await errorOf("报告.docx", docx("", { xml: documentXml("<w:p><w:r><w:t>未闭合") }));
    expect(message).toMatch(/^Word 文档的正文已损坏/);
    expect(message.length).toBeLessThan(150);
  });

  it("bytes that are no zip at all, handed to the reader directly", async () => {
    await expect(read(strToU8("这不是一个 Word 文档"), DEFAULT_LIMITS)).rejects.toThrow(ReaderError);
    await expect(read(strToU8("这不是一个 Word 文档"), DEFAULT_LIMITS)).rejects.toThrow(/损坏/);
  });

  it("a password-protected document (an encrypted package) says to remove the password", async () => {
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set(
      [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    const message = await errorOf("报告.docx", cfb);
    expect(message).toContain("密码");
  });

  it("an old Word 97-2003 file says to save it as .docx", async () => {
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set(
      [..."WordDocument"].flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    const message = await errorOf("报告.docx", cfb);
    expect(message).toContain(".docx");
    expect(message).toContain("Word 97-2003");
  });

  it("a document exported as an embedded web page (altChunk) says to open and save it in Word", async () => {
    const chunk = '<w:altChunk r:id="htmlChunk" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>';
    expect(await errorOf("导出.docx", docx(chunk))).toContain("另存为");
    const partly = await read(docx(p("标题") + chunk), DEFAULT_LIMITS);
    expect(partly.text).toEqual(["标题"]);
    expect(partly.notes.map((n) => n.message)).toEqual([expect.stringContaining("嵌入的外部内容")]);
  });

  it("every message is Chinese and short", async () => {
    const messages = [
      await errorOf("a.docx", docx("", { omitMain: true })),
      await errorOf("b.docx", docx("", { xml: "<oops" })),
      await errorOf("c.docx", docx(p("x")).subarray(0, 40)),
    ];
    for (const m of messages) {
      expect(m).toMatch(CJK);
      expect(m.length).toBeLessThan(150);
    }
  });
});

describe("documents too large to be a report", () => {
  it("more tables than the limit", async () => {
    const body = Array.from({ length: 4 }, (_, i) =>
      simpleTable([
        ["项", String(i)],
        ["目", "1"],
      ]),
    ).join("");
    const message = await errorOf("多表.docx", docx(body), { ...DEFAULT_LIMITS, maxSheets: 3 });
    expect(message).toContain("表格过多");
  });

  it("a hostile gridSpan is refused before a grid of it is allocated", async () => {
    const body = tbl([tr([tc("a", span(2_000_000_000)), tc("b")]), tr([tc("c"), tc("d")])]);
    const message = await errorOf("宽表.docx", docx(body));
    expect(message).toContain("表格过大");
  });

  it("many rows under one wide row are refused as a whole grid", async () => {
    const limits = { ...DEFAULT_LIMITS, maxCellsPerSheet: 10_000 };
    const rows = [tr([tc("宽", span(5_000))]), ...Array.from({ length: 100 }, () => tr([tc("1")]))];
    const message = await errorOf("宽表.docx", docx(tbl(rows)), limits);
    expect(message).toContain("表格过大");
  });

  it("rows without cells count too: a table of endless empty rows is refused", async () => {
    const body = `<w:tbl>${"<w:tr/>".repeat(20_001)}</w:tbl>`;
    const message = await errorOf("空行.docx", docx(body), { ...DEFAULT_LIMITS, maxCellsPerSheet: 20_000 });
    expect(message).toContain("表格过大");
  });

  it("tables nested 5 000 deep are read without exhausting the stack", async () => {
    let body = simpleTable([
      ["收到申请数", "3"],
      ["办结", "3"],
    ]);
    for (let i = 0; i < 5000; i++) body = `<w:tbl><w:tr><w:tc>${body}<w:p/></w:tc></w:tr></w:tbl>`;
    const book = await read(docx(body), DEFAULT_LIMITS);
    expect(book.sheets.map((s) => s.grid.values)).toEqual([
      [
        ["收到申请数", 3],
        ["办结", 3],
      ],
    ]);
  });

  it("a zip bomb: a part inflating far beyond its compressed size", async () => {
    // The ratio is weighed for parts declared over 10 MB (src/readers/zip.ts): smaller ones are
    // harmless to inflate whatever their ratio.
    const bomb = zipSync({ "_rels/.rels": strToU8(""), "word/document.xml": new Uint8Array(24_000_000) }, { level: 9 });
    const message = await errorOf("炸弹.docx", bomb, { ...DEFAULT_LIMITS, maxCompressionRatio: 100 });
    expect(message).toContain("不像是正常的年度报告");
  });
});

/**
 * The document's text as a reader sees it: paragraphs in reading order, table text kept out,
 * revisions as accepted, fields as displayed, hidden and text-box text never duplicated.
 */
import { read } from "../../../src/readers/docx";
import { DEFAULT_LIMITS } from "../../../src/readers/limits";
import type { ReadBook } from "../../../src/readers/types";
import { br, docx, documentXml, p, r, simpleTable, tab } from "./build-docx";

const readBody = (body: string): Promise<ReadBook> => read(docx(body), DEFAULT_LIMITS);

/** A text box anchored in a run, as Word 2010+ writes it: a DrawingML shape and its VML fallback. */
const textBox = (inner: string): string =>
  `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

describe("paragraphs", () => {
  it("come in reading order, one entry each, without the tables' text and without empty paragraphs", async () => {
    const book = await readBody(
      p("某市审计局2023年度政府信息公开工作年度报告") +
        p("") +
        p("一、总体情况") +
        simpleTable([
          ["收到申请数", "3"],
          ["办结", "3"],
        ]) +
        p("2023年，我局收到申请", "3", "件。") +
        p("   "),
    );
    expect(book.form).toBe("docx");
    expect(book.text).toEqual(["某市审计局2023年度政府信息公开工作年度报告", "一、总体情况", "2023年，我局收到申请3件。"]);
    expect(book.sheets).toHaveLength(1);
  });

  it("a manual line break inside a Chinese sentence does not split it; a tab reads as a space", async () => {
    const book = await readBody(p("2023年，我局共收到政府信息公开", br, "申请5件。") + p("联系电话", tab, "12345"));
    expect(book.text).toEqual(["2023年，我局共收到政府信息公开申请5件。", "联系电话 12345"]);
  });

  it("a document with no table gives its text and no sheet (finding no table is the checker's business)", async () => {
    const book = await readBody(p("2023年，我局未收到政府信息公开申请。"));
    expect(book.sheets).toEqual([]);
    expect(book.text).toEqual(["2023年，我局未收到政府信息公开申请。"]);
  });
});

describe("revisions, fields and hidden text", () => {
  it("deleted text is dropped and inserted text kept, as if every change were accepted", async () => {
    const book = await readBody(
      `<w:p>${r("收到申请")}<w:del w:id="1" w:author="a"><w:r><w:delText>12</w:delText></w:r></w:del><w:ins w:id="2" w:author="a">${r("15")}</w:ins>${r("件。")}</w:p>` +
        `<w:p><w:moveFrom w:id="3" w:author="a">${r("挪走的")}</w:moveFrom>${r("留下的")}</w:p>`,
    );
    expect(book.text).toEqual(["收到申请15件。", "留下的"]);
  });

  it("a deleted table row is dropped, an inserted one kept", async () => {
    const del = '<w:del w:id="9" w:author="a"/>';
    const book = await readBody(
      `<w:tbl><w:tblGrid/><w:tr><w:tc><w:p>${r("项目")}</w:p></w:tc><w:tc><w:p>${r("件")}</w:p></w:tc></w:tr>` +
        `<w:tr><w:trPr>${del}</w:trPr><w:tc><w:p><w:del w:id="10" w:author="a"><w:r><w:delText>旧行</w:delText></w:r></w:del></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>` +
        `<w:tr><w:trPr><w:ins w:id="11" w:author="a"/></w:trPr><w:tc><w:p>${r("新行")}</w:p></w:tc><w:tc><w:p>${r("2")}</w:p></w:tc></w:tr></w:tbl>`,
    );
    expect(book.sheets[0].grid.values).toEqual([
      ["项目", "件"],
      ["新行", 2],
    ]);
  });

  it("fields show their result, never their code", async () => {
    const complex =
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY year </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("2023")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const simple = `<w:fldSimple w:instr=" NUMPAGES ">${r("3")}</w:fldSimple>`;
    const book = await readBody(`<w:p>${complex}${r("年度报告，共")}${simple}${r("页")}</w:p>`);
    expect(book.text).toEqual(["2023年度报告，共3页"]);
  });

  it("a field with no result and nested fields: the text after them is read", async () => {
    const fld = (type: string): string => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const code = (c: string): string => `<w:r><w:instrText>${c}</w:instrText></w:r>`;
    const noResult = fld("begin") + code(" TC 目录项 ") + fld("end");
    const nested = fld("begin") + code(" IF ") + fld("begin") + code(" DATE ") + fld("separate") + r("内层") + fld("end") + fld("separate") + r("外层结果") + fld("end");
    const book = await readBody(`<w:p>${r("前")}${noResult}${r("中")}${nested}${r("后")}</w:p>`);
    expect(book.text).toEqual(["前中外层结果后"]);
  });

  it("a content control showing its placeholder is empty; one filled in gives its text", async () => {
    const control = (placeholder: boolean, inner: string): string =>
      `<w:sdt><w:sdtPr><w:alias w:val="统计数"/>${placeholder ? "<w:showingPlcHdr/>" : ""}</w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    const cell = (text: string): string => `<w:tc><w:p>${r(text)}</w:p></w:tc>`;
    const book = await readBody(
      `<w:tbl><w:tr>${cell("收到申请数")}${control(true, cell("单击或点击此处输入文字。"))}</w:tr>` +
        `<w:tr>${cell("办结数")}${control(false, cell("3"))}</w:tr></w:tbl>` +
        `<w:p>${r("2023年，我局收到申请")}${control(true, r("单击此处输入"))}${r("件。")}</w:p>`,
    );
    expect(book.sheets[0].grid.values).toEqual([
      ["收到申请数", null],
      ["办结数", 3],
    ]);
    expect(book.text).toEqual(["2023年，我局收到申请件。"]);
  });

  it("hidden runs are not read", async () => {
    const hidden = `<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的批注</w:t></w:r>`;
    const shown = `<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>。</w:t></w:r>`;
    const book = await readBody(`<w:p>${r("正文")}${hidden}${shown}</w:p>`);
    expect(book.text).toEqual(["正文。"]);
  });
});

describe("text boxes", () => {
  it("a text box's text is not read: not twice (Choice and Fallback), and not into the sentence it is anchored in", async () => {
    const book = await readBody(`<w:p>${r("2023年，我局")}${textBox(p("（盖章）"))}${r("收到申请3件。")}</w:p>` + p("下一段"));
    expect(book.text).toEqual(["2023年，我局收到申请3件。", "下一段"]);
  });

  it("nor into a table cell it is anchored in", async () => {
    const book = await readBody(`<w:tbl><w:tr><w:tc><w:p>${r("收到申请数")}${textBox(p("浮动说明"))}</w:p></w:tc><w:tc><w:p>${r("3")}</w:p></w:tc></w:tr></w:tbl>`);
    expect(book.sheets[0].grid.values).toEqual([["收到申请数", 3]]);
  });

  it("a table inside a text box is not a sheet, and a note says so", async () => {
    const book = await readBody(
      `<w:p>${textBox(
        simpleTable([
          ["收到申请数", "3"],
          ["办结", "3"],
        ]) + p(""),
      )}</w:p>`,
    );
    expect(book.sheets).toEqual([]);
    expect(book.notes).toHaveLength(1);
    expect(book.notes[0].message).toContain("文本框");
  });
});

describe("packages as other producers write them", () => {
  it("the strict OOXML namespace", async () => {
    const xml = documentXml(
      p("严格格式") +
        simpleTable([
          ["a", "1"],
          ["b", "2"],
        ]),
      "http://purl.oclc.org/ooxml/wordprocessingml/main",
    );
    const book = await read(docx("", { xml }), DEFAULT_LIMITS);
    expect(book.text).toEqual(["严格格式"]);
    expect(book.sheets[0].grid.values).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });

  it("prefixes of the producer's choosing", async () => {
    const xml = `<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w="urn:other"><x:body>
      <x:p><x:r><x:t>自选前缀</x:t></x:r><w:r><w:t>别的命名空间</w:t></w:r></x:p>
      <x:tbl><x:tr><x:tc><x:tcPr><x:gridSpan x:val="2"/></x:tcPr><x:p><x:r><x:t>合并</x:t></x:r></x:p></x:tc></x:tr>
      <x:tr><x:tc><x:p><x:r><x:t>a</x:t></x:r></x:p></x:tc><x:tc><x:p><x:r><x:t>1</x:t></x:r></x:p></x:tc></x:tr></x:tbl></x:body></x:document>`;
    const book = await read(docx("", { xml }), DEFAULT_LIMITS);
    expect(book.text).toEqual(["自选前缀"]);
    expect(book.sheets[0].grid.values).toEqual([
      ["合并", null],
      ["a", 1],
    ]);
  });

  it("a main part under another name, as _rels/.rels says", async () => {
    const book = await read(docx(p("别处的正文"), { part: "word/document2.xml" }), DEFAULT_LIMITS);
    expect(book.text).toEqual(["别处的正文"]);
  });
});

import { extensionOf, sniff, unsupportedReason } from "../../src/readers/sniff";
import { rawBook } from "./xlsx/raw-book";
import { makeZip } from "./xlsx/zip-writer";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0), 0]);
const cfb = (stream: string): Uint8Array => Uint8Array.from([...CFB, ...new Array(100).fill(0), ...utf16(stream)]);

describe("sniff: what a file is from its bytes", () => {
  it("knows a workbook and a Word document by their parts, whatever their names say", () => {
    const book = rawBook([{ name: "S", xml: "<sheetData/>" }]);
    const docx = makeZip([{ name: "word/document.xml", content: "<w:document/>" }]);
    expect(sniff("报告.xlsx", book)).toEqual({ kind: "form", form: "xlsx" });
    expect(sniff("报告.docx", book)).toEqual({ kind: "form", form: "xlsx" });
    expect(sniff("报告.xlsx", docx)).toEqual({ kind: "form", form: "docx" });
    expect(sniff("宏.xlsm", book)).toEqual({ kind: "form", form: "xlsx" });
    expect(sniff("模板.xltx", book)).toEqual({ kind: "form", form: "xlsx" });
  });

  it("takes the extension only where the zip's parts cannot tell", () => {
    const other = makeZip([{ name: "readme.txt", content: "x" }]);
    expect(sniff("a.xlsx", other)).toEqual({ kind: "form", form: "xlsx" });
    expect(sniff("a.docx", other)).toEqual({ kind: "form", form: "docx" });
    expect(sniff("a.zip", other)).toBeNull();
  });

  it("tells old .xls, old .doc and password-protected files apart (all OLE compound files)", () => {
    expect(sniff("a.xls", cfb("Workbook"))).toEqual({ kind: "form", form: "xls" });
    expect(sniff("a.et", cfb("Workbook"))).toEqual({ kind: "form", form: "xls" });
    expect(sniff("a.xlsx", cfb("EncryptedPackage"))).toEqual({ kind: "unsupported", reason: expect.stringContaining("密码") });
    expect(sniff("a.xls", cfb("WordDocument"))).toEqual({ kind: "unsupported", reason: expect.stringContaining(".doc") });
  });

  it("knows PDF and web pages, with a BOM or leading blanks, under any name", () => {
    expect(sniff("a.xlsx", bytes("%PDF-1.7\n..."))).toEqual({ kind: "form", form: "pdf" });
    expect(sniff("a.xls", bytes("\uFEFF  <!DOCTYPE html><html>"))).toEqual({ kind: "form", form: "html" });
    expect(sniff("a.htm", bytes("just text"))).toEqual({ kind: "form", form: "html" });
  });

  it("says an empty file is empty and gives advice for forms no reader takes", () => {
    expect(sniff("a.xlsx", new Uint8Array(0))).toEqual({ kind: "unsupported", reason: expect.stringContaining("0 字节") });
    expect(sniff("a.ods", bytes("anything"))).toEqual({ kind: "unsupported", reason: expect.stringContaining(".xlsx") });
    expect(sniff("a.txt", bytes("anything"))).toBeNull();
    expect(unsupportedReason(".doc")).toContain(".docx");
    expect(unsupportedReason(".txt")).toBeNull();
  });

  it("reads extensions case-insensitively, from the last dot of the base name", () => {
    expect(extensionOf("dir.v2/报告.XLSX")).toBe(".xlsx");
    expect(extensionOf("C:\\年报\\报告.Docx")).toBe(".docx");
    expect(extensionOf(".hidden")).toBe("");
    expect(extensionOf("无扩展名")).toBe("");
  });

  it("finds a part name or a magic string wherever it lies, up to the last byte of the window", () => {
    const zipWith = (filler: number, tail: string): Uint8Array => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(filler).fill(0x6c), ...bytes(tail)]);
    expect(sniff("a.bin", zipWith(3, "word/document"))).toEqual({ kind: "form", form: "docx" });
    expect(sniff("a.bin", zipWith(0, "xl/_rels"))).toEqual({ kind: "form", form: "xlsx" });
    expect(sniff("a.bin", zipWith(40, "xxl/workbooxl/workbook"))).toEqual({ kind: "form", form: "xlsx" });
    expect(sniff("a.bin", zipWith(40, "word/documen"))).toBeNull();
    // "%PDF-" counts within the first 1024 bytes only.
    const pdfAt = (at: number): Uint8Array => Uint8Array.from([...new Array(at).fill(0x20), ...bytes("%PDF-1.7")]);
    expect(sniff("a.bin", pdfAt(1019))).toEqual({ kind: "form", form: "pdf" });
    expect(sniff("a.bin", pdfAt(1020))).toBeNull();
  });
});

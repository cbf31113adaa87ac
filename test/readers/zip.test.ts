import { zipSync, strToU8 } from "fflate";
import { ReaderError } from "../../src/readers/errors";
import { DEFAULT_LIMITS, type ReadLimits } from "../../src/readers/limits";
import { nodeInflateRaw } from "../../src/cli/read-file";
import { openZip, useRawInflate } from "../../src/readers/zip";
import { makeZip, zeroBomb } from "./xlsx/zip-writer";

const small: ReadLimits = { ...DEFAULT_LIMITS, maxInflatedBytes: 8 * 1024 * 1024 };

function readerError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ReaderError);
    return (err as Error).message;
  }
  throw new Error("expected a ReaderError");
}

describe("openZip", () => {
  // Importing read-file (for the zlib tests below) hands parts to zlib: these are fflate's.
  beforeAll(() => useRawInflate(null));

  const zip = zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/workbook.xml": strToU8("<workbook>工作簿</workbook>"),
    "xl/media/image1.png": [new Uint8Array(1000), { level: 0 }],
  });

  it("lists the parts and reads them as bytes and as text, on demand", () => {
    const z = openZip(zip, DEFAULT_LIMITS);
    expect(z.names()).toEqual(["[Content_Types].xml", "xl/workbook.xml", "xl/media/image1.png"]);
    expect(z.text("xl/workbook.xml")).toBe("<workbook>工作簿</workbook>");
    expect(z.bytes("xl/media/image1.png")?.length).toBe(1000);
    expect(z.bytes("xl/missing.xml")).toBeNull();
    expect(z.text("xl/missing.xml")).toBeNull();
  });

  it("finds parts whatever the case and a leading slash, as OPC names are compared", () => {
    const z = openZip(zip, DEFAULT_LIMITS);
    expect(z.has("/XL/Workbook.xml")).toBe(true);
    expect(z.text("/xl/WORKBOOK.xml")).toBe("<workbook>工作簿</workbook>");
  });

  it("streams a part in chunks and can stop early", () => {
    let seed = 1;
    const big = Array.from({ length: 300_000 }, () => ((seed = (seed * 48271) % 2147483647) % 100000).toString()).join(",");
    const z = openZip(zipSync({ "a.xml": strToU8(big) }), DEFAULT_LIMITS);
    let seen = 0;
    let calls = 0;
    z.stream("a.xml", (chunk) => {
      seen += chunk.length;
      calls++;
      return false;
    });
    expect(calls).toBe(1);
    expect(seen).toBeLessThan(big.length);
    let all = 0;
    z.stream("a.xml", (chunk) => void (all += chunk.length));
    expect(all).toBe(big.length);
  });

  it("reads part names in Chinese, flagged UTF-8 or not", () => {
    const z = openZip(zipSync({ "附件/统计表.xml": strToU8("<a/>") }), DEFAULT_LIMITS);
    expect(z.names()).toEqual(["附件/统计表.xml"]);
    expect(z.text("附件/统计表.xml")).toBe("<a/>");
    const flagged = openZip(makeZip([{ name: "年报/表格.xml", content: "<b/>" }]), DEFAULT_LIMITS);
    expect(flagged.text("年报/表格.xml")).toBe("<b/>");
    const gbk = openZip(makeZip([{ name: "", rawName: new Uint8Array([0xc4, 0xea, 0xb1, 0xa8, 0x2e, 0x78]), content: "<c/>" }]), DEFAULT_LIMITS);
    expect(gbk.names()).toEqual(["年报.x"]);
  });

  it("refuses a zip bomb that declares its size honestly before inflating anything", () => {
    const bomb = makeZip([{ name: "xl/worksheets/sheet1.xml", deflated: zeroBomb(3800), size: 3800 * 1024 * 1024 }]);
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const message = readerError(() => openZip(bomb, DEFAULT_LIMITS).bytes("xl/worksheets/sheet1.xml"));
    expect(message).toContain("xl/worksheets/sheet1.xml");
    expect(message).toMatch(/3800 MB/);
  });

  it("refuses a part whose compression ratio is beyond the limit, even under the size cap", () => {
    const bomb = makeZip([{ name: "xl/sharedStrings.xml", deflated: zeroBomb(12), size: 12 * 1024 * 1024 }]);
    const limits = { ...DEFAULT_LIMITS, maxInflatedBytes: 16 * 1024 * 1024 };
    expect(readerError(() => openZip(bomb, limits).bytes("xl/sharedStrings.xml"))).toContain("压缩比");
    // The same part is fine when the ratio limit allows it.
    expect(openZip(bomb, { ...limits, maxCompressionRatio: 2000 }).bytes("xl/sharedStrings.xml")?.length).toBe(12 * 1024 * 1024);
    // A small part of repeated text is no bomb, however far it compresses.
    const rows = "<row><c><v>0</v></c></row>".repeat(100_000);
    expect(openZip(zipSync({ "a.xml": strToU8(rows) }), DEFAULT_LIMITS).text("a.xml")).toBe(rows);
  });

  it("stops inflating a bomb whose declared size lies, as soon as the output outgrows it", () => {
    const bomb = makeZip([{ name: "xl/worksheets/sheet1.xml", deflated: zeroBomb(3800), size: 1000 }]);
    const before = process.memoryUsage().rss;
    const message = readerError(() => openZip(bomb, DEFAULT_LIMITS).bytes("xl/worksheets/sheet1.xml"));
    expect(message).toContain("声明");
    // Stopped after the first slice: nowhere near the gigabytes it would inflate to.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it("keeps a running total over all parts against the inflated-bytes limit", () => {
    const mb = "y".repeat(1024 * 1024);
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i < 12; i++) parts[`p${i}.xml`] = strToU8(mb);
    const z = openZip(zipSync(parts), small);
    for (let i = 0; i < 8; i++) z.bytes(`p${i}.xml`);
    expect(readerError(() => z.bytes("p8.xml"))).toContain("上限");
  });

  it("says a declared size larger than the data is damage", () => {
    const z = makeZip([{ name: "a.xml", content: "<short/>", size: 5000 }]);
    expect(readerError(() => openZip(z, DEFAULT_LIMITS).text("a.xml"))).toContain("损坏");
  });

  it("says a truncated zip is damaged, cut anywhere", () => {
    const full = zipSync({ "xl/workbook.xml": strToU8("<workbook/>".repeat(500)), "b.xml": strToU8("<b/>") });
    for (const keep of [10, 100, Math.floor(full.length / 2), full.length - 30, full.length - 1]) {
      const message = readerError(() => {
        const z = openZip(full.subarray(0, keep), DEFAULT_LIMITS);
        for (const name of z.names()) z.bytes(name);
      });
      expect(message).toContain("损坏");
    }
  });

  it("says a corrupt deflate stream is damaged, naming the part", () => {
    const z = makeZip([{ name: "xl/styles.xml", deflated: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]), size: 100 }]);
    const message = readerError(() => openZip(z, DEFAULT_LIMITS).bytes("xl/styles.xml"));
    expect(message).toContain("xl/styles.xml");
    expect(message).toContain("损坏");
  });

  it("refuses encrypted parts and unknown compression methods in Chinese", () => {
    const encrypted = makeZip([{ name: "a.xml", content: "<a/>", flags: 1 }]);
    expect(readerError(() => openZip(encrypted, DEFAULT_LIMITS).bytes("a.xml"))).toContain("加密");
    const lzma = makeZip([{ name: "a.xml", content: "<a/>", method: 14, deflated: new Uint8Array(4) }]);
    expect(readerError(() => openZip(lzma, DEFAULT_LIMITS).bytes("a.xml"))).toContain("不支持的压缩方式");
  });

  it("reads stored (uncompressed) parts", () => {
    const z = makeZip([{ name: "a.xml", content: "<stored/>", method: 0 }]);
    expect(openZip(z, DEFAULT_LIMITS).text("a.xml")).toBe("<stored/>");
  });

  it("says random bytes are not a readable zip", () => {
    const junk = new Uint8Array(5000).map((_, i) => (i * 7919) % 251);
    expect(readerError(() => openZip(junk, DEFAULT_LIMITS))).toContain("损坏");
  });
});

describe("openZip with the host's inflater (the command line passes Node's zlib)", () => {
  beforeAll(() => useRawInflate(nodeInflateRaw));
  afterAll(() => useRawInflate(null));

  it("reads parts as fflate does", () => {
    let seed = 7;
    // Over 4 MB: handed on in more than one slice.
    const text = Array.from({ length: 800_000 }, () => ((seed = (seed * 48271) % 2147483647) % 100000).toString()).join(",");
    const z = openZip(zipSync({ "a.xml": strToU8(text), "b.xml": strToU8("") }), DEFAULT_LIMITS);
    expect(z.text("a.xml")).toBe(text);
    expect(z.text("b.xml")).toBe("");
    const chunks: number[] = [];
    z.stream("a.xml", (chunk) => void chunks.push(chunk.length));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.reduce((n, c) => n + c, 0)).toBe(text.length);
  });

  it("stops a bomb whose declared size lies at the declared size", () => {
    const bomb = makeZip([{ name: "xl/worksheets/sheet1.xml", deflated: zeroBomb(3800), size: 1000 }]);
    const before = process.memoryUsage().rss;
    expect(readerError(() => openZip(bomb, DEFAULT_LIMITS).bytes("xl/worksheets/sheet1.xml"))).toContain("声明");
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it("says damaged and short data is damaged", () => {
    const corrupt = makeZip([{ name: "xl/styles.xml", deflated: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]), size: 100 }]);
    expect(readerError(() => openZip(corrupt, DEFAULT_LIMITS).bytes("xl/styles.xml"))).toContain("xl/styles.xml");
    const short = makeZip([{ name: "a.xml", content: "<short/>", size: 5000 }]);
    expect(readerError(() => openZip(short, DEFAULT_LIMITS).text("a.xml"))).toContain("损坏");
  });
});

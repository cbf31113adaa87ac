/**
 * The shared strings in every form a file writes them, read whole and in chunks cut anywhere:
 * the plain items take a fast path, the rest the general one, and the items must not depend on
 * which.
 */
import { readSharedStrings } from "../../../src/readers/xlsx/shared-strings";
import type { ZipArchive } from "../../../src/readers/zip";

function chunkedZip(xml: string, size: number): ZipArchive {
  const bytes = new TextEncoder().encode(xml);
  return {
    has: () => true,
    names: () => ["sst.xml"],
    bytes: () => bytes,
    text: () => xml,
    stream: (_name, sink) => {
      for (let at = 0; at < bytes.length; at += size) if (sink(bytes.subarray(at, at + size), at + size >= bytes.length) === false) break;
      return true;
    },
  };
}

const items: [string, string | undefined][] = [
  ["<t>一、主动公开</t>", "一、主动公开"],
  ['<t xml:space="preserve"> 前后空格 </t>', " 前后空格 "],
  ["<t>A &amp; B &lt;C&gt; &#x41;&#66;</t>", "A & B <C> AB"],
  ["<t>行一_x000D_行二</t>", "行一\r行二"],
  ["<t></t>", ""],
  ["<t/>", ""],
  ["", undefined],
  ["<r><t>（七）</t></r><r><rPr><b/></rPr><t>总计</t></r>", "（七）总计"],
  ['<t>年报</t><rPh sb="0" eb="2"><t>ネンポウ</t></rPh>', "年报"],
  ["<t><![CDATA[<数据>]]></t>", "<数据>"],
  ["<t>注<!-- 批注 -->释</t>", "注释"],
  ["<x:t>前缀</x:t>", "前缀"],
  ["<t>一</t><t>二</t>", "二"],
];
const xml = `<?xml version="1.0"?><sst>${items.map(([inner]) => `<si>${inner}</si>`).join("")}</sst>`;

describe("shared strings", () => {
  it("reads every form of item", () => {
    expect(readSharedStrings(chunkedZip(xml, 1 << 20), "sst.xml")).toEqual(items.map(([, text]) => text));
  });

  it.each([1, 2, 3, 5, 7, 13, 64])("reads the same items in chunks of %i bytes", (size) => {
    expect(readSharedStrings(chunkedZip(xml, size), "sst.xml")).toEqual(items.map(([, text]) => text));
  });

  it("keeps what a stray closing tag repeats, after a plain item as after a rich one", () => {
    const stray = "<sst><si><r><t>富</t></r></si></si><si><t>纯</t></si></si></sst>";
    expect(readSharedStrings(chunkedZip(stray, 1 << 20), "sst.xml")).toEqual(["富", "富", "纯", "纯"]);
  });
});

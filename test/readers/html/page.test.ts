import { DEFAULT_LIMITS } from "../../../src/readers/limits";
import { read } from "../../../src/readers/html";
import { readDocument } from "../../../src/readers";
import { page, readPage } from "./page";

const DATA = "<table><tr><td>指标</td><td>数量</td></tr><tr><td>收到申请数</td><td>5</td></tr></table>";

describe("html reader: the page around the tables", () => {
  it("gives the paragraphs outside tables in reading order, block elements and <br> as breaks", async () => {
    const book = await readPage(`<h1>某局2023年政府信息公开工作年度报告</h1>
      <p>&nbsp;&nbsp;一、总体情况</p><div>2023年，我局<b>认真</b>贯彻
        落实《条例》。<br>第二行</div>${DATA}<p>二、其他</p>`);
    expect(book.text).toEqual(["某局2023年政府信息公开工作年度报告", "一、总体情况", "2023年，我局认真贯彻落实《条例》。", "第二行", "二、其他"]);
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["表格1"]);
  });

  it("treats a table holding tables as layout: its own text is page text, the inner tables are the sheets, named in order", async () => {
    const book = await readPage(`<table><tr><td>网站标题</td></tr><tr><td>
        <table><tr><td>左侧栏目</td></tr></table>
        <p>正文第一段</p>${DATA}<p>正文第二段</p>${DATA.replace("5", "6")}
      </td></tr></table>`);
    expect(book.sheets.map((s) => [s.grid.name, s.grid.values[1][1]])).toEqual([
      ["表格1", 5],
      ["表格2", 6],
    ]);
    expect(book.text).toEqual(["网站标题", "左侧栏目", "正文第一段", "正文第二段"]);
  });

  it("ignores script, style, noscript, nav, and elements hidden with display:none or hidden", async () => {
    const book = await readPage(`<style>p{}</style><script>document.write("<table><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>")</script>
      <nav>首页 政务公开</nav><div style="color:red; display : none">隐藏段落${DATA}</div><p hidden>也隐藏</p><p>可见</p>`);
    expect(book.text).toEqual(["可见"]);
    expect(book.sheets).toEqual([]);
  });

  it("puts a table's caption into the text", async () => {
    const book = await readPage(`<table><caption>2023年度统计表</caption><tr><td>指标</td><td>数</td></tr><tr><td>收到</td><td>1</td></tr></table>`);
    expect(book.text).toEqual(["2023年度统计表"]);
    expect(book.sheets[0].grid.values[0]).toEqual(["指标", "数"]);
  });

  it("reads a deeply nested page without crashing, noting what it left out", async () => {
    const deep = "<div>".repeat(5_000) + "深处" + "</div>".repeat(5_000);
    const book = await readPage(`<p>开头</p>${deep}${DATA}`);
    expect(book.text).toContain("开头");
    expect(book.sheets.length).toBe(1);
    expect(book.notes.map((n) => n.message).join()).toContain("嵌套");
  });

  it("says a binary file named .html is not a web page", async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 31) % 256);
    const result = await readDocument("报告.html", junk);
    expect(result).toEqual({ ok: false, error: expect.stringContaining("不是网页") });
  });

  it("reads a page with no table: its text, no sheets", async () => {
    const book = await read(page("<p>本年度未收到申请。</p>"), DEFAULT_LIMITS);
    expect(book).toEqual({ form: "html", sheets: [], text: ["本年度未收到申请。"], notes: [] });
  });
});

describe("html reader: character sets", () => {
  const GBK_RECEIVED = [0xca, 0xd5, 0xb5, 0xbd, 0xc9, 0xea, 0xc7, 0xeb, 0xca, 0xfd]; // 收到申请数
  const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
  const gbkPage = (head: string): Uint8Array =>
    Uint8Array.from([
      ...ascii(`<html><head>${head}</head><body><table><tr><td>`),
      ...GBK_RECEIVED,
      ...ascii("</td><td>5</td></tr><tr><td>a</td><td>1</td></tr></table></body></html>"),
    ]);

  it.each([['<meta charset="gbk">'], ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'], ["<title>x</title>"], ['<meta charset="utf-8">']])(
    "reads GBK text with head %s",
    async (head) => {
      const book = await read(gbkPage(head), DEFAULT_LIMITS);
      expect(book.sheets[0].grid.values[0]).toEqual(["收到申请数", 5]);
    },
  );

  it("reads UTF-8 text as UTF-8 when the page still says charset=gbk", async () => {
    const book = await read(page("<p>收到申请数</p>", '<meta charset="gbk">'), DEFAULT_LIMITS);
    expect(book.text).toEqual(["收到申请数"]);
  });

  it("follows a byte-order mark over the meta tag (UTF-8 and UTF-16)", async () => {
    const body = `<html><head><meta charset="gbk"></head><body><p>收到申请数</p></body></html>`;
    const utf8 = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...body].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect((await read(utf8, DEFAULT_LIMITS)).text).toEqual(["收到申请数"]);
    expect((await read(utf16, DEFAULT_LIMITS)).text).toEqual(["收到申请数"]);
  });
});

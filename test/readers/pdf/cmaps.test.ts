/**
 * A PDF whose Chinese font is not embedded (STSong-Light with the UniGB-UCS2-H encoding) can only
 * be read with Adobe's predefined CMaps, which the host supplies as bytes (no URL is fetched).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { DEFAULT_LIMITS } from "../../../src/readers/limits";
import { read, setPdfjsHost } from "../../../src/readers/pdf";
import { loadPackagedCMap } from "../../../src/cli/pdf-cmaps";

// Reading a PDF takes seconds on a busy machine; the default 5 s per test is too short.
jest.setTimeout(60_000);

const pdf = new Uint8Array(readFileSync(join(__dirname, "../../fixtures/pdf/unembedded-font.pdf")));

afterEach(() => setPdfjsHost({ loadCMap: async () => null }));

test("with the CMaps the command line supplies from pdfjs-dist, the table and the text are read", async () => {
  const asked: string[] = [];
  setPdfjsHost({
    loadCMap: async (name) => {
      asked.push(name);
      return loadPackagedCMap(name);
    },
  });
  const book = await read(pdf, DEFAULT_LIMITS);
  expect(book.sheets.map((s) => s.grid.values)).toEqual([
    [
      ["收到申请数", 5],
      ["办结申请数", 4],
    ],
  ]);
  expect(book.text).toEqual(["本年共收到政府信息公开申请5件。"]);
  expect(book.notes).toEqual([]);
  expect(asked).toContain("UniGB-UCS2-H");
}, 60_000);

test("without them, the file gets a message naming the missing encoding instead of wrong text", async () => {
  await expect(read(pdf, DEFAULT_LIMITS)).rejects.toThrow(/未嵌入的中文字体（编码 UniGB-UCS2-H）.*读不出其中的文字/);
}, 60_000);

test("the command line's loader takes plain CMap names only: a name from the PDF is never a path", async () => {
  expect(await loadPackagedCMap("UniGB-UCS2-H")).toBeInstanceOf(Uint8Array);
  for (const name of ["../package", "../../../etc/passwd", "/etc/passwd", "a/b", "", "Nope-Such-CMap"]) {
    expect(await loadPackagedCMap(name)).toBeNull();
  }
});

test("a table drawn as Word prints it (borders as thin filled rectangles over white cell backgrounds) keeps its merges", async () => {
  setPdfjsHost({ loadCMap: loadPackagedCMap });
  const book = await read(new Uint8Array(readFileSync(join(__dirname, "../../fixtures/pdf/filled-borders.pdf"))), DEFAULT_LIMITS);
  expect(book.sheets.map((s) => s.grid.values)).toEqual([
    [
      ["项目", "申请人情况", null],
      ["（三）不予公开", 7, 8],
      [null, 9, 10],
    ],
  ]);
});

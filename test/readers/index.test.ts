import { bookGrids, DEFAULT_LIMITS, readDocument } from "../../src/readers";
import { rawBook, sheetData } from "./xlsx/raw-book";

const good = rawBook([
  {
    name: "统计表",
    xml: sheetData([
      ["项目", "数量"],
      ["本年新收", 5],
    ]),
  },
]);

describe("readDocument", () => {
  it("reads a workbook by its bytes into sheets the core takes", async () => {
    const result = await readDocument("报告.xlsx", good);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.book.form).toBe("xlsx");
    expect(bookGrids(result.book)).toEqual([
      {
        name: "统计表",
        values: [
          ["项目", "数量"],
          ["本年新收", 5],
        ],
        originRow: 0,
        originCol: 0,
      },
    ]);
  });

  it("refuses a file over the size cap before looking at it", async () => {
    const result = await readDocument("报告.xlsx", good, { ...DEFAULT_LIMITS, maxFileBytes: 100 });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^文件过大/) });
  });

  it("says content that does not match a supported extension may be damaged", async () => {
    const result = await readDocument("报告.xlsx", new TextEncoder().encode("统计指标,单位,统计数"));
    expect(result).toEqual({ ok: false, error: expect.stringContaining("与扩展名 .xlsx 不符") });
  });

  it("gives a damaged workbook as that file's Chinese error, never a throw", async () => {
    const cut = good.subarray(0, good.length - 40);
    const result = await readDocument("报告.xlsx", cut);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^文件已损坏或不完整/) });
  });
});

describe("readDocument when a reader has a defect", () => {
  afterEach(() => jest.dontMock("../../src/readers/xlsx"));

  it("turns anything but a ReaderError into a short Chinese message naming the defect", async () => {
    jest.resetModules();
    jest.doMock("../../src/readers/xlsx", () => ({
      read: async () => {
        throw new TypeError(`Cannot read properties of undefined ${"x".repeat(1000)}`);
      },
    }));
    const fresh = (await import("../../src/readers")) as typeof import("../../src/readers");
    const result = await fresh.readDocument("报告.xlsx", good);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^读取这个文件时程序出错（TypeError: Cannot read/);
    expect(result.error.length).toBeLessThan(200);
  });
});

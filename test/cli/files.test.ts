/** Which files `nianbao check PATH...` reads, and in what order. */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { collectFiles } from "../../src/cli/files";
import { useTempDir } from "./helpers/run";

const dir = useTempDir();
const touch = (...parts: string[]): void => {
  mkdirSync(join(dir(), ...parts.slice(0, -1)), { recursive: true });
  writeFileSync(join(dir(), ...parts), "x");
};

describe("collectFiles", () => {
  it("finds every .xlsx under a folder, sub-folders included, sorted by path; skips lock files", async () => {
    touch("报表", "b.xlsx");
    touch("报表", "a", "z.xlsx");
    touch("报表", "A.XLSX");
    touch("报表", "~$b.xlsx");
    touch("报表", "说明.docx");
    const list = await collectFiles(["报表"], dir());
    expect(list.files.map((f) => f.file)).toEqual([
      join("报表", "A.XLSX"),
      join("报表", "a", "z.xlsx"),
      join("报表", "b.xlsx"),
    ]);
    expect(list.files[0].absolute).toBe(join(dir(), "报表", "A.XLSX"));
    expect(list.notes).toEqual([]);
    expect(list.emptyFolders).toEqual([]);
  });

  it("keeps typed files in the order typed, even missing ones, so a typo is reported, not dropped", async () => {
    touch("b.xlsx");
    const list = await collectFiles(["b.xlsx", "不存在.xlsx", "notes.txt"], dir());
    expect(list.files.map((f) => f.file)).toEqual(["b.xlsx", "不存在.xlsx", "notes.txt"]);
  });

  it("lists a folder named .xlsx found inside a folder as a file, so reading it says what it is", async () => {
    mkdirSync(join(dir(), "d", "解压.xlsx"), { recursive: true });
    const list = await collectFiles(["d"], dir());
    expect(list.files.map((f) => f.file)).toEqual([join("d", "解压.xlsx")]);
  });

  it("names the spreadsheets of other formats it skips, and folders with nothing to check", async () => {
    touch("旧", "2016.xls");
    touch("旧", "2017.et");
    touch("旧", "~$2016.xls");
    mkdirSync(join(dir(), "空"));
    const list = await collectFiles(["旧", "空"], dir());
    expect(list.files).toEqual([]);
    expect(list.notes).toEqual([
      `文件夹“旧”中有 2 个不是 .xlsx 的表格文件未校验（${join("旧", "2016.xls")}、${join("旧", "2017.et")}）；如需校验，请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）`,
      "文件夹“旧”中没有 .xlsx 文件",
      "文件夹“空”中没有 .xlsx 文件",
    ]);
    expect(list.emptyFolders).toEqual(["旧", "空"]);
  });

  it("accepts absolute paths and shows them as typed", async () => {
    touch("a.xlsx");
    const list = await collectFiles([dir()], "/");
    expect(list.files.map((f) => f.file)).toEqual([join(dir(), "a.xlsx")]);
  });
});

describe("the same workbook reached twice", () => {
  it("is listed once, where first reached", async () => {
    touch("d", "a.xlsx");
    touch("d", "b.xlsx");
    const list = await collectFiles([join("d", "b.xlsx"), "d", join(".", "d", "a.xlsx")], dir());
    expect(list.files.map((f) => f.file)).toEqual([join("d", "b.xlsx"), join("d", "a.xlsx")]);
  });
});

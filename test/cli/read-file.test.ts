/**
 * Files that cannot be checked: each gets a Chinese message saying what it is and what to do,
 * through the whole command (`nianbao check`), and the run goes on with the next file.
 */
import * as ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { IS_FOLDER, NOT_REGULAR } from "../../src/cli/files";
import { describeFsError, readDocumentFile, readFileBytes, readWorkbookFile } from "../../src/cli/read-file";
import { DEFAULT_LIMITS } from "../../src/readers/limits";
import { makeZip } from "../readers/xlsx/zip-writer";
import type { JsonReport } from "../../src/cli/report-json";
import { runCli, useTempDir } from "./helpers/run";
import { filledTemplate, saveWorkbook } from "./helpers/workbooks";

const FIXTURES = join(__dirname, "../fixtures");
const dir = useTempDir();

/** The error `nianbao check --json` reports for one file. */
async function errorOf(file: string): Promise<string | null> {
  const run = await runCli(["check", "--json", file], { cwd: dir() });
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(report.files).toHaveLength(1);
  if (report.files[0].error !== null) {
    expect(run.code).toBe(2);
    expect(report.summary.unreadable).toBe(1);
    expect(run.stderr).toContain(`${file}：无法读取：${report.files[0].error}`);
  }
  return report.files[0].error;
}

async function goodBytes(): Promise<Buffer> {
  await saveWorkbook(filledTemplate("national-2021").workbook, join(dir(), "good.xlsx"));
  return readFileSync(join(dir(), "good.xlsx"));
}

describe("unreadable files", () => {
  it("a missing file", async () => {
    expect(await errorOf("不存在.xlsx")).toBe("找不到这个文件，请检查路径和文件名是否正确");
  });

  it("a folder named like a workbook", async () => {
    mkdirSync(join(dir(), "解压了.xlsx"));
    expect(await errorOf("解压了.xlsx")).toBe(IS_FOLDER);
  });

  it("an empty file", async () => {
    writeFileSync(join(dir(), "empty.xlsx"), "");
    expect(await errorOf("empty.xlsx")).toMatch(/^文件是空的（0 字节）.*请重新保存或重新下载/);
  });

  it("a truncated download", async () => {
    const bytes = await goodBytes();
    writeFileSync(join(dir(), "half.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await errorOf("half.xlsx")).toMatch(/^文件已损坏或不完整（.+），无法读取；请在 Excel 或 Word 中打开并重新保存/);
  });

  it("a zip whose entries are garbage", async () => {
    const bytes = await goodBytes();
    const broken = Buffer.from(bytes);
    // Keep the zip's directory at the end, spoil the compressed data in the middle.
    broken.fill(0x55, 200, bytes.length - 2000);
    writeFileSync(join(dir(), "spoiled.xlsx"), broken);
    expect(await errorOf("spoiled.xlsx")).toMatch(/^文件已损坏或不完整/);
  });

  it("a workbook saved with an opening password", async () => {
    copyFileSync(join(FIXTURES, "encrypted-password.xlsx"), join(dir(), "加密.xlsx"));
    expect(await errorOf("加密.xlsx")).toMatch(/^文件设置了打开密码（已加密），无法读取；.*清除打开密码并保存后再校验$/);
  });

  it("an old .xls workbook and a web page, named .xls or renamed .xlsx, are read by what they are", async () => {
    copyFileSync(join(FIXTURES, "old-format.xls"), join(dir(), "旧.xls"));
    copyFileSync(join(FIXTURES, "old-format.xls"), join(dir(), "改名.xlsx"));
    writeFileSync(join(dir(), "page.xlsx"), "<html><body><table><tr><td>1</td></tr></table></body></html>");
    expect(await errorOf("旧.xls")).toBeNull();
    expect(await errorOf("改名.xlsx")).toBeNull();
    expect(await errorOf("page.xlsx")).toBeNull();
  });

  it("a text file with an Excel name", async () => {
    writeFileSync(join(dir(), "text.xlsx"), "统计指标,单位,统计数\n");
    expect(await errorOf("text.xlsx")).toMatch(/^文件内容与扩展名 .xlsx 不符，可能已损坏/);
  });

  it("a zip with neither a workbook nor a document in it", async () => {
    writeFileSync(join(dir(), "报告.xlsx"), makeZip([{ name: "readme.txt", content: "hello" }]));
    expect(await errorOf("报告.xlsx")).toMatch(/^这是一个压缩文件，但其中没有 Excel 工作表/);
  });

  it("an Excel lock file given by name", async () => {
    writeFileSync(join(dir(), "~$年报.xlsx"), Buffer.from([0x0c, 0x41, 0x64, 0x6d, 0x69, 0x6e]));
    expect(await errorOf("~$年报.xlsx")).toMatch(/^这是 Excel 或 Word 打开文件时生成的临时锁定文件/);
  });

  // Root reads every file whatever its mode, so this needs an ordinary user to mean anything.
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  (asRoot ? it.skip : it)("a file without read permission (skipped when run as root)", async () => {
    await goodBytes();
    chmodSync(join(dir(), "good.xlsx"), 0o000);
    expect(await errorOf("good.xlsx")).toMatch(/^没有读取这个文件的权限/);
  });

  it("says what permission denied means, whoever runs the tests", () => {
    const denied = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    expect(describeFsError(denied)).toBe("没有读取这个文件的权限，请检查文件权限，或复制一份到自己的文件夹后再校验");
  });
});

describe("what the file system says, before any byte is read", () => {
  it("refuses a FIFO named like a workbook at once instead of waiting for a writer", async () => {
    const fifo = join(dir(), "x.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(await readWorkbookFile(fifo)).toEqual({ ok: false, error: NOT_REGULAR });
  });

  it("refuses a link to a device (/dev/zero) without reading from it", async () => {
    const link = join(dir(), "zero.xlsx");
    symlinkSync("/dev/zero", link);
    expect(await readWorkbookFile(link)).toEqual({ ok: false, error: NOT_REGULAR });
  });

  it("refuses a file over the size cap from its size, in megabytes, without loading it", async () => {
    writeFileSync(join(dir(), "big.xlsx"), Buffer.alloc(3 * 1024 * 1024, 1));
    const read = await readFileBytes(join(dir(), "big.xlsx"), { ...DEFAULT_LIMITS, maxFileBytes: 2 * 1024 * 1024 });
    expect(read).toEqual({ ok: false, error: "文件过大（3 MB，上限 2 MB），不像是年度报告；请只提交报告本身" });
  });

  it("reads a file whose name is given as raw bytes (a GBK name)", async () => {
    await goodBytes();
    const read = await readDocumentFile(Buffer.from(join(dir(), "good.xlsx")), "good.xlsx");
    expect(read.ok).toBe(true);
  });

  it("never shows a raw system code", () => {
    for (const code of ["ERR_FS_FILE_TOO_LARGE", "EFBIG", "EIO", "ELOOP", "EINVAL", "ESOMETHING", undefined]) {
      const message = describeFsError(Object.assign(new Error(`${code}: failed`), { code }));
      expect(message).not.toMatch(/[A-Z_]{4,}/);
      expect(message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(describeFsError(Object.assign(new Error("x"), { code: "ERR_FS_FILE_TOO_LARGE" }))).toMatch(/^文件过大/);
  });
});

describe("a workbook exceljs could not read", () => {
  it('reads a good workbook with 1e9 in a date-formatted cell on another sheet (it used to be "文件已损坏")', async () => {
    const { workbook } = filledTemplate("national-2021");
    const other = workbook.addWorksheet("备用");
    other.getCell("A1").value = 1e9;
    other.getCell("A1").numFmt = "yyyy-mm-dd";
    await saveWorkbook(workbook as ExcelJS.Workbook, join(dir(), "date.xlsx"));
    const read = await readWorkbookFile(join(dir(), "date.xlsx"));
    expect(read.ok && read.workbook.sheets[1].grid.values).toEqual([[1e9]]);
    expect(await errorOf("date.xlsx")).toBeNull();
  });
});

describe("readWorkbookFile", () => {
  it("reads a good workbook into grids", async () => {
    await goodBytes();
    const read = await readWorkbookFile(join(dir(), "good.xlsx"));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.workbook.sheets.map((s) => s.grid.name)).toEqual(["2023年度统计表"]);
  });
});

/**
 * Files that cannot be checked: each gets a Chinese message saying what it is and what to do,
 * through the whole command (`nianbao check`), and the run goes on with the next file.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { describeFsError, readWorkbookFile } from "../../src/cli/read-file";
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
    expect(await errorOf("解压了.xlsx")).toBe("这是一个文件夹，不是 .xlsx 文件");
  });

  it("an empty file", async () => {
    writeFileSync(join(dir(), "empty.xlsx"), "");
    expect(await errorOf("empty.xlsx")).toMatch(/^文件是空的（0 字节）.*请重新保存或重新下载/);
  });

  it("a truncated download", async () => {
    const bytes = await goodBytes();
    writeFileSync(join(dir(), "half.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await errorOf("half.xlsx")).toMatch(/^文件已损坏或不完整，无法作为 Excel 工作簿打开（.+）；请在 Excel 中打开并重新保存/);
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
    expect(await errorOf("加密.xlsx")).toMatch(/^文件设置了打开密码（已加密），无法读取；.*清除密码并保存后再校验$/);
  });

  it("an old .xls workbook, named .xls or renamed .xlsx", async () => {
    copyFileSync(join(FIXTURES, "old-format.xls"), join(dir(), "旧.xls"));
    copyFileSync(join(FIXTURES, "old-format.xls"), join(dir(), "改名.xlsx"));
    const message = "这是旧版 Excel 97-2003 工作簿（.xls）格式，不是 .xlsx；请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再校验";
    expect(await errorOf("旧.xls")).toBe(message);
    expect(await errorOf("改名.xlsx")).toBe(message);
  });

  it("a text file, and a web page saved with an Excel name", async () => {
    writeFileSync(join(dir(), "text.xlsx"), "统计指标,单位,统计数\n");
    writeFileSync(join(dir(), "page.xlsx"), "<html><body><table><tr><td>1</td></tr></table></body></html>");
    expect(await errorOf("text.xlsx")).toMatch(/^不是 .xlsx 文件（内容不是 Excel 工作簿格式）/);
    expect(await errorOf("page.xlsx")).toMatch(/^这是网页（HTML\/XML）格式的表格/);
  });

  it("a zip with no workbook in it (a Word document renamed)", async () => {
    copyFileSync(join(FIXTURES, "word-document-renamed.xlsx"), join(dir(), "报告.xlsx"));
    expect(await errorOf("报告.xlsx")).toMatch(/^这是一个压缩文件，但其中没有 Excel 工作表（可能是改了扩展名的 Word 文档或其他文件）/);
  });

  it("an Excel lock file given by name", async () => {
    writeFileSync(join(dir(), "~$年报.xlsx"), Buffer.from([0x0c, 0x41, 0x64, 0x6d, 0x69, 0x6e]));
    expect(await errorOf("~$年报.xlsx")).toMatch(/^这是 Excel 打开工作簿时生成的临时锁定文件/);
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

describe("readWorkbookFile", () => {
  it("reads a good workbook into grids", async () => {
    await goodBytes();
    const read = await readWorkbookFile(join(dir(), "good.xlsx"));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.workbook.sheets.map((s) => s.grid.name)).toEqual(["2023年度统计表"]);
  });
});

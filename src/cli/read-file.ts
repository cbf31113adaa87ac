/**
 * Reading one workbook from disk, and saying in Chinese why it cannot be read when it cannot:
 * missing, a folder, empty, no permission, an old .xls, a password-protected .xlsx (both are
 * OLE compound files), not a workbook at all, or a damaged zip.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { isLockFile } from "./files";
import { readXlsx, type ReadWorkbook } from "./xlsx-read";

export type ReadOutcome = { ok: true; workbook: ReadWorkbook } | { ok: false; error: string };

/** Save-as advice, shared by the messages below. */
const SAVE_AS = "请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再校验";

/** The first bytes of an OLE compound file: old .xls, and .xlsx saved with a password. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** A zip's local file header: every .xlsx starts with it. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The stream name an encrypted OOXML package is stored under, in UTF-16LE as CFB keeps names. */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/** Why a system call failed, in words for the person who typed the path. */
export function describeFsError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case "ENOENT":
    case "ENOTDIR":
      return "找不到这个文件，请检查路径和文件名是否正确";
    case "EACCES":
    case "EPERM":
      return "没有读取这个文件的权限，请检查文件权限，或复制一份到自己的文件夹后再校验";
    case "EISDIR":
      return "这是一个文件夹，不是 .xlsx 文件";
    case "EBUSY":
      return "文件正被其他程序占用，请关闭后再试";
    default:
      return `无法读取文件（${err.code ?? err.message}）`;
  }
}

/** Why bytes that are not a readable workbook cannot be checked; null when they may be one. */
export function describeContent(data: Buffer, fileName: string): string | null {
  if (data.length === 0) return "文件是空的（0 字节），可能没有保存完整或下载中断；请重新保存或重新下载后再校验";
  if (data.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) {
    if (data.includes(ENCRYPTED_PACKAGE))
      return "文件设置了打开密码（已加密），无法读取；请在 Excel 中打开，在“文件 > 信息 > 保护工作簿 > 用密码进行加密”中清除密码并保存后再校验";
    return `这是旧版 Excel 97-2003 工作簿（.xls）格式，不是 .xlsx；${SAVE_AS}`;
  }
  if (!data.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    if (isLockFile(fileName)) return "这是 Excel 打开工作簿时生成的临时锁定文件（~$ 开头），不是工作簿；请校验原文件";
    const head = data.subarray(0, 512).toString("utf8").trimStart().toLowerCase();
    if (head.startsWith("<") && (head.includes("<html") || head.includes("<table") || head.includes("<?xml")))
      return `这是网页（HTML/XML）格式的表格，只是用了 Excel 的扩展名；${SAVE_AS}`;
    return `不是 .xlsx 文件（内容不是 Excel 工作簿格式）；如果是 .xls、.csv 或 .et 文件，${SAVE_AS}`;
  }
  return null;
}

/** What exceljs's own failure means for the user; the technical detail stays in parentheses. */
function describeLoadError(err: unknown): string {
  const detail = err instanceof Error ? err.message : String(err);
  return `文件已损坏或不完整，无法作为 Excel 工作簿打开（${detail}）；请在 Excel 中打开并重新保存，或重新下载后再校验`;
}

/** Read and flatten one workbook, or say why not. Never throws for a bad file. */
export async function readWorkbookFile(absolute: string): Promise<ReadOutcome> {
  let data: Buffer;
  try {
    const stat = await fs.stat(absolute);
    if (stat.isDirectory()) return { ok: false, error: describeFsError({ code: "EISDIR" } as NodeJS.ErrnoException) };
    data = await fs.readFile(absolute);
  } catch (err) {
    return { ok: false, error: describeFsError(err as NodeJS.ErrnoException) };
  }
  const problem = describeContent(data, path.basename(absolute));
  if (problem) return { ok: false, error: problem };
  let workbook: ReadWorkbook;
  try {
    workbook = await readXlsx(data);
  } catch (err) {
    return { ok: false, error: describeLoadError(err) };
  }
  if (workbook.sheets.length === 0)
    return { ok: false, error: `这是一个压缩文件，但其中没有 Excel 工作表（可能是改了扩展名的 Word 文档或其他文件）；${SAVE_AS}` };
  return { ok: true, workbook };
}

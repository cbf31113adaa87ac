/**
 * Reading one report file from disk, in any form the reader layer takes, and saying in Chinese
 * why it cannot be read when it cannot. Only the file system lives here; what the bytes are is
 * the readers' business (`src/readers`).
 *
 * What the file system can tell is decided before any byte is read: the file is opened without
 * blocking (a FIFO named x.xlsx must not hang the run), and the open descriptor — not the path,
 * which may have been swapped meanwhile — must be a regular file no larger than the size cap (a
 * link to /dev/zero must not eat memory). Then exactly that many bytes are read, never more.
 */
import * as fsSync from "fs";
import { constants as fsConstants } from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { DEFAULT_LIMITS, readDocument, type ReadBook, type ReadLimits } from "../readers";
import { useRawInflate } from "../readers/zip";
import { IS_FOLDER, isLockFile, NOT_REGULAR } from "./files";
import { usePackagedCMaps } from "./pdf-cmaps";

/** The largest output buffer zlib is given at once. */
const INFLATE_CHUNK_CAP = 1024 * 1024;

/**
 * zip parts (.xlsx, .docx) are inflated by Node's zlib, three times faster than the readers' own
 * fflate; `maxOutputLength` stops it at the declared size, so a lying zip bomb costs nothing.
 */
export function nodeInflateRaw(compressed: Uint8Array, maxBytes: number): Uint8Array | null {
  try {
    // An output buffer one byte larger than the declared size: a sound part then inflates in one
    // call into one buffer (zlib's default 16 KB chunks cost an allocation per small part and a
    // concatenation per larger one); a full buffer would make zlib ask for another. Capped, so a
    // large part grows in 1 MB steps instead of being reserved whole before a byte is inflated.
    const chunkSize = Math.min(Math.max(maxBytes + 1, zlib.constants.Z_MIN_CHUNK), INFLATE_CHUNK_CAP);
    return zlib.inflateRawSync(compressed, { maxOutputLength: maxBytes, chunkSize });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw err;
  }
}
useRawInflate(nodeInflateRaw);
// Chinese fonts a PDF does not embed are read with the CMaps pdfjs-dist ships.
usePackagedCMaps();

export type ReadOutcome = { ok: true; workbook: ReadBook } | { ok: false; error: string };

const mb = (n: number): string => (n / 1024 / 1024).toFixed(0);

export function tooLargeMessage(size: number | null, limits: ReadLimits): string {
  const shown = size === null ? "" : `${mb(size)} MB，`;
  return `文件过大（${shown}上限 ${mb(limits.maxFileBytes)} MB），不像是年度报告；请只提交报告本身`;
}

/** Why a system call failed, in words for the person who typed the path; never a raw code. */
export function describeFsError(err: NodeJS.ErrnoException, limits: ReadLimits = DEFAULT_LIMITS): string {
  switch (err.code) {
    case "ENOENT":
    case "ENOTDIR":
      return "找不到这个文件，请检查路径和文件名是否正确";
    case "EACCES":
    case "EPERM":
      return "没有读取这个文件的权限，请检查文件权限，或复制一份到自己的文件夹后再校验";
    case "EISDIR":
      return IS_FOLDER;
    case "EBUSY":
    case "ETXTBSY":
      return "文件正被其他程序占用，请关闭后再试";
    case "ELOOP":
      return "文件是一个循环的快捷方式（符号链接指向自身），无法读取";
    case "ENAMETOOLONG":
      return "文件路径过长，无法读取；请把文件移到较短的路径下再校验";
    case "EMFILE":
    case "ENFILE":
      return "同时打开的文件过多，暂时无法读取；请稍后重试";
    case "ENXIO":
    case "ENODEV":
    case "EAGAIN":
    case "EWOULDBLOCK":
      return NOT_REGULAR;
    case "EIO":
      return "读取文件时磁盘或网络盘出错，请把文件复制到本机后再校验";
    case "ERR_FS_FILE_TOO_LARGE":
    case "EFBIG":
      return tooLargeMessage(null, limits);
    default:
      return "无法读取这个文件（系统拒绝了读取）；请确认文件能正常打开，或复制一份到自己的文件夹后再校验";
  }
}

/** The bytes of a regular file no larger than the cap, or why not. */
export async function readFileBytes(target: string | Buffer, limits: ReadLimits = DEFAULT_LIMITS): Promise<{ ok: true; data: Uint8Array } | { ok: false; error: string }> {
  // Synchronous calls: each worker reads one file at a time, and the promise API's round trips
  // through the thread pool cost more than the read itself on a folder of small workbooks.
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
    fd = fsSync.openSync(target, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const stats = fsSync.fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, error: IS_FOLDER };
    if (!stats.isFile()) return { ok: false, error: NOT_REGULAR };
    if (stats.size > limits.maxFileBytes) return { ok: false, error: tooLargeMessage(stats.size, limits) };
    // Read what stat promised, and one byte more to notice a file that grew beyond the cap.
    const data = new Uint8Array(Math.min(stats.size + 1, limits.maxFileBytes + 1));
    let filled = 0;
    while (filled < data.length) {
      const bytesRead = fsSync.readSync(fd, data, filled, data.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > limits.maxFileBytes) return { ok: false, error: tooLargeMessage(null, limits) };
    return { ok: true, data: data.subarray(0, filled) };
  } catch (err) {
    return { ok: false, error: describeFsError(err as NodeJS.ErrnoException, limits) };
  } finally {
    if (fd !== undefined) {
      try {
        fsSync.closeSync(fd);
      } catch {
        // Closing a descriptor we only read from cannot lose anything.
      }
    }
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Read one file, of any supported form: `target` is the path to open (a Buffer for a name that
 * is not UTF-8), `name` the file name as shown (its extension helps the sniffing). Never throws
 * for a bad file.
 */
export async function readDocumentFile(target: string | Buffer, name: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadOutcome> {
  const bytes = await readFileBytes(target, limits);
  if (!bytes.ok) return bytes;
  const base = path.basename(name);
  // Excel's lock file (~$name.xlsx) sits beside every open workbook and is no workbook itself.
  if (isLockFile(base) && !ZIP_MAGIC.every((b, i) => bytes.data[i] === b))
    return { ok: false, error: "这是 Excel 或 Word 打开文件时生成的临时锁定文件（~$ 开头），不是报告；请校验原文件" };
  const read = await readDocument(base, bytes.data, limits);
  return read.ok ? { ok: true, workbook: read.book } : read;
}

/** Read one file by its path. Never throws for a bad file. */
export async function readWorkbookFile(absolute: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadOutcome> {
  return readDocumentFile(absolute, absolute, limits);
}

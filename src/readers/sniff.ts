/**
 * What a file is, from its first bytes (and its name only where the bytes cannot tell): the
 * extension people give a file is often wrong (an .xls that is a web page, a .docx renamed .xlsx).
 */
import type { FileForm } from "./types";
import { isSpreadsheetMl } from "./xls/spreadsheet-ml";

export type Sniffed =
  | { kind: "form"; form: FileForm }
  /** A form no reader exists for; `reason` is the Chinese message for the user. */
  | { kind: "unsupported"; reason: string };

const SAVE_AS_XLSX = "请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再校验";
const SAVE_AS_DOCX = "请在 Word 或 WPS 中打开，“另存为”Word 文档（.docx）后再校验";

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  if (data.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (data[i] !== magic[i]) return false;
  return true;
}

/** A byte string to look for, with its Horspool shift table (built once: sniff runs for every file). */
interface Needle {
  bytes: Uint8Array;
  /** For each byte value, how far the window may move when it is the window's last byte. */
  shift: Uint8Array;
}

function needle(bytes: Uint8Array): Needle {
  const shift = new Uint8Array(256).fill(bytes.length);
  for (let j = 0; j < bytes.length - 1; j++) shift[bytes[j]] = bytes.length - 1 - j;
  return { bytes, shift };
}

/**
 * Does `data` contain `needle` (ASCII or UTF-16LE bytes) within its first `within` bytes? A
 * Horspool search: a zip of an .xlsx is searched whole for "word/document", and stepping a window
 * by up to the needle's length is several times faster than trying every byte.
 */
function contains(data: Uint8Array, { bytes, shift }: Needle, within = data.length): boolean {
  const m = bytes.length;
  const end = Math.min(data.length, within);
  const last = bytes[m - 1];
  for (let i = m - 1; i < end; i += shift[data[i]]) {
    if (data[i] !== last) continue;
    let j = m - 2;
    while (j >= 0 && data[i - (m - 1) + j] === bytes[j]) j--;
    if (j < 0) return true;
  }
  return false;
}

const ascii = (s: string): Needle => needle(Uint8Array.from([...s].map((c) => c.charCodeAt(0))));
const utf16 = (s: string): Needle => needle(Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0), 0])));

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = ascii("%PDF-");
const ENCRYPTED = utf16("EncryptedPackage");
const WORD_DOCUMENT = utf16("WordDocument");
const DOCX_PART = ascii("word/document");
const XLSX_WORKBOOK = ascii("xl/workbook");
const XLSX_RELS = ascii("xl/_rels");

/** The lower-case extension of a file name, with the dot (`.xlsx`), or "". */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** The extensions a folder run picks up, each read by the form its bytes show. */
export const SUPPORTED_EXTENSIONS = [".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".et", ".docx", ".html", ".htm", ".pdf"];

/** Extensions people keep beside their reports that no reader takes, with what to do instead. */
export function unsupportedReason(ext: string): string | null {
  switch (ext) {
    case ".doc":
    case ".wps":
      return `这是旧版 Word 97-2003 文档（${ext}），无法直接读取；${SAVE_AS_DOCX}`;
    case ".xlsb":
    case ".ods":
    case ".csv":
    case ".ett":
      return `不支持 ${ext} 格式；${SAVE_AS_XLSX}`;
    case ".ofd":
      return "不支持 OFD 版式文件；请用原始的 Word/Excel 文件，或导出为 PDF 后再校验";
    case ".mht":
    case ".mhtml":
      return "不支持单个文件网页（.mht）；请在浏览器中“另存为”网页（.html）后再校验";
    default:
      return null;
  }
}

/** Decide the form of a file from its bytes and name. `null`: nothing recognisable. */
export function sniff(name: string, data: Uint8Array): Sniffed | null {
  const ext = extensionOf(name);
  if (data.length === 0) return { kind: "unsupported", reason: "文件是空的（0 字节），可能没有保存完整或下载中断；请重新保存或重新下载后再校验" };
  if (contains(data, PDF, 1024)) return { kind: "form", form: "pdf" };
  if (startsWith(data, CFB)) {
    if (contains(data, ENCRYPTED))
      return {
        kind: "unsupported",
        reason: "文件设置了打开密码（已加密），无法读取；请在 Excel 或 Word 中清除打开密码并保存后再校验",
      };
    if (contains(data, WORD_DOCUMENT)) return { kind: "unsupported", reason: `这是旧版 Word 97-2003 文档（.doc），无法直接读取；${SAVE_AS_DOCX}` };
    return { kind: "form", form: "xls" };
  }
  if (startsWith(data, ZIP)) {
    // The part names sit in plain ASCII in every local header and in the central directory.
    if (contains(data, DOCX_PART)) return { kind: "form", form: "docx" };
    if (contains(data, XLSX_WORKBOOK) || contains(data, XLSX_RELS)) return { kind: "form", form: "xlsx" };
    if (ext === ".xlsx" || ext === ".xlsm" || ext === ".xltx" || ext === ".xltm") return { kind: "form", form: "xlsx" };
    if (ext === ".docx") return { kind: "form", form: "docx" };
    return null;
  }
  // Before the web page test: its <Table> element may or may not fall within the first 4 KB.
  if (isSpreadsheetMl(data)) return { kind: "form", form: "xls" };
  const head = new TextDecoder("latin1")
    .decode(data.subarray(0, 4096))
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, "")
    .trimStart()
    .toLowerCase();
  if (head.startsWith("<") && /<(html|table|body|head|meta|!doctype html)/.test(head)) return { kind: "form", form: "html" };
  if (ext === ".html" || ext === ".htm") return { kind: "form", form: "html" };
  const reason = unsupportedReason(ext);
  return reason ? { kind: "unsupported", reason } : null;
}

/**
 * The reader layer's one entry point: a file's name and bytes in, its sheets and text out, or a
 * Chinese reason why it cannot be checked. Readers load on demand (a browser page that opens an
 * .xlsx never downloads the PDF reader).
 */
import { clip, ReaderError } from "./errors";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits";
import { extensionOf, sniff, SUPPORTED_EXTENSIONS } from "./sniff";
import type { FileForm, ReadBook, ReadResult } from "./types";

export type { FileForm, ReadBook, ReadNote, ReadResult, ReadSheet } from "./types";
export { DEFAULT_LIMITS, type ReadLimits } from "./limits";
export { ReaderError } from "./errors";
export { bookGrids, TEXT_SHEET } from "./book";
export { extensionOf, SUPPORTED_EXTENSIONS, unsupportedReason } from "./sniff";

/** One reader: bytes in, a book out; throws `ReaderError` for a file it cannot read. */
export type Reader = (data: Uint8Array, limits: ReadLimits) => Promise<ReadBook>;

/** Each form's reader, loaded only when a file of that form is opened. */
async function loadReader(form: FileForm): Promise<Reader> {
  switch (form) {
    case "xlsx":
      return (await import("./xlsx")).read;
    case "xls":
      return (await import("./xls")).read;
    case "docx":
      return (await import("./docx")).read;
    case "html":
      return (await import("./html")).read;
    case "pdf":
      return (await import("./pdf")).read;
  }
}

const NOT_A_REPORT = "无法识别的文件格式（不是 Excel 工作簿、Word 文档、网页或 PDF）；请用 .xlsx、.docx、.html 或 .pdf 格式的报告文件";

/** Read one file. Never throws for a bad file: a defect of a reader becomes that file's error too. */
export async function readDocument(name: string, data: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadResult> {
  if (data.length > limits.maxFileBytes) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(0);
    return { ok: false, error: `文件过大（${mb(data.length)} MB，上限 ${mb(limits.maxFileBytes)} MB），不像是年度报告；请只提交报告本身` };
  }
  const sniffed = sniff(name, data);
  if (sniffed === null) {
    const ext = extensionOf(name);
    return { ok: false, error: SUPPORTED_EXTENSIONS.includes(ext) ? `文件内容与扩展名 ${ext} 不符，可能已损坏；${NOT_A_REPORT}` : NOT_A_REPORT };
  }
  if (sniffed.kind === "unsupported") return { ok: false, error: sniffed.reason };
  try {
    const reader = await loadReader(sniffed.form);
    return { ok: true, book: await reader(data, limits) };
  } catch (err) {
    if (err instanceof ReaderError) return { ok: false, error: err.message };
    const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return {
      ok: false,
      error: `读取这个文件时程序出错（${clip(detail, 80)}）；文件可能已损坏，请重新保存后再试；如仍出错，请把文件反馈给维护者`,
    };
  }
}

/**
 * The PDF reader: pdf.js gives positioned text and drawing operations, not tables; tables come
 * back from the ruling lines of each page (see lattice.ts), text runs are placed into their cells,
 * and everything else is the report's running text.
 */
import { clip, ReaderError } from "../errors";
import type { ReadLimits } from "../limits";
import type { ReadBook, ReadNote, ReadSheet } from "../types";
import { tableValues } from "./cells";
import { opCodes, pageGraphics } from "./geometry";
import { buildLattice } from "./lattice";
import type { Matrix } from "./matrix";
import { joinAcrossPages } from "./join-pages";
import { pageLayout, type PageLayout } from "./page-tables";
import { paragraphs } from "./paragraphs";
import { hostCMapReaderFactory, type PdfDocument, type PdfjsLib, pdfjs } from "./pdfjs";
import { pageRuns } from "./runs";
import { PAGE_TIME_LIMIT_MS, withTimeout } from "./timeout";

export { setPdfjsHost, type PdfjsHost } from "./pdfjs";
export { PAGE_TIME_LIMIT_MS };

const SCANNED = "这是扫描件（PDF 中只有图片，没有可选中的文字），无法读取其中的统计表；请提供报告的 Word/Excel 原件，或由原文件直接导出（而非扫描）的 PDF";
const NO_TEXT = "PDF 中没有可读取的文字；请提供报告的 Word/Excel 原件，或由原文件直接导出的 PDF";
const ENCRYPTED = "PDF 设置了打开密码（已加密），无法读取；请提供未加密的 PDF，或报告的 Word/Excel 原件";
const DAMAGED = "PDF 文件已损坏或不完整，无法读取；请重新导出或重新下载后再校验";

/** pdf.js's exceptions by name (they cross from its worker as plain errors with a name). */
function readerError(err: unknown): unknown {
  if (err instanceof ReaderError) return err;
  const name = err instanceof Error ? err.name : "";
  if (name === "PasswordException") return new ReaderError(ENCRYPTED);
  if (name === "InvalidPDFException" || name === "FormatError" || name === "UnknownErrorException" || name === "MissingPDFException") {
    return new ReaderError(DAMAGED);
  }
  return err;
}

interface PageRead {
  layout: PageLayout;
  chars: number;
  images: number;
}

async function readPage(doc: PdfDocument, lib: PdfjsLib, n: number): Promise<PageRead> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as Matrix;
  const content = await page.getTextContent();
  const runs = pageRuns(content.items, view);
  const chars = runs.reduce((s, r) => s + r.str.trim().length, 0);
  // A page without text holds no table to read: its drawing (a scan's images) is not even decoded.
  if (chars === 0) {
    const ops = await page.getOperatorList();
    const { images } = pageGraphics(ops.fnArray, [], { ...opCodes(lib.OPS), constructPath: -1 }, view);
    page.cleanup();
    return { layout: pageLayout(n, viewport.height, [], []), chars, images };
  }
  const ops = await page.getOperatorList();
  const { rules, images } = pageGraphics(ops.fnArray, ops.argsArray, opCodes(lib.OPS), view);
  page.cleanup();
  return { layout: pageLayout(n, viewport.height, rules, runs), chars, images };
}

export async function read(data: Uint8Array, limits: ReadLimits): Promise<ReadBook> {
  let lib: PdfjsLib;
  try {
    lib = await pdfjs();
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new ReaderError(`无法加载 PDF 读取组件（${clip(detail, 60)}）；命令行需要 Node.js 20.19 或更新版本`);
  }
  const missingCMaps = new Set<string>();
  const task = lib.getDocument({
    // pdf.js may take ownership of the buffer it is given; the caller keeps its bytes.
    data: data.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    useWorkerFetch: false,
    CMapReaderFactory: hostCMapReaderFactory(missingCMaps),
    cMapPacked: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise.catch((err: unknown) => {
      throw readerError(err);
    });
    if (doc.numPages > limits.maxPages) {
      throw new ReaderError(`PDF 共 ${doc.numPages} 页，超过上限 ${limits.maxPages} 页，不像是年度报告；请只提交报告本身`);
    }
    const pages: PageRead[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      pages.push(await withTimeout(readPage(doc, lib, n), n, PAGE_TIME_LIMIT_MS).catch((err: unknown) => Promise.reject(readerError(err))));
    }
    const fonts = missingCMaps.size > 0 ? `PDF 使用了未嵌入的中文字体（编码 ${clip([...missingCMaps].join("、"), 40)}），` : "";
    if (pages.every((p) => p.chars === 0)) {
      if (fonts) throw new ReaderError(`${fonts}本程序缺少相应的字符映射表，读不出其中的文字；请提供报告的 Word/Excel 原件，或嵌入字体后导出的 PDF`);
      throw new ReaderError(pages.some((p) => p.images > 0) ? SCANNED : NO_TEXT);
    }
    const result = book(
      pages.map((p) => p.layout),
      limits,
    );
    if (fonts) result.notes.push({ sheet: "", message: `${fonts}部分文字可能未能读出；如有表格或数字缺失，请提供报告的 Word/Excel 原件` });
    return result;
  } finally {
    await task.destroy();
  }
}

function book(layouts: PageLayout[], limits: ReadLimits): ReadBook {
  const sheets: ReadSheet[] = [];
  const notes: ReadNote[] = [];
  const perPage = new Map<number, number>();
  for (const table of joinAcrossPages(layouts)) {
    const lattice = buildLattice(table.horizontal, table.vertical);
    if (!lattice) continue;
    const values = tableValues(lattice, table.runs, table.seams);
    if (values.length === 0) continue;
    const k = (perPage.get(table.page) ?? 0) + 1;
    perPage.set(table.page, k);
    const name = `第${table.page}页 表格${k}`;
    if (values.length * values[0].length > limits.maxCellsPerSheet) {
      notes.push({ sheet: name, message: `${name}的单元格过多，已跳过` });
      continue;
    }
    if (sheets.length >= limits.maxSheets) {
      notes.push({ sheet: "", message: `PDF 中的表格超过 ${limits.maxSheets} 张，其余表格未读取` });
      break;
    }
    sheets.push({ grid: { name, values, originRow: 0, originCol: 0 }, hidden: false, uncachedFormulas: [] });
  }
  for (const layout of layouts) {
    if (layout.tooDense) notes.push({ sheet: "", message: `PDF 第 ${layout.page} 页的线条过于密集，不像是统计表，未按表格读取` });
  }
  return { form: "pdf", sheets, text: paragraphs(layouts), notes };
}

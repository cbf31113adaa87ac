/**
 * The Word (.docx) reader: every table of the document as a sheet named after its place
 * (`表格1`, `表格2`… in the order the tables start), and the paragraphs outside tables as the
 * document's text, in reading order.
 *
 * Tables are numbered among those presented: a layout frame or a table with no text at all is
 * not a sheet, so the numbers count the tables a reader of the document sees as tables.
 */
import { ReaderError } from "../errors";
import { openZip } from "../zip";
import type { ReadLimits } from "../limits";
import type { ReadBook, ReadNote, ReadSheet } from "../types";
import { gridSize, tableValues } from "./grid";
import { joinLines } from "./lines";
import { flatten } from "./model";
import { parseDocument } from "./parse";
import { DEFAULT_MAIN, mainPartName } from "./rels";

const NO_BODY = "文件中没有 Word 正文（word/document.xml），不是有效的 Word 文档；请在 Word 或 WPS 中打开后重新保存为 .docx 再校验";
const SAVE_AGAIN = "请在 Word 或 WPS 中打开，“另存为”Word 文档（.docx）后再校验";
const EMBEDDED = `文档的内容是嵌入的网页或 RTF 片段（由其他系统导出），无法直接读取；${SAVE_AGAIN}`;
const TOO_BIG = (limit: number): string => `文档中的表格过大（超过 ${limit} 个单元格），不像是年度报告；请只提交报告本身`;

export async function read(data: Uint8Array, limits: ReadLimits): Promise<ReadBook> {
  const zip = openZip(data, limits);
  const named = mainPartName(zip.text("_rels/.rels"));
  const main = zip.has(named) ? named : DEFAULT_MAIN;
  if (!zip.has(main)) throw new ReaderError(NO_BODY);
  // The part streams through the parser as it inflates: a large document is never held whole.
  const doc = parseDocument((write) => {
    const decoder = new TextDecoder("utf-8");
    zip.stream(main, (chunk) => write(decoder.decode(chunk, { stream: true })));
    write(decoder.decode());
  }, limits);
  const sheets: ReadSheet[] = [];
  let cells = 0;
  for (const table of doc.tables) {
    cells += gridSize(table);
    if (cells > limits.maxCellsPerSheet) throw new ReaderError(TOO_BIG(limits.maxCellsPerSheet));
    const values = tableValues(table);
    if (values.length === 0) continue;
    if (sheets.length >= limits.maxSheets) throw new ReaderError(`文档中的表格过多（超过 ${limits.maxSheets} 个），不像是年度报告；请只提交报告本身`);
    sheets.push({ grid: { name: `表格${sheets.length + 1}`, values, originRow: 0, originCol: 0 }, hidden: false, uncachedFormulas: [] });
  }

  const text = flatten(doc.paragraphs)
    .map(joinLines)
    .filter((p) => p !== "");
  // Tools that export Word files (some office systems among them) may embed the report as a web
  // page or RTF chunk that only Word converts when it opens the file; saving it again makes it real.
  if (doc.altChunks > 0 && sheets.length === 0 && text.length === 0) throw new ReaderError(EMBEDDED);
  const notes: ReadNote[] = [];
  if (doc.altChunks > 0) notes.push({ sheet: "", message: `文档中有 ${doc.altChunks} 处嵌入的外部内容（网页或 RTF 片段）未读取；${SAVE_AGAIN}` });
  if (doc.tableInTextBox) notes.push({ sheet: "", message: "文档的文本框中有表格，文本框内容未读取；如统计表在文本框中，请将其移到正文中再校验" });
  return { form: "docx", sheets, text, notes };
}

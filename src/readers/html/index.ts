/**
 * A saved web page (.html/.htm, and the ".xls" files some government systems export, which are
 * web pages): its data tables as sheets, its paragraphs as text. Parsed by parse5, the HTML
 * standard's parser, so broken markup is read as a browser reads it.
 */
import { parse } from "parse5";
import { ReaderError } from "../errors";
import type { ReadLimits } from "../limits";
import type { ReadBook } from "../types";
import { decodeHtml } from "./charset";
import { PageReader } from "./page";
import { isSpreadsheetMl } from "../xls/spreadsheet-ml";

/** Control characters beyond this share of the text: the file is binary, not a page. */
const MAX_CONTROL_SHARE = 0.01;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  // eslint-disable-next-line no-control-regex -- counting control characters is the point: binary data has many
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/g)?.length ?? 0;
  return sample.length >= 64 && controls / sample.length > MAX_CONTROL_SHARE;
}

export async function read(data: Uint8Array, limits: ReadLimits): Promise<ReadBook> {
  if (isSpreadsheetMl(data)) return (await import("../xls")).read(data, limits);
  const { text } = decodeHtml(data);
  if (looksBinary(text)) throw new ReaderError("文件内容不是网页文本，可能已损坏或扩展名有误；请在浏览器中打开该网页并“另存为”网页（.html）后再校验");
  const page = new PageReader(limits);
  page.read(parse(text));
  return { form: "html", sheets: page.sheets, text: page.paragraphs, notes: page.notes };
}

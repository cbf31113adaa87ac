/**
 * Word documents written by hand for the edge cases: a minimal package around a `w:body`, and a
 * few builders for its XML, so each test shows the markup it is about.
 */
import { strToU8, zipSync } from "fflate";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const rels = (target: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/>
</Relationships>`;

/** The document.xml around a body's inner XML, with the namespaces Word declares. */
export function documentXml(body: string, ns = W): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${ns}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" mc:Ignorable="wps"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

/** A .docx package holding the given body (or a whole document.xml, under another part name). */
export function docx(body: string, options: { xml?: string; part?: string; omitMain?: boolean } = {}): Uint8Array {
  const part = options.part ?? "word/document.xml";
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(rels(part)),
  };
  if (!options.omitMain) files[part] = strToU8(options.xml ?? documentXml(body));
  return zipSync(files);
}

const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A run of text. */
export const r = (text: string): string => `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
/** A paragraph of runs (strings are plain text runs, markup passes through). */
export const p = (...runs: string[]): string => `<w:p>${runs.map((x) => (x.startsWith("<") ? x : r(x))).join("")}</w:p>`;
export const br = "<w:r><w:br/></w:r>";
export const tab = "<w:r><w:tab/></w:r>";

/** A cell: its content (paragraphs, nested tables; plain text becomes a paragraph) and tcPr. */
export const tc = (content: string, props = ""): string =>
  `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${content.startsWith("<") ? content : p(content)}</w:tc>`;
export const span = (n: number): string => `<w:gridSpan w:val="${n}"/>`;
export const restart = '<w:vMerge w:val="restart"/>';
export const cont = "<w:vMerge/>";
export const tr = (cells: string[], props = ""): string => `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ""}${cells.join("")}</w:tr>`;
export const tbl = (rows: string[], gridCols = 0): string =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(gridCols)}</w:tblGrid>${rows.join("")}</w:tbl>`;
/** A table of plain text cells, one string array per row. */
export const simpleTable = (rows: string[][]): string => tbl(rows.map((cells) => tr(cells.map((c) => tc(c)))));

/**
 * Minimal .xlsx packages written by hand, for what no spreadsheet program writes on purpose:
 * hostile merges, millions of cells, odd but valid XML.
 */
import { strToU8, zipSync, type Zippable } from "fflate";

export interface RawSheet {
  name: string;
  /** The worksheet part's whole XML, or just the inside of `<worksheet>`. */
  xml: string;
  state?: "hidden" | "veryHidden";
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const worksheet = (inner: string): string => `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${inner}</worksheet>`;

export function rawBook(sheets: RawSheet[], extra: { sharedStrings?: string[]; styles?: string; date1904?: boolean; parts?: Zippable } = {}): Uint8Array {
  const files: Zippable = {
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook ${NS}>${extra.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    ),
  };
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (extra.sharedStrings) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    files["xl/sharedStrings.xml"] = strToU8(`<?xml version="1.0"?><sst ${NS}>${extra.sharedStrings.map((s) => `<si>${s}</si>`).join("")}</sst>`);
  }
  if (extra.styles) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    files["xl/styles.xml"] = strToU8(`<?xml version="1.0"?><styleSheet ${NS}>${extra.styles}</styleSheet>`);
  }
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(s.xml.startsWith("<?xml") ? s.xml : worksheet(s.xml));
  });
  Object.assign(files, extra.parts ?? {});
  return zipSync(files);
}

/** `<sheetData>` from rows of values: numbers as numbers, strings inline. */
export function sheetData(rows: (number | string | null)[][], firstRow = 1): string {
  const col = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26)));
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = `${col(c)}${r + firstRow}`;
          if (v === null) return "";
          return typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
        })
        .join("");
      return `<row r="${r + firstRow}">${cells}</row>`;
    })
    .join("");
  return `<sheetData>${body}</sheetData>`;
}

/**
 * The narrative as a sheet of its own (`2025年度报告正文`), and the few facts around it: the
 * report's title, the agency named in the tables' title, how the text names the agency, and the
 * same content as plain text (for the clipboard and the command line).
 *
 * The sheet is one wide column: the title, then every section heading of the format, each
 * followed by the paragraphs generated for it. A paragraph the numbers cannot support yet (a
 * blank cell, an input not given) keeps an empty row reserved under its heading, so a later
 * 生成正文 has a place of its own to write it; a section with nothing generated gets an empty row
 * for the user's own text. `slots` say where each paragraph went, which the host stores with the
 * paragraph's stamp.
 */
import { toA1 } from "../address";
import type { FormatId } from "../formats/model";
import type { CellStyle, PrintPlan, SheetPlan, StyleGroup } from "../layout/plan";
import { FONT_NAME } from "../layout/styles";
import type { LocatedTable } from "../located";
import type { SheetGrid } from "../types";
import type { Narrative, NarrativeParagraph, ParagraphId } from "./types";

/** `2025年度报告正文`: the sheet 生成正文 writes (the text checks read it like any prose). */
export function narrativeSheetName(year: number): string {
  return `${year}年度报告正文`;
}

/** The report's title, as the 2019/2021 templates print it: `XX市审计局2025年度政府信息公开工作年度报告`. */
export function reportTitle(agency: string, year: number): string {
  return `${agency.trim()}${year}年度政府信息公开工作年度报告`;
}

/**
 * The section a paragraph stands under, by era. Mirrors the statement builders (requests.ts,
 * fees.ts, appeals.ts, proposals.ts); needed here for paragraphs that were NOT generated, whose
 * row is reserved all the same. The sheet-plan tests hold the two in step.
 */
const SECTION_OF: Readonly<Record<"legacy" | "national", Partial<Record<ParagraphId, string>>>> = {
  legacy: { requests: "三", fees: "四", appeals: "五", proposals: "八" },
  national: { requests: "三", appeals: "四", fees: "六" },
};

const PARAGRAPH_ORDER: readonly ParagraphId[] = ["requests", "fees", "appeals", "proposals"];

/** The paragraph ids a format's report can hold under the section numbered `numeral`. */
function idsUnder(format: FormatId, numeral: string): ParagraphId[] {
  const map = SECTION_OF[format === "legacy-2014" ? "legacy" : "national"];
  return PARAGRAPH_ORDER.filter((id) => map[id] === numeral);
}

/** Where one paragraph of the narrative sheet is. */
export interface NarrativeSlot {
  id: ParagraphId;
  /** The section heading it stands under, as written on the sheet. */
  heading: string;
  /** A1 address of the paragraph's cell. */
  address: string;
  /**
   * Rows from the heading down to the paragraph (1 = the row right below). With the heading's
   * text it finds a reserved empty row again after the user inserted rows above it.
   */
  offset: number;
  /** The paragraph written there, or null when the row is reserved (not generated yet). */
  paragraph: NarrativeParagraph | null;
}

export interface NarrativeSheet {
  plan: SheetPlan;
  /** Every paragraph the format can hold, generated or reserved, in sheet order. */
  slots: NarrativeSlot[];
}

/** One column wide enough for a line of about 36 characters at 12 pt: A4 portrait at 100 %. */
const COLUMN_WIDTH = 90;
const TEXT_SIZE = 12;

const text: CellStyle = {
  size: TEXT_SIZE,
  bold: false,
  horizontal: "left",
  vertical: "top",
  wrap: true,
  indent: 0,
  border: false,
  fill: null,
};
const TITLE: CellStyle = { ...text, size: 16, bold: true, horizontal: "center", vertical: "middle" };
const HEADING: CellStyle = { ...text, bold: true };

/** Margins for a page of prose (inches): the printable width holds the column at 100 %. */
const PRINT: Omit<PrintPlan, "printArea"> = {
  paper: "A4",
  orientation: "portrait",
  fitToWidth: 1,
  fitToHeight: 0,
  expectedScale: 100,
  margins: { top: 0.8, bottom: 0.8, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 },
  horizontalCentered: true,
  titleRows: null,
  pageBreaksBefore: [],
  footer: "第 &P 页，共 &N 页",
};

/** Consecutive row indexes → `A3:A5` ranges. */
function columnRanges(rows: readonly number[]): string[] {
  const out: string[] = [];
  let start = -1;
  let prev = -2;
  const flush = (): void => {
    if (start < 0) return;
    out.push(start === prev ? toA1({ row: start, col: 0 }) : `${toA1({ row: start, col: 0 })}:${toA1({ row: prev, col: 0 })}`);
  };
  for (const r of [...rows].sort((a, b) => a - b)) {
    if (r !== prev + 1) {
      flush();
      start = r;
    }
    prev = r;
  }
  flush();
  return out;
}

/**
 * The sheet of `narrative`, titled for `agency` (its full name; may be empty). Row heights are
 * left to the host: in one unmerged column Excel grows a row to its wrapped text by itself, also
 * after the user edits a paragraph or a later 生成正文 rewrites it longer, which fixed heights
 * would prevent.
 */
export function planNarrativeSheet(narrative: Narrative, agency = ""): NarrativeSheet {
  const values: (string | null)[][] = [];
  const titleRows: number[] = [];
  const headingRows: number[] = [];
  const textRows: number[] = [];
  const slots: NarrativeSlot[] = [];
  const push = (value: string | null, kind: number[]): number => {
    values.push([value]);
    kind.push(values.length - 1);
    return values.length - 1;
  };

  push(reportTitle(agency, narrative.year), titleRows);
  push(null, textRows);
  for (const section of narrative.sections) {
    const headingRow = push(section.heading, headingRows);
    const numeral = section.heading.slice(0, section.heading.indexOf("、"));
    const ids = idsUnder(narrative.format, numeral);
    for (const id of ids) {
      const paragraph = narrative.paragraphs.find((p) => p.id === id) ?? null;
      const row = push(paragraph ? paragraph.text : null, textRows);
      slots.push({ id, heading: section.heading, address: toA1({ row, col: 0 }), offset: row - headingRow, paragraph });
    }
    // Paragraphs the mapping does not know of (none today) still reach the sheet.
    for (const paragraph of section.paragraphs.filter((p) => !ids.includes(p.id))) {
      const row = push(paragraph.text, textRows);
      slots.push({ id: paragraph.id, heading: section.heading, address: toA1({ row, col: 0 }), offset: row - headingRow, paragraph });
    }
    if (ids.length === 0 && section.paragraphs.length === 0) push(null, textRows);
  }

  const styles: StyleGroup[] = [
    { id: "title", style: TITLE, ranges: columnRanges(titleRows) },
    { id: "section", style: HEADING, ranges: columnRanges(headingRows) },
    { id: "label", style: text, ranges: columnRanges(textRows) },
  ];
  const rowCount = values.length;
  const plan: SheetPlan = {
    format: narrative.format,
    year: narrative.year,
    agency: agency.trim(),
    name: narrativeSheetName(narrative.year),
    fontName: FONT_NAME,
    rowCount,
    columnCount: 1,
    values,
    styles,
    merges: [],
    columnWidths: [COLUMN_WIDTH],
    rowHeights: [],
    numberFormats: [],
    validations: [],
    conditionalFormats: [],
    freezeRows: 0,
    print: { ...PRINT, printArea: `A1:A${rowCount}` },
    tables: [],
  };
  return { plan, slots };
}

/**
 * The generated paragraphs as plain text, each section that has any under its heading, sections
 * apart by an empty line: what is pasted into the Word report, or printed by `nianbao narrative`.
 * With `title`, that line comes first.
 */
export function plainText(narrative: Narrative, title?: string): string {
  const blocks: string[] = [];
  if (title !== undefined && title.trim() !== "") blocks.push(title.trim());
  for (const section of narrative.sections) {
    if (section.paragraphs.length === 0) continue;
    blocks.push([section.heading, ...section.paragraphs.map((p) => p.text)].join("\n"));
  }
  return blocks.length > 0 ? `${blocks.join("\n\n")}\n` : "";
}

/** A title naming the agency before the year: `XX市审计局2025年度政府信息公开工作年度报告`, `…情况统计表`. */
const TITLE_WITH_AGENCY = /^(.+?)\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年度?\s*政府信息公开工作(?:年度报告|情况统计表)/;

/**
 * The agency named in the title above the located tables (`XX市审计局2025年度政府信息公开工作年度
 * 报告`), or null when no title names one (the seed's `2017年度政府信息公开工作情况统计表`).
 * Only the tables' own sheets are read, top to bottom.
 */
export function agencyFromTitles(sheets: readonly SheetGrid[], tables: readonly LocatedTable[]): string | null {
  const names = new Set(tables.map((t) => t.sheet));
  for (const sheet of sheets) {
    if (!names.has(sheet.name)) continue;
    for (const row of sheet.values) {
      for (const value of row) {
        if (typeof value !== "string") continue;
        const m = TITLE_WITH_AGENCY.exec(value.trim());
        const agency = m?.[1].trim() ?? "";
        // `关于2025年度…` or a stray mark is not an agency.
        if (agency !== "" && !/^[\s\d（(【[“"]/.test(agency) && !/^关于/.test(agency)) return agency;
      }
    }
  }
  return null;
}

/**
 * How the text names the agency when the user has not said: `我局` for a 局, `我委` for a 委,
 * `我办`, `我乡`, `我镇` likewise, else `我单位` (the seed report's word).
 */
export function selfReferenceFor(agency: string): string {
  const name = agency.trim();
  const last = name.slice(-1);
  if (name.endsWith("办公室") || last === "办") return "我办";
  if (name.endsWith("委员会")) return "我委";
  if (["局", "委", "乡", "镇"].includes(last)) return `我${last}`;
  return "我单位";
}

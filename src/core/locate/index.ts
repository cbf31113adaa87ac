/**
 * The table locator: every table of the three formats in a workbook's grids of cell values,
 * wherever it starts, however many share a sheet, typed by hand or made by us. For each table:
 * where every value cell is, what is missing or extra in its shape, its format and report year.
 *
 * Steps: read each sheet once (labels normalised and indexed); find each kind of table on it;
 * read the report year of each; settle the version of national tables the table alone cannot
 * tell (Table C is the same in 2019 and 2021) from the rest of the workbook, else the year; say
 * where a table's format does not fit its year.
 */
import { rangeA1 } from "../address";
import { formatForYear } from "../formats";
import type { FormatId } from "../formats/model";
import { national2019 } from "../formats/national-2019";
import { national2021 } from "../formats/national-2021";
import type { LocatedTable } from "../located";
import type { SheetGrid } from "../types";
import { cellRecords, overlaps, type Candidate, type Reading } from "./candidate";
import { locateLegacy } from "./legacy";
import { formatYear } from "./messages";
import { SheetView } from "./sheet-view";
import { locateTableA } from "./table-a";
import { locateTableB } from "./table-b";
import { locateTableC } from "./table-c";
import { baseName, excerpt, titleAbove, yearInName, yearMentions, type YearFound, type YearMention } from "./year";

export interface LocateOptions {
  /** The report year, when the user states it: overrides any year read from the workbook. */
  year?: number;
  /** The workbook's file name, the last place a year is read from. */
  fileName?: string;
}

type National = "national-2019" | "national-2021";

/** Readings of the same place under two versions become one candidate; the better fit first. */
function pairVersions(view: SheetView, sheetIndex: number, table: "A" | "B", a: Reading[], b: Reading[]): Candidate[] {
  const out: Candidate[] = [];
  const usedB = new Set<Reading>();
  for (const ra of a) {
    const rb = b.find((r) => !usedB.has(r) && overlaps(ra, r));
    if (rb) usedB.add(rb);
    const readings = rb ? [ra, rb].sort((x, y) => y.fit - x.fit) : [ra];
    out.push({ view, sheetIndex, table, readings, decisive: !rb || ra.fit !== rb.fit });
  }
  for (const rb of b) if (!usedB.has(rb)) out.push({ view, sheetIndex, table, readings: [rb], decisive: true });
  return out;
}

function candidatesOn(view: SheetView, sheetIndex: number): Candidate[] {
  const out: Candidate[] = [];
  for (const r of locateLegacy(view)) out.push({ view, sheetIndex, table: "L", readings: [r], decisive: true });
  out.push(...pairVersions(view, sheetIndex, "A", locateTableA(view, national2019), locateTableA(view, national2021)));
  out.push(...pairVersions(view, sheetIndex, "B", locateTableB(view, national2019), locateTableB(view, national2021)));
  // Table C reads the same under both versions: keep both readings and let the workbook decide.
  for (const c of locateTableC(view, "national-2021")) {
    const as2019: Reading = { ...c, format: "national-2019" };
    out.push({ view, sheetIndex, table: "C", readings: [c, as2019], decisive: false });
  }
  return out;
}

/** The rectangle a candidate covers, whichever reading is chosen. */
function bounds(c: Candidate): { top: number; left: number; bottom: number; right: number } {
  return {
    top: Math.min(...c.readings.map((r) => r.top)),
    left: Math.min(...c.readings.map((r) => r.left)),
    bottom: Math.max(...c.readings.map((r) => r.bottom)),
    right: Math.max(...c.readings.map((r) => r.right)),
  };
}

/** Reads years once per workbook and answers for each candidate. */
class YearReader {
  private readonly mentions: YearMention[][];
  private workbookYear: YearFound | null | undefined;

  constructor(
    private readonly views: readonly SheetView[],
    candidates: readonly Candidate[],
    private readonly options: LocateOptions,
  ) {
    this.mentions = views.map((view, i) => {
      const boxes = candidates.filter((c) => c.sheetIndex === i).map(bounds);
      return yearMentions(view, (r, col) => boxes.some((b) => r >= b.top && r <= b.bottom && col >= b.left && col <= b.right));
    });
  }

  yearOf(c: Candidate): YearFound | null {
    if (this.options.year !== undefined) return { year: this.options.year, source: "命令行参数" };
    const box = bounds(c);
    const title = titleAbove(this.mentions[c.sheetIndex], box.top, box.left);
    if (title) return { year: title.year, source: `标题“${title.text}”` };
    const inName = yearInName(c.view.name);
    if (inName !== null) return { year: inName, source: `工作表名“${c.view.name}”` };
    const elsewhere = this.fromWorkbook();
    if (elsewhere) return elsewhere;
    if (this.options.fileName) {
      const inFile = yearInName(baseName(this.options.fileName));
      if (inFile !== null) return { year: inFile, source: "文件名" };
    }
    return null;
  }

  /** One year the workbook names, titles first, then any text and sheet names; null if several. */
  private fromWorkbook(): YearFound | null {
    if (this.workbookYear !== undefined) return this.workbookYear;
    const titles: YearFound[] = [];
    const any: YearFound[] = [];
    this.views.forEach((view, i) => {
      for (const m of this.mentions[i]) {
        if (m.title) titles.push({ year: m.year, source: `标题“${m.text}”` });
        else any.push({ year: m.year, source: `工作表“${view.name}”中的“${excerpt(m.text, m.year)}”` });
      }
      const inName = yearInName(view.name);
      if (inName !== null) any.push({ year: inName, source: `工作表名“${view.name}”` });
    });
    const single = (list: YearFound[]): YearFound | null =>
      list.length > 0 && list.every((y) => y.year === list[0].year) ? list[0] : null;
    this.workbookYear = single(titles) ?? single([...titles, ...any]);
    return this.workbookYear;
  }
}

/** The national version most tables in `pool` show, or null when none shows one or they tie. */
function majority(pool: readonly Candidate[], year: number | null): National | null {
  const votes: Record<National, number> = { "national-2019": 0, "national-2021": 0 };
  for (const c of pool) {
    const f = c.readings[0].format;
    if (c.decisive && f !== "legacy-2014") votes[f]++;
  }
  const a = votes["national-2019"];
  const b = votes["national-2021"];
  if (a === 0 && b === 0) return null;
  if (a !== b) return a > b ? "national-2019" : "national-2021";
  return year !== null && formatForYear(year).id === "national-2019" ? "national-2019" : "national-2021";
}

/** The version for a table that cannot tell by itself: its sheet, the workbook, the year, 2021. */
function settleVersion(c: Candidate, all: readonly Candidate[], year: number | null): Reading {
  const want =
    majority(
      all.filter((o) => o.sheetIndex === c.sheetIndex),
      year,
    ) ??
    majority(all, year) ??
    (year !== null && year <= 2020 ? "national-2019" : "national-2021");
  return c.readings.find((r) => r.format === want) ?? c.readings[0];
}

export function locateTables(sheets: SheetGrid[], options: LocateOptions = {}): LocatedTable[] {
  const views = sheets.map((s) => new SheetView(s));
  const candidates: Candidate[] = [];
  views.forEach((view, i) => candidates.push(...candidatesOn(view, i)));
  if (candidates.length === 0) return [];

  const years = new YearReader(views, candidates, options);
  const placed = candidates.map((c) => {
    const found = years.yearOf(c);
    const reading = c.decisive ? c.readings[0] : settleVersion(c, candidates, found?.year ?? null);
    return { c, reading, found };
  });
  placed.sort(
    (x, y) => x.c.sheetIndex - y.c.sheetIndex || x.reading.top - y.reading.top || x.reading.left - y.reading.left,
  );

  const tables: LocatedTable[] = placed.map(({ c, reading, found }) => {
    const { cells, values } = cellRecords(c.view, reading);
    const table: LocatedTable = {
      format: reading.format,
      table: reading.table,
      sheet: c.view.name,
      range: rangeA1(c.view.toSheet(reading.top, reading.left), c.view.toSheet(reading.bottom, reading.right)),
      year: found?.year ?? null,
      cells,
      values,
      findings: [...reading.findings],
    };
    if (found) table.yearSource = found.source;
    if (Object.keys(reading.statedUnits).length) table.statedUnits = reading.statedUnits;
    return table;
  });
  addFormatYearFindings(tables);
  return tables;
}

/** One `format.year` finding per sheet and format whose tables do not fit their report year. */
function addFormatYearFindings(tables: LocatedTable[]): void {
  const groups = new Map<string, LocatedTable[]>();
  for (const t of tables) {
    if (t.year === null) continue;
    const expected: FormatId = formatForYear(t.year).id;
    if (expected === t.format) continue;
    const key = `${t.sheet}\u0000${t.format}\u0000${t.year}`;
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  for (const list of groups.values()) {
    const first = list[0];
    const year = first.year as number;
    const cells = list.map((t) => t.range.split(":")[0]);
    first.findings.unshift(
      formatYear({ format: first.format, table: first.table, sheet: first.sheet }, year, formatForYear(year).id, first.yearSource, cells),
    );
  }
}

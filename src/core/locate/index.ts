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
import type { LocatedTable } from "../located";
import type { SheetGrid } from "../types";
import { cellRecords, type Candidate } from "./candidate";
import { addFormatYearFindings } from "./format-year";
import { YearReader } from "./report-year";
import { LocateCache, sheetFacts } from "./sheet-facts";
import { settleVersion } from "./versions";

export { LocateCache };

export interface LocateOptions {
  /** The report year, when the user states it: overrides any year read from the workbook. */
  year?: number;
  /** The workbook's file name, the last place a year is read from. */
  fileName?: string;
  /** Keeps each sheet's own findings between calls (the pane checks on every edit). */
  cache?: LocateCache;
}

export function locateTables(sheets: SheetGrid[], options: LocateOptions = {}): LocatedTable[] {
  const facts = sheets.map((s) => (options.cache ? options.cache.of(s) : sheetFacts(s)));
  const candidates: Candidate[] = [];
  facts.forEach((f, i) => candidates.push(...f.candidates.map((c) => ({ ...c, sheetIndex: i }))));
  if (candidates.length === 0) return [];

  const years = new YearReader(
    facts,
    facts.map((f) => f.mentions),
    options,
  );
  const placed = candidates.map((c) => {
    const found = years.yearOf(c);
    const reading = c.decisive ? c.readings[0] : settleVersion(c, candidates, found?.year ?? null);
    return { c, reading, found };
  });
  placed.sort((x, y) => x.c.sheetIndex - y.c.sheetIndex || x.reading.top - y.reading.top || x.reading.left - y.reading.left);

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
      findings: [...reading.findings.list()],
    };
    if (found) table.yearSource = found.source;
    if (Object.keys(reading.statedUnits).length) table.statedUnits = reading.statedUnits;
    return table;
  });
  addFormatYearFindings(tables);
  return tables;
}

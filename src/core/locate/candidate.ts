/**
 * A table found on a sheet before the workbook-wide decisions (which version of a national
 * table, which year). Table C reads the same under 2019 and 2021, and a Table A or B that lost
 * the rows telling the versions apart may too: such a candidate keeps one reading per version
 * and lets the rest of the workbook decide.
 */
import { toA1 } from "../address";
import { cellKey, type CellKey, type FormatId, type TableId } from "../formats/model";
import type { CellPos, CellValue, Finding } from "../types";
import { wordNote, type Note, type TableRef } from "./messages";
import type { SheetView } from "./sheet-view";

/** One reading of a table under one format. Bounds are local to the sheet's grid, inclusive. */
export interface Reading {
  format: FormatId;
  table: TableId;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Value cells as (key, local row, local col); turned into records only for the reading chosen. */
  entries: Array<[CellKey, number, number]>;
  statedUnits: Record<CellKey, string>;
  findings: Notes;
  /**
   * How well the format fits: twice the labels (rows, columns, anchors) matched minus the labels
   * the format has. Only compared between readings of the same place under two versions.
   */
  fit: number;
}

export interface Candidate {
  view: SheetView;
  sheetIndex: number;
  table: TableId;
  /** Readings of the same place, one per version that fits; the best first. */
  readings: Reading[];
  /** Whether the table itself tells its version (one reading, or one fits better). */
  decisive: boolean;
}

/**
 * A reading's findings, worded only when asked for: every table is read under both versions and
 * the reading not chosen (with every row and column of the other version missing) is dropped.
 */
export class Notes {
  readonly pending: Note[] = [];
  /** The findings once worded: kept in a private field, as a cache is no part of the value. */
  #made: Finding[] | null = null;

  constructor(readonly ref: TableRef) {}

  add(note: Note): void {
    this.pending.push(note);
  }

  /** The findings in the order added, worded on the first call. */
  list(): Finding[] {
    this.#made ??= this.pending.map((note) => wordNote(this.ref, note));
    return this.#made;
  }
}

/** Collects a reading's cells and findings. */
export class ReadingBuilder {
  private readonly entries: Array<[CellKey, number, number]> = [];
  readonly statedUnits: Record<CellKey, string> = {};
  readonly findings: Notes;
  readonly ref: TableRef;

  constructor(
    readonly view: SheetView,
    format: FormatId,
    table: TableId,
  ) {
    this.ref = { format, table, sheet: view.name };
    this.findings = new Notes(this.ref);
  }

  /** A1 reference (sheet coordinates) of a local cell. */
  a1(row: number, col: number): string {
    return toA1(this.view.toSheet(row, col));
  }

  addCell(key: CellKey, row: number, col: number): void {
    this.entries.push([key, row, col]);
  }

  finish(bounds: { top: number; left: number; bottom: number; right: number }, fit: number): Reading {
    return {
      format: this.ref.format,
      table: this.ref.table,
      ...bounds,
      entries: this.entries,
      statedUnits: this.statedUnits,
      findings: this.findings,
      fit,
    };
  }
}

/** A reading's value cells in sheet coordinates, and what they hold. */
export function cellRecords(view: SheetView, reading: Reading): { cells: Record<CellKey, CellPos>; values: Record<CellKey, CellValue> } {
  const cells: Record<CellKey, CellPos> = {};
  const values: Record<CellKey, CellValue> = {};
  for (const [key, row, col] of reading.entries) {
    cells[key] = view.toSheet(row, col);
    values[key] = view.raw(row, col);
  }
  return { cells, values };
}

/** Cell keys by row key, then column key. */
const keys = new Map<string, Map<string, CellKey>>();

/**
 * `cellKey(row, column)`, the same string each time. Each key becomes a property name of the
 * table's records; a string used as one before is found at once, while a new string must first
 * be looked up among all property names, which was most of the cost of making the records.
 * Bounded by the formats' rows and columns.
 */
export function keyOf(row: string, column: string): CellKey {
  let byColumn = keys.get(row);
  if (!byColumn) keys.set(row, (byColumn = new Map()));
  let key = byColumn.get(column);
  if (key === undefined) byColumn.set(column, (key = cellKey(row, column)));
  return key;
}

/** Whether two readings cover overlapping rectangles. */
export function overlaps(a: Reading, b: Reading): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The rectangle a candidate covers, whichever reading is chosen. */
export function candidateBounds(c: Candidate): { top: number; left: number; bottom: number; right: number } {
  return {
    top: Math.min(...c.readings.map((r) => r.top)),
    left: Math.min(...c.readings.map((r) => r.left)),
    bottom: Math.max(...c.readings.map((r) => r.bottom)),
    right: Math.max(...c.readings.map((r) => r.right)),
  };
}

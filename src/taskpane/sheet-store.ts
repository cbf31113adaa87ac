/**
 * The sheets the pane last read, kept between checks so that an edit re-reads only the sheet it
 * changed. A department's workbook can hold the report sheet beside twenty data sheets of
 * 100,000 cells each: reading all of them on every keystroke cost seconds. The grids of sheets
 * that did not change are handed to the check as the same objects, which lets the locator keep
 * what it found on them (`LocateCache`).
 *
 * Everything is read again when the store cannot know what changed: the first check, 重新校验,
 * after a failed read, and with a host that cannot read single sheets (`readSome` missing).
 * A sheet that appears under a name the store has not read (added or renamed without an event
 * naming it) is read in a second call.
 */
import type { SheetGrid } from "../core/types";
import type { ReadBox, SheetChange, SheetsRead, WorkbookHost } from "../host/workbook-host";
import { READ_BOX, cutToBox, type CutSheet } from "./read-box";

export class SheetStore {
  private grids = new Map<string, SheetGrid>();
  private order: string[] = [];
  private cuts = new Map<string, CutSheet>();
  private everything = true;
  private dirty = new Set<string>();
  /** Cells handed over by the host in the last read (the bench and tests watch it). */
  lastCellsRead = 0;

  constructor(private readonly box: ReadBox = READ_BOX) {}

  /** A change event: the named sheet is read again at the next check. */
  changed(change: SheetChange): void {
    this.dirty.add(change.sheet);
  }

  /** Read everything at the next check (重新校验, a failed read). */
  invalidate(): void {
    this.everything = true;
  }

  /** The sheets cut to the read box by the last read, in tab order. */
  get cut(): CutSheet[] {
    return this.order.map((name) => this.cuts.get(name)).filter((c): c is CutSheet => c !== undefined);
  }

  /** The workbook's sheets as they are now, reading only what changed since the last read. */
  async read(host: WorkbookHost): Promise<SheetGrid[]> {
    const full = this.everything || !host.readSome;
    // Changes arriving during the read belong to the next one.
    const dirty = this.dirty;
    this.dirty = new Set();
    this.everything = false;
    this.lastCellsRead = 0;
    try {
      if (full) await this.readAll(host);
      else await this.readChanged(host, [...dirty]);
    } catch (e) {
      this.everything = true;
      throw e;
    }
    return this.order.map((name) => this.grids.get(name) as SheetGrid);
  }

  private async readAll(host: WorkbookHost): Promise<void> {
    if (host.readSome) {
      this.replace(await host.readSome(null, this.box), true);
      return;
    }
    const sheets = await host.readSheets();
    const read: SheetsRead = { names: sheets.map((s) => s.name), grids: [], cut: [] };
    for (const sheet of sheets) {
      const { grid, cut } = cutToBox(sheet, this.box);
      read.grids.push(grid);
      if (cut) read.cut.push(cut);
    }
    this.replace(read, true);
  }

  private async readChanged(host: WorkbookHost, names: string[]): Promise<void> {
    const readSome = host.readSome?.bind(host);
    if (!readSome) return this.readAll(host);
    const first = await readSome(names, this.box);
    this.replace(first, false);
    const unknown = first.names.filter((n) => !this.grids.has(n));
    if (unknown.length > 0) this.replace(await readSome(unknown, this.box), false);
  }

  /** Take what was read; `all` when it covers every sheet (the rest are gone). */
  private replace(read: SheetsRead, all: boolean): void {
    const present = new Set(read.names);
    if (all) {
      this.grids.clear();
      this.cuts.clear();
    } else {
      for (const name of [...this.grids.keys()]) if (!present.has(name)) this.grids.delete(name);
      for (const name of [...this.cuts.keys()]) if (!present.has(name)) this.cuts.delete(name);
    }
    for (const grid of read.grids) {
      this.grids.set(grid.name, grid);
      this.cuts.delete(grid.name);
      for (const row of grid.values) this.lastCellsRead += row.length;
    }
    for (const cut of read.cut) this.cuts.set(cut.sheet, cut);
    this.order = read.names.filter((n) => this.grids.has(n));
  }
}

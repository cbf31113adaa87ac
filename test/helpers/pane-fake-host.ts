/**
 * A workbook host for the pane's tests: sheets in memory, settings stored as Office stores them
 * (JSON), change events fired on demand, and every call counted, so a test can say "one read per
 * check" or "keeping a note writes settings only". Reads and insertions can be held open to test
 * what happens while they run.
 */
import { fromA1 } from "../../src/core/address";
import type { CellKey, FormatId, TableId } from "../../src/core/formats/model";
import { planTemplate, type SheetPlan } from "../../src/core/layout";
import type { CellValue, SheetGrid } from "../../src/core/types";
import type { HostCapabilities, ReadBox, SheetChange, SheetsRead, WorkbookHost } from "../../src/host/workbook-host";
import { readSomeOf } from "../../src/taskpane/read-box";

export const ALL_CAPABILITIES: HostCapabilities = {
  changeEvents: true,
  multiSelect: true,
  dataValidation: true,
  conditionalFormats: true,
  pageLayout: true,
};

/** A promise the test settles by hand. */
export class Gate {
  readonly promise: Promise<void>;
  open!: () => void;
  fail!: (e: Error) => void;
  constructor() {
    this.promise = new Promise<void>((resolve, reject) => {
      this.open = resolve;
      this.fail = reject;
    });
  }
}

export interface HostCalls {
  /** Reads of the workbook, by either method (`readSheets` or `readSome`). */
  readSheets: number;
  /** The sheets each `readSome` asked for (null: all). */
  readSome: Array<string[] | null>;
  /** Cells handed to the pane by all reads. */
  cellsRead: number;
  sheetNames: number;
  insertPlan: SheetPlan[];
  writeCells: number;
  select: Array<{ sheet: string; cells: string[] }>;
  onChanged: number;
  setSetting: Array<{ key: string; value: unknown }>;
}

export class FakeHost implements WorkbookHost {
  readonly capabilities: HostCapabilities;
  sheets: SheetGrid[];
  readonly calls: HostCalls = { readSheets: 0, readSome: [], cellsRead: 0, sheetNames: 0, insertPlan: [], writeCells: 0, select: [], onChanged: 0, setSetting: [] };
  /** While set, `readSheets` waits for it. */
  readGate: Gate | null = null;
  /** While set, `insertPlan` waits for it. */
  insertGate: Gate | null = null;
  /** The next `readSheets` (or every, while set) fails with this. */
  readError: Error | null = null;
  selectError: Error | null = null;
  onChangedError: Error | null = null;
  private handlers: Array<(change: SheetChange) => void> = [];

  constructor(
    sheets: SheetGrid[] = [],
    capabilities: Partial<HostCapabilities> = {},
    /** Shared with another FakeHost to model reopening the same workbook. */
    readonly settings: Map<string, string> = new Map(),
  ) {
    this.sheets = sheets;
    this.capabilities = { ...ALL_CAPABILITIES, ...capabilities };
  }

  async readSheets(): Promise<SheetGrid[]> {
    this.calls.readSheets++;
    if (this.readGate) await this.readGate.promise;
    if (this.readError) throw this.readError;
    const copy = structuredClone(this.sheets);
    this.count(copy);
    return copy;
  }

  /** As the Excel adapter's: only the sheets named, each cut to the box. */
  async readSome(names: readonly string[] | null, box: ReadBox): Promise<SheetsRead> {
    this.calls.readSheets++;
    this.calls.readSome.push(names === null ? null : [...names]);
    if (this.readGate) await this.readGate.promise;
    if (this.readError) throw this.readError;
    const read = readSomeOf(this.sheets, names, box);
    read.grids = structuredClone(read.grids);
    this.count(read.grids);
    return read;
  }

  private count(grids: readonly SheetGrid[]): void {
    for (const g of grids) for (const row of g.values) this.calls.cellsRead += row.length;
  }

  async sheetNames(): Promise<string[]> {
    this.calls.sheetNames++;
    return this.sheets.map((s) => s.name);
  }

  async insertPlan(plan: SheetPlan): Promise<string> {
    this.calls.insertPlan.push(plan);
    if (this.insertGate) await this.insertGate.promise;
    const taken = new Set(this.sheets.map((s) => s.name));
    let name = plan.name;
    for (let n = 2; taken.has(name); n++) name = `${plan.name}（${n}）`;
    this.sheets.push({ name, values: plan.values.map((r) => [...r]), originRow: 0, originCol: 0 });
    return name;
  }

  async writeCells(): Promise<void> {
    this.calls.writeCells++;
  }

  async select(sheet: string, cells: string[]): Promise<void> {
    this.calls.select.push({ sheet, cells: [...cells] });
    if (this.selectError) throw this.selectError;
  }

  async onChanged(handler: (change: SheetChange) => void): Promise<() => void> {
    this.calls.onChanged++;
    if (this.onChangedError) throw this.onChangedError;
    this.handlers.push(handler);
    return () => {
      this.handlers = this.handlers.filter((h) => h !== handler);
    };
  }

  /** The user edits a cell: every listener hears of it. */
  emitChange(sheet = this.sheets[0]?.name ?? "Sheet1", address?: string): void {
    for (const h of [...this.handlers]) h({ sheet, address });
  }

  get listeners(): number {
    return this.handlers.length;
  }

  getSetting<T>(key: string): T | undefined {
    const raw = this.settings.get(key);
    return raw === undefined ? undefined : (JSON.parse(raw) as T);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    this.calls.setSetting.push({ key, value });
    // Office keeps settings as JSON: what comes back is a copy, never the object passed in.
    this.settings.set(key, JSON.stringify(value));
  }

  /** Change one cell of a sheet, as the user would (does not fire the event). */
  setCell(sheet: string, a1: string, value: CellValue): void {
    const grid = this.sheets.find((s) => s.name === sheet);
    if (!grid) throw new Error(`no sheet ${sheet}`);
    const p = fromA1(a1);
    const r = p.row - grid.originRow;
    const c = p.col - grid.originCol;
    while (grid.values.length <= r) grid.values.push([]);
    const row = grid.values[r];
    while (row.length <= c) row.push(null);
    row[c] = value;
  }
}

/** A value cell of a template: table, cell key, value. */
export type CellSetting = [table: TableId, key: CellKey, value: CellValue];

/**
 * The sheet our template inserts for `format` and `year`, with every value cell 0 (a report with
 * nothing to say: no finding) and then `cells` set. Returns the sheet and the plan, whose
 * `tables[].cells` give each value cell's address.
 */
export function templateSheet(format: FormatId, year: number, cells: CellSetting[] = [], blank: CellSetting[] = []): { sheet: SheetGrid; plan: SheetPlan } {
  const plan = planTemplate(format, year, "某某市审计局");
  const values: CellValue[][] = plan.values.map((r) => [...r]);
  const at = (table: TableId, key: CellKey): { row: number; col: number } => {
    const a1 = plan.tables.find((t) => t.id === table)?.cells[key];
    if (!a1) throw new Error(`template has no cell ${table} ${key}`);
    return fromA1(a1);
  };
  for (const t of plan.tables)
    for (const a1 of Object.values(t.cells)) {
      const p = fromA1(a1);
      values[p.row][p.col] = 0;
    }
  for (const [table, key, value] of cells) {
    const p = at(table, key);
    values[p.row][p.col] = value;
  }
  for (const [table, key] of blank) {
    const p = at(table, key);
    values[p.row][p.col] = null;
  }
  return { sheet: { name: plan.name, values, originRow: 0, originCol: 0 }, plan };
}

/** The address of a template's value cell. */
export function cellOf(plan: SheetPlan, table: TableId, key: CellKey): string {
  const a1 = plan.tables.find((t) => t.id === table)?.cells[key];
  if (!a1) throw new Error(`template has no cell ${table} ${key}`);
  return a1;
}

/** Let every pending promise callback run (the host's fake calls resolve in microtasks). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/**
 * A 2024 report with one finding of each kind: 行政复议·总计 0 under parts of 2 (错误, C-review-total),
 * 规章 issued 3 but 1 in force (核实, A-effective-ge-issued, and the 规章 hint, 提示), and two
 * blank cells of 表三 (未填写 2).
 */
export function sampleSheet(): { sheet: SheetGrid; plan: SheetPlan } {
  return templateSheet(
    "national-2021",
    2024,
    [
      ["C", "C1|review.upheld", 2],
      ["A", "A1.1|issued", 3],
      ["A", "A1.1|effective", 1],
    ],
    [
      ["B", "B1|natural", null],
      ["B", "B1|business", null],
    ],
  );
}

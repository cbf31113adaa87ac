/**
 * A fake Excel for the adapter's tests, built from office-addin-mock objects. It holds a list of
 * sheets, answers the calls the adapter makes, and records what the adapter wrote where. It proves
 * which calls the adapter issues and how many round trips they take — not how Excel behaves:
 * the mock is pure data, so everything Excel would do (apply a format, merge, fire an event) is
 * either recorded here for a test to assert on or triggered by the test itself.
 *
 * Like the real API, the mock's objects refuse to give a loaded property before `context.sync()`
 * (office-addin-mock returns an error string instead): reading `range.values` too early shows up
 * as a wrong value in the test.
 *
 * Requirement sets are true to Excel: every object the adapter receives knows its Office.js class,
 * and every member it touches is looked up in the JSDoc of `@types/office-js` (see
 * `excel-api-sets.ts`). A member above the fake's `api` level is recorded in `violations` and fails
 * the next `context.sync()` with `ApiNotFound`, as Excel does (office.js from the CDN has every
 * member; the host refuses the batch). So `RangeAreas.select` on an Excel 2021 (1.14) fails the
 * test as it fails the user.
 */
import { OfficeMockObject } from "office-addin-mock";
import { fromA1, toA1 } from "../../src/core/address";
import { compareSets, excelApiModel, memberSet, type ExcelApiModel } from "./excel-api-sets";

/** A sheet as a test describes it: its used range (values-only) or none. */
export interface SheetSpec {
  name: string;
  id?: string;
  used?: { address: string; values: unknown[][] } | null;
}

/** One `getRange`/`getRanges` the adapter made, and what it did with it. */
export interface RangeRecord {
  sheet: string;
  address: string;
  mock: OfficeMockObject;
  /** `format.borders.getItem(edge)` objects by edge name. */
  borders: Map<string, OfficeMockObject>;
  /** `conditionalFormats.add(type)` results, with the type asked for. */
  conditionalFormats: Array<{ type: string; mock: OfficeMockObject }>;
  merged: boolean[];
  selected: number;
  /** Made with `getRanges` (several areas). */
  areas: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  used: { address: string; values: unknown[][] } | null;
  ranges: RangeRecord[];
  activated: number;
  frozenRows: number[];
  /** The `pageLayout` of every view of the sheet the adapter made (see `layoutWritten`). */
  pageLayouts: OfficeMockObject[];
  printMargins: Array<{ unit: string; margins: Record<string, number> }>;
  printArea: string[];
  printTitleRows: string[];
  pageBreaks: string[];
  /** Used-range requests, with the valuesOnly flag. */
  usedRangeRequests: Array<boolean | undefined>;
}

type Handler = (args: Record<string, unknown>) => Promise<unknown>;
interface Registration {
  event: "changed" | "added" | "deleted" | "nameChanged";
  /** Set for a per-sheet `worksheet.onChanged`; absent for the collection's events. */
  sheetId?: string;
  handler: Handler;
  removed: boolean;
}

export interface FakeOptions {
  /** The highest ExcelApi version the fake Excel supports (`"1.7"`, `"1.19"`). */
  api: string;
  sheets: SheetSpec[];
  settings?: Record<string, unknown>;
  /** How a used range of a sheet that is gone behaves: a null object (default) or an error at sync. */
  goneSheetChain?: "null" | "error";
}

/** `"1.14"` vs `"1.9"`: compared as numbers part by part. */
function versionAtMost(v: string, max: string): boolean {
  return compareSets(v, max) <= 0;
}

/** Excel's words when a batch uses a member the host lacks. */
export const API_NOT_FOUND_MESSAGE =
  "The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation for more information.";

/** `Range`, `RangeAreas[]`… → the class name, when it is one of the Excel namespace's. */
function classOf(model: ExcelApiModel, type: string | null | undefined): string | null {
  if (!type) return null;
  const name = type.replace(/\[\]$/, "");
  return model.classes.has(name) ? name : null;
}

const quoted = (name: string): string => (/^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B3:D5` or `C7` → its rows and columns, 0-based and inclusive. */
function boxOf(address: string): CellBox {
  const [a, b = a] = address.split(":");
  const p = fromA1(a);
  const q = fromA1(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** The part of a used range inside `address` (trailing empty rows and columns dropped, as Excel does), or null. */
function cutUsed(used: { address: string; values: unknown[][] }, address: string): { address: string; values: unknown[][] } | null {
  const u = boxOf(used.address);
  const r = boxOf(address);
  const top = Math.max(u.top, r.top);
  const left = Math.max(u.left, r.left);
  let bottom = Math.min(u.bottom, r.bottom);
  let right = Math.min(u.right, r.right);
  const filled = (row: number, col: number): boolean => {
    const v = used.values[row - u.top]?.[col - u.left];
    return v !== "" && v !== null && v !== undefined;
  };
  const rowFilled = (row: number): boolean => Array.from({ length: right - left + 1 }, (_, i) => left + i).some((c) => filled(row, c));
  const colFilled = (col: number): boolean => Array.from({ length: bottom - top + 1 }, (_, i) => top + i).some((row) => filled(row, col));
  while (bottom >= top && !rowFilled(bottom)) bottom--;
  while (right >= left && bottom >= top && !colFilled(right)) right--;
  if (bottom < top || right < left) return null;
  const values = used.values.slice(top - u.top, bottom - u.top + 1).map((row) => row.slice(left - u.left, right - u.left + 1));
  const a1 = `${toA1({ row: top, col: left })}${bottom > top || right > left ? `:${toA1({ row: bottom, col: right })}` : ""}`;
  return { address: a1, values };
}

/** An Excel error as Office.js rejects `context.sync()` with. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A plain view of what was assigned on a mock object (nested objects included), leaving out the
 * mock's own bookkeeping, methods, and properties never loaded.
 */
export function written(mock: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof mock !== "object" || mock === null) return out;
  for (const [key, value] of Object.entries(mock)) {
    if (key.startsWith("_") || typeof value === "function") continue;
    if (typeof value === "string" && value.startsWith("Error, ")) continue;
    if (value instanceof OfficeMockObject) {
      const inner = written(value);
      if (Object.keys(inner).length > 0) out[key] = inner;
    } else {
      out[key] = value;
    }
  }
  return out;
}

export class FakeExcel {
  readonly sheets: FakeSheet[];
  /** Options of every `Excel.run`. */
  readonly runs: Array<Record<string, unknown>> = [];
  /** Every method the adapter called that changes the workbook, in order. */
  readonly writes: string[] = [];
  readonly registrations: Registration[] = [];
  /** This runtime's in-memory copy of the document settings. */
  readonly settings: Map<string, unknown>;
  /** The settings as saved in the workbook (what every runtime loads with `refreshAsync`). */
  stored: Map<string, unknown>;
  readonly savedSettings: Array<Record<string, unknown>> = [];
  refreshes = 0;
  refreshFails = false;
  /** Members used above the fake's ExcelApi level (`RangeAreas.select (ExcelApi 1.18)`), in order. */
  readonly violations: string[] = [];
  /** Every Excel class member the adapter touched, with its set (`Range.select` → "1.1"). */
  readonly used = new Map<string, string | null>();
  saveFails = false;
  readonly context: OfficeMockObject;
  readonly excel: OfficeMockObject;
  readonly office: OfficeMockObject;
  private readonly syncSpy: jest.SpyInstance;
  private mocks: OfficeMockObject[] = [];
  private itemsRequested = false;
  private failure: FakeExcelError | null = null;
  private failNext: FakeExcelError | null = null;
  private failSkip = 0;
  private nextId = 1;
  private readonly model = excelApiModel();
  private readonly proxies = new WeakMap<object, Map<string, unknown>>();

  constructor(readonly options: FakeOptions) {
    this.sheets = options.sheets.map((s) => this.sheetOf(s.name, s.id, s.used ?? null));
    this.settings = new Map(Object.entries(options.settings ?? {}));
    this.stored = new Map(this.settings);
    this.context = new OfficeMockObject({
      workbook: { worksheets: this.worksheetsData() },
      sync: () => this.sync(),
    });
    this.syncSpy = jest.spyOn(this.context, "sync");
    this.excel = new OfficeMockObject({
      // `Excel.run(options, batch)`, or `Excel.run(context, batch)` to continue in an earlier context.
      run: async (first: Record<string, unknown>, batch: (context: OfficeMockObject) => Promise<unknown>) => {
        this.runs.push(first === this.context ? { context: "earlier" } : first);
        return batch(this.gated(this.context, "RequestContext"));
      },
    });
    this.office = new OfficeMockObject({
      context: {
        requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && this.supports(version) },
        document: {
          settings: {
            get: (key: string) => (this.settings.has(key) ? this.settings.get(key) : null),
            set: (key: string, value: unknown) => this.settings.set(key, value),
            remove: (key: string) => this.settings.delete(key),
            // Office writes this runtime's whole copy into the workbook, as the real saveAsync does.
            saveAsync: (callback: (result: { status: string; error?: { message: string } }) => void) => {
              if (this.saveFails) {
                callback({ status: "failed", error: { message: "磁盘已满" } });
                return;
              }
              this.stored = new Map(this.settings);
              this.savedSettings.push(Object.fromEntries(this.settings));
              callback({ status: "succeeded" });
            },
            refreshAsync: (callback: (result: { status: string; error?: { message: string } }) => void) => {
              this.refreshes++;
              if (this.refreshFails) {
                callback({ status: "failed", error: { message: "文档已关闭" } });
                return;
              }
              this.settings.clear();
              for (const [k, v] of this.stored) this.settings.set(k, v);
              callback({ status: "succeeded" });
            },
          },
        },
      },
    });
    // Enums are plain values on the global, not loadable properties.
    this.office.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
  }

  /** Put this fake in place of the `Excel` and `Office` globals. */
  install(): this {
    const g = globalThis as unknown as Record<string, unknown>;
    g.Excel = this.excel;
    g.Office = this.office;
    return this;
  }

  supports(version: string): boolean {
    return versionAtMost(version, this.options.api);
  }

  /** Round trips since the last call (and resets the count). */
  trips(): number {
    const n = this.syncSpy.mock.calls.length;
    this.syncSpy.mockClear();
    return n;
  }

  /** Everything set on the sheet's page layout, through any of its views. */
  layoutWritten(name: string): Record<string, unknown> {
    return Object.assign({}, ...this.sheet(name).pageLayouts.map((p) => written(p)));
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name} in the fake`);
    return s;
  }

  /** The ranges the adapter made on `sheet` with exactly this address. */
  rangesAt(sheet: string, address: string): RangeRecord[] {
    return this.sheet(sheet).ranges.filter((r) => r.address === address);
  }

  /** Make a coming `context.sync()` fail as Excel would: the next one, or the one after `skip` more. */
  failNextSync(code: string, message: string, skip = 0): void {
    this.failNext = new FakeExcelError(code, message);
    this.failSkip = skip;
  }

  // ----- what the user (or Excel) does, from the test -----

  /** The other runtime (ribbon command or pane) saves its copy with `key` changed. */
  otherRuntimeSaves(key: string, value: unknown): void {
    this.stored = new Map(this.stored).set(key, value);
  }

  userAddsSheet(name: string): FakeSheet {
    const s = this.sheetOf(name, undefined, null);
    this.sheets.push(s);
    return s;
  }

  userDeletesSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    return s;
  }

  userRenamesSheet(from: string, to: string): void {
    this.sheet(from).name = to;
  }

  /** Deliver an event to every live registration for it; resolves when the handlers have run. */
  async fire(event: Registration["event"], args: Record<string, unknown>): Promise<void> {
    const live = this.registrations.filter((r) => !r.removed && r.event === event && (r.sheetId === undefined || r.sheetId === args.worksheetId));
    await Promise.all(live.map((r) => r.handler(args)));
  }

  /** A cell edit on `sheet`, as `worksheet.onChanged` reports it. */
  fireChanged(sheet: string, address: string, triggerSource?: string): Promise<void> {
    const args: Record<string, unknown> = { worksheetId: this.sheet(sheet).id, address, changeType: "RangeEdited", source: "Local", type: "WorksheetChanged" };
    if (triggerSource !== undefined) args.triggerSource = triggerSource;
    return this.fire("changed", args);
  }

  // ----- the mock's insides -----

  /** Note a use of `cls.member`; one above the fake's level fails the next sync, as in Excel. */
  private touch(cls: string, member: string): void {
    if (!this.model.classes.get(cls)?.has(member)) return;
    const set = memberSet(this.model, cls, member);
    this.used.set(`${cls}.${member}`, set);
    if (set === null || this.supports(set)) return;
    this.violations.push(`${cls}.${member} (ExcelApi ${set})`);
    this.failure ??= new FakeExcelError("ApiNotFound", API_NOT_FOUND_MESSAGE);
  }

  /** What a member gave, as the adapter sees it: mocks of Excel classes gated in turn. */
  private gatedValue(value: unknown, type: string | null | undefined): unknown {
    const cls = classOf(this.model, type);
    if (cls === null) return value;
    if (Array.isArray(value)) return value.map((v) => (v instanceof OfficeMockObject ? this.gated(v, cls) : v));
    return value instanceof OfficeMockObject ? this.gated(value, cls) : value;
  }

  /** `mock` as an object of Office.js class `cls`: every member it gives is checked against the level. */
  private gated<T extends object>(mock: T, cls: string): T {
    const byClass = this.proxies.get(mock) ?? new Map<string, unknown>();
    this.proxies.set(mock, byClass);
    const known = byClass.get(cls);
    if (known) return known as T;
    const members = this.model.classes.get(cls);
    const proxy = new Proxy(mock, {
      get: (target, prop) => {
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof prop !== "string" || prop.startsWith("_")) return value;
        this.touch(cls, prop);
        const type = members?.get(prop)?.type;
        if (typeof value === "function") {
          return (...args: unknown[]) => this.gatedValue((value as (...a: unknown[]) => unknown).apply(target, args), type);
        }
        return this.gatedValue(value, type);
      },
      set: (target, prop, value) => {
        if (typeof prop === "string" && !prop.startsWith("_")) this.touch(cls, prop);
        return Reflect.set(target, prop, value, target);
      },
    });
    byClass.set(cls, proxy);
    return proxy;
  }

  private sheetOf(name: string, id: string | undefined, used: FakeSheet["used"]): FakeSheet {
    return {
      id: id ?? `{sheet-${this.nextId++}}`,
      name,
      used,
      ranges: [],
      activated: 0,
      frozenRows: [],
      pageLayouts: [],
      printMargins: [],
      printArea: [],
      printTitleRows: [],
      pageBreaks: [],
      usedRangeRequests: [],
    };
  }

  private track<T extends OfficeMockObject>(mock: T): T {
    this.mocks.push(mock);
    return mock;
  }

  private async sync(): Promise<void> {
    // Excel answers the batch: the collection's items as they are now, every queued load.
    if (this.itemsRequested) {
      const views = this.sheets.map((s) => {
        const v = this.sheetView(s);
        v.load("name,id");
        return v;
      });
      this.context.workbook.worksheets.items = views;
      this.itemsRequested = false;
    }
    for (const m of this.mocks) await m.sync();
    let failure = this.failure;
    this.failure = null;
    if (this.failNext && this.failSkip-- === 0) {
      failure = this.failNext;
      this.failNext = null;
    }
    if (failure) throw failure;
  }

  private register(event: Registration["event"], sheetId?: string) {
    return {
      add: (handler: Handler) => {
        const registration: Registration = { event, sheetId, handler, removed: false };
        this.registrations.push(registration);
        return {
          context: this.context,
          remove: () => {
            registration.removed = true;
          },
        };
      },
    };
  }

  private find(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }

  private worksheetsData(): Record<string, unknown> {
    const data: Record<string, unknown> = {
      load: (what: string) => {
        if (String(what).includes("items")) this.itemsRequested = true;
      },
      getItem: (key: string) => {
        const s = this.find(key);
        if (s) return this.sheetView(s);
        this.failure = new FakeExcelError("ItemNotFound", `The requested resource doesn't exist. (${key})`);
        return this.sheetView(this.sheetOf(key, "{missing}", null));
      },
      getItemOrNullObject: (key: string) => {
        const s = this.find(key);
        if (s) return this.sheetView(s);
        const gone = this.sheetView(this.sheetOf(key, key, null), true);
        return gone;
      },
      add: (name: string) => {
        if (this.find(name)) this.failure = new FakeExcelError("ItemAlreadyExists", `A sheet named ${name} exists.`);
        const s = this.sheetOf(name, undefined, null);
        this.sheets.push(s);
        this.writes.push(`add ${name}`);
        return this.sheetView(s);
      },
      onAdded: this.register("added"),
      onDeleted: this.register("deleted"),
    };
    // office.js has every member at every level; the gate refuses those above the fake's.
    data.onChanged = this.register("changed");
    data.onNameChanged = this.register("nameChanged");
    return data;
  }

  /** A worksheet object; `isNull` makes the null object `getItemOrNullObject` gives for a missing sheet. */
  private sheetView(s: FakeSheet, isNull = false): OfficeMockObject {
    const data: Record<string, unknown> = {
      name: s.name,
      id: s.id,
      activate: () => {
        s.activated++;
        this.writes.push(`activate ${s.name}`);
      },
      getRange: (address: string) => this.rangeView(s, address, false),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        s.usedRangeRequests.push(valuesOnly);
        if (isNull && this.options.goneSheetChain === "error") {
          this.failure = new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
        }
        return this.usedRangeMock(s, isNull ? null : s.used);
      },
      onChanged: this.register("changed", s.id),
    };
    data.freezePanes = {
      freezeRows: (n: number) => {
        s.frozenRows.push(n);
        this.writes.push(`freezeRows ${n}`);
      },
    };
    data.getRanges = (address: string) => this.rangeView(s, address, true);
    data.pageLayout = {
      headersFooters: { defaultForAllPages: {} },
      setPrintMargins: (unit: string, margins: Record<string, number>) => s.printMargins.push({ unit, margins }),
      setPrintArea: (area: string) => s.printArea.push(area),
      setPrintTitleRows: (rows: string) => s.printTitleRows.push(rows),
    };
    data.horizontalPageBreaks = { add: (at: string) => s.pageBreaks.push(at) };
    const view = this.track(new OfficeMockObject(data));
    view.isNullObject = isNull;
    if (view.pageLayout instanceof OfficeMockObject) s.pageLayouts.push(view.pageLayout);
    return view;
  }

  /** A used range as Excel answers it: values, address, and its place and size (0-based). */
  private usedRangeMock(s: FakeSheet, used: FakeSheet["used"]): OfficeMockObject {
    const box = used ? boxOf(used.address) : null;
    const m = this.track(
      new OfficeMockObject({
        values: used?.values ?? [],
        address: used ? `${quoted(s.name)}!${used.address}` : "",
        rowIndex: box?.top ?? 0,
        columnIndex: box?.left ?? 0,
        rowCount: box ? box.bottom - box.top + 1 : 0,
        columnCount: box ? box.right - box.left + 1 : 0,
      }),
    );
    m.isNullObject = used === null;
    return m;
  }

  private rangeView(s: FakeSheet, address: string, areas: boolean): OfficeMockObject {
    const record: RangeRecord = {
      sheet: s.name,
      address,
      mock: new OfficeMockObject({}),
      borders: new Map(),
      conditionalFormats: [],
      merged: [],
      selected: 0,
      areas,
    };
    const data: Record<string, unknown> = {
      format: {
        font: {},
        fill: {},
        autofitRows: () => {
          this.writes.push(`autofitRows ${address}`);
        },
        borders: {
          getItem: (edge: string) => {
            const existing = record.borders.get(edge);
            if (existing) return existing;
            const b = this.track(new OfficeMockObject({}));
            record.borders.set(edge, b);
            return b;
          },
        },
      },
      merge: (across?: boolean) => {
        record.merged.push(across === true);
        this.writes.push(`merge ${address}`);
      },
      select: () => {
        record.selected++;
      },
      // The used part of this range: the sheet's used range cut to it (values only, as asked).
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        s.usedRangeRequests.push(valuesOnly);
        return this.usedRangeMock(s, s.used ? cutUsed(s.used, address) : null);
      },
    };
    data.dataValidation = {};
    data.conditionalFormats = {
      add: (type: string) => {
        const cf = this.track(new OfficeMockObject({ custom: { rule: {}, format: { fill: {}, font: {} } } }));
        record.conditionalFormats.push({ type, mock: cf });
        return cf;
      },
    };
    record.mock = this.track(new OfficeMockObject(data));
    s.ranges.push(record);
    return record.mock;
  }
}

/**
 * The report's text checked sheet by sheet, each sheet's findings kept until its grid or what
 * they depend on changes. The core's text checks read every text cell of the workbook; a
 * department's data sheets hold hundreds of thousands, and the pane checks on every edit.
 *
 * Why sheet by sheet gives the core's answer: the checks read a sheet's lines on their own (a
 * section and the year a paragraph opens with end with the sheet, duplicates are per sheet), and
 * the one workbook-wide check — section 六 must speak of 信息处理费 — is about the first section 六
 * only; see `firstFeeNotice`. A test compares both ways over the text-check corpus.
 *
 * What a sheet's findings depend on is recorded, not guessed: the tables are handed to the check
 * behind a proxy that notes whether anything beyond their place (format, table, sheet, range,
 * year) was read. A data sheet whose text states nothing never reads a value, so an edit of the
 * report's numbers re-checks only the text that speaks of them.
 */
import type { LocatedTable } from "../core/located";
import { checkNarrativeText } from "../core/narrative";
import { proseLines, proseSections } from "../core/narrative/prose";
import type { Finding, SheetGrid } from "../core/types";

const FEE_NOTICE = "narrative.fee-notice-unmentioned";

/** What a check of one sheet may read of a table without depending on its cells. */
const PLACE: ReadonlySet<PropertyKey> = new Set(["format", "table", "sheet", "range", "year", "yearSource"]);

/** What a sheet's check read of the tables: `table#prop#key` → what it saw; `all` after anything else. */
interface Reads {
  keys: Map<string, string>;
  all: boolean;
}

interface Entry {
  place: string;
  reads: Reads;
  /** With `reads.all`: every table's cells and values as they were. */
  whole: string | null;
  findings: Finding[];
  /** Whether the sheet's text has a section 六 (computed on demand). */
  hasSix?: boolean;
}

const placeKey = (tables: readonly LocatedTable[], year: number | undefined): string =>
  `${year ?? ""}#${tables.map((t) => `${t.format}|${t.table}|${t.sheet}|${t.range}|${t.year}`).join(";")}`;

const wholeKey = (tables: readonly LocatedTable[]): string => JSON.stringify(tables.map((t) => [t.cells, t.values]));

const seen = (v: unknown): string => (v === undefined ? "u" : JSON.stringify(v));

/** The tables behind proxies that note what is read beyond their place, key by key. */
function watched(tables: readonly LocatedTable[], reads: Reads): LocatedTable[] {
  return tables.map((t, i) => {
    const records = new Map<PropertyKey, object>();
    const recordOf = (prop: "values" | "cells"): object => {
      let r = records.get(prop);
      if (!r) {
        const target = t[prop] as Record<string, unknown>;
        const prefix = `${i}#${prop}#`;
        r = new Proxy(target, {
          get(rec, key, receiver) {
            if (typeof key === "string") reads.keys.set(prefix + key, seen(rec[key]));
            else reads.all = true;
            return Reflect.get(rec, key, receiver) as unknown;
          },
          has(rec, key) {
            if (typeof key === "string") reads.keys.set(prefix + key, seen(rec[key]));
            else reads.all = true;
            return Reflect.has(rec, key);
          },
          ownKeys(rec) {
            reads.all = true;
            return Reflect.ownKeys(rec);
          },
        });
        records.set(prop, r);
      }
      return r;
    };
    return new Proxy(t, {
      get(target, key, receiver) {
        if (key === "values" || key === "cells") return recordOf(key);
        if (!PLACE.has(key)) reads.all = true;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  });
}

/** Whether what a sheet's check read of the tables is still what they hold. */
function stillSo(entry: Entry, tables: readonly LocatedTable[], whole: () => string): boolean {
  if (entry.reads.all) return entry.whole === whole();
  for (const [path, was] of entry.reads.keys) {
    const [i, prop] = path.split("#", 2);
    const key = path.slice(i.length + prop.length + 2);
    const record = tables[Number(i)]?.[prop as "values" | "cells"] as Record<string, unknown> | undefined;
    if (!record || seen(record[key]) !== was) return false;
  }
  return true;
}

export class TextCheckCache {
  private readonly entries = new WeakMap<SheetGrid, Entry>();
  /** Sheets checked (not taken from the cache) since this cache was made: for tests and benchmarks. */
  checked = 0;

  /** `checkNarrativeText(sheets, tables, { year })`, reusing each unchanged sheet's findings. */
  findings(sheets: readonly SheetGrid[], tables: readonly LocatedTable[], year?: number): Finding[] {
    const place = placeKey(tables, year);
    let wholeNow: string | null = null;
    const whole = (): string => (wholeNow ??= wholeKey(tables));
    const perSheet = sheets.map((sheet) => {
      const known = this.entries.get(sheet);
      if (known && known.place === place && stillSo(known, tables, whole)) return known;
      const reads: Reads = { keys: new Map(), all: false };
      const findings = checkNarrativeText([sheet], watched(tables, reads), year === undefined ? {} : { year });
      this.checked++;
      const entry: Entry = { place, reads, whole: reads.all ? whole() : null, findings };
      this.entries.set(sheet, entry);
      return entry;
    });
    return this.firstFeeNotice(sheets, tables, perSheet);
  }

  /**
   * Every sheet's findings, the section-六 one only if it comes from the workbook's first
   * section 六: from the first sheet that has one, and only if no sheet before has a section 六
   * (which then spoke of fees, or it would have its own finding).
   */
  private firstFeeNotice(sheets: readonly SheetGrid[], tables: readonly LocatedTable[], perSheet: Entry[]): Finding[] {
    const first = perSheet.findIndex((e) => e.findings.some((f) => f.rule === FEE_NOTICE));
    const keep = first >= 0 && !perSheet.slice(0, first).some((entry, i) => this.hasSix(sheets[i], entry, tables)) ? first : -1;
    const out: Finding[] = [];
    perSheet.forEach((entry, i) => {
      for (const f of entry.findings) if (f.rule !== FEE_NOTICE || i === keep) out.push(f);
    });
    return out;
  }

  /** Asked only when a later sheet has a section-六 finding to weigh: rare, so not precomputed. */
  private hasSix(sheet: SheetGrid, entry: Entry, tables: readonly LocatedTable[]): boolean {
    entry.hasSix ??= proseSections(proseLines([sheet], tables)).some((s) => s.numeral === "六" && /其他需要报告/.test(s.heading.text));
    return entry.hasSix;
  }
}

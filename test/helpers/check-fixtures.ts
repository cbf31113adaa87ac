/**
 * Consistent tables: non-trivial numbers (almost every cell non-zero) that satisfy every rule of
 * their format, built by hand or from the format's hierarchy. Tests change one thing and look at
 * what the checker says.
 */
import { cellKey, type CellKey, type FormatId, type TableId } from "../../src/core/formats/model";
import { dataColumns, dataRows } from "../../src/core/formats/derive";
import type { CellValue } from "../../src/core/types";
import { tableDefOf } from "./check-table";
import { SEED_NON_ZERO } from "./narrative-seed";

export type Values = Record<CellKey, CellValue>;

const v = (row: string): CellKey => cellKey(row, "value");

/** Legacy statistics table: every rule holds, most cells non-zero. */
export function consistentLegacy(): Values {
  const rows: Record<string, number> = {
    "L1.1": 10,
    "L1.1a": 3,
    "L1.1b": 5,
    "L1.2.1": 2,
    "L1.2.2": 10,
    "L1.2.3": 4,
    "L1.2.4": 4,
    "L1.2.5": 1,
    "L2.1": 3,
    "L2.2.1": 4,
    "L2.2.1a": 2,
    "L2.2.2": 3,
    "L2.2.2a": 1,
    "L2.2.3": 6,
    "L2.2.4": 2,
    "L2.2.5": 1,
    "L3.1": 15,
    "L3.1.1": 3,
    "L3.1.2": 1,
    "L3.1.3": 8,
    "L3.1.4": 2,
    "L3.1.5": 1,
    "L3.2": 14,
    "L3.2.1": 12,
    "L3.2.2": 2,
    "L3.3": 14,
    "L3.3.1": 2,
    "L3.3.2": 4,
    "L3.3.3": 2,
    "L3.3.4": 3,
    "L3.3.4a": 1,
    "L3.3.4b": 0,
    "L3.3.4c": 1,
    "L3.3.4d": 0,
    "L3.3.4e": 1,
    "L3.3.4f": 0,
    "L3.3.5": 1,
    "L3.3.6": 1,
    "L3.3.7": 0,
    "L3.3.8": 1,
    L4: 3,
    "L4.1": 1,
    "L4.2": 1,
    "L4.3": 1,
    L5: 2,
    "L5.1": 1,
    "L5.2": 0,
    "L5.3": 1,
    L6: 4,
    "L6.1": 2,
    "L6.2": 1,
    "L6.3": 1,
    L7: 5,
    "L7.1": 3,
    "L7.2": 2,
    L8: 0.35,
    "L9.1": 1,
    "L9.2": 2,
    "L9.3": 3,
    "L9.3.1": 1,
    "L9.3.2": 2,
    "L9.4": 1.5,
    "L10.1": 2,
    "L10.2": 1,
    "L10.3": 30,
  };
  return Object.fromEntries(Object.entries(rows).map(([r, n]) => [v(r), n]));
}

/**
 * The seed report's table (2017; formats.md §1, column "seed value"): zeros except for the cells
 * listed. Its only inconsistency is 主动公开规范性文件数 4 > 制发规范性文件总数 0.
 */
export function seedLegacy(): Values {
  const def = tableDefOf("legacy-2014", "L");
  return Object.fromEntries(dataRows(def.blocks[0]).map((r) => [v(r.key), SEED_NON_ZERO[r.key] ?? 0]));
}

/** Table A: 规章 stays 0 (any 规章 is an info finding), every other cell non-zero. */
export function consistentA(format: FormatId): Values {
  if (format === "national-2021") {
    return {
      "A1.1|issued": 0,
      "A1.1|repealed": 0,
      "A1.1|effective": 0,
      "A1.2|issued": 3,
      "A1.2|repealed": 1,
      "A1.2|effective": 20,
      "A5.1|decisions": 120,
      "A6.1|decisions": 45,
      "A6.2|decisions": 6,
      "A8.1|fee": 12.5,
    };
  }
  return {
    "A1.1|made": 0,
    "A1.1|published": 0,
    "A1.1|total": 0,
    "A1.2|made": 5,
    "A1.2|published": 4,
    "A1.2|total": 30,
    "A5.1|previous": 10,
    "A5.1|change": -2,
    "A5.1|decisions": 50,
    "A5.2|previous": 4,
    "A5.2|change": 1,
    "A5.2|decisions": 8,
    "A6.1|previous": 6,
    "A6.1|change": 2,
    "A6.1|decisions": 30,
    "A6.2|previous": 3,
    "A6.2|change": 1,
    "A6.2|decisions": 2,
    "A8.1|previous": 5,
    "A8.1|change": -1,
    "A9.1|count": 3,
    "A9.1|amount": 150.25,
  };
}

/**
 * Table B from its hierarchy: every outcome row × applicant column gets a small varied number
 * ≥ 1, （七）总计 and the 总计 column are the sums, and 一 + 二 = 三 + 四 in every column.
 */
export function consistentB(format: FormatId): Values {
  const block = tableDefOf(format, "B").blocks[0];
  const applicants = dataColumns(block).filter((c) => c.role === "part");
  const outcomes = dataRows(block).filter((r) => r.role === "part");
  const out: Values = {};
  const put = (row: string, column: string, n: number): void => {
    out[cellKey(row, column)] = n;
  };
  applicants.forEach((c, j) => {
    let closed = 0;
    outcomes.forEach((r, i) => {
      const n = ((i * 7 + j * 3) % 5) + 1;
      put(r.key, c.key, n);
      closed += n;
    });
    put("B3.7", c.key, closed);
    const carriedIn = j + 2;
    const carriedOut = j + 1;
    put("B2", c.key, carriedIn);
    put("B4", c.key, carriedOut);
    put("B1", c.key, closed + carriedOut - carriedIn);
  });
  for (const r of dataRows(block)) {
    put(
      r.key,
      "total",
      applicants.reduce((s, c) => s + (out[cellKey(r.key, c.key)] as number), 0),
    );
  }
  return out;
}

/** Table C: every outcome ≥ 1 and each 总计 the sum of its four outcomes. */
export function consistentC(): Values {
  const groups: Record<string, [number, number, number, number]> = {
    review: [2, 1, 1, 3],
    direct: [3, 2, 1, 1],
    afterReview: [1, 1, 2, 1],
  };
  const out: Values = {};
  for (const [group, [upheld, corrected, other, pending]] of Object.entries(groups)) {
    out[`C1|${group}.upheld`] = upheld;
    out[`C1|${group}.corrected`] = corrected;
    out[`C1|${group}.other`] = other;
    out[`C1|${group}.pending`] = pending;
    out[`C1|${group}.total`] = upheld + corrected + other + pending;
  }
  return out;
}

/** The consistent table of any format and table id. */
export function consistent(format: FormatId, table: TableId): Values {
  switch (table) {
    case "L":
      return consistentLegacy();
    case "A":
      return consistentA(format);
    case "B":
      return consistentB(format);
    case "C":
      return consistentC();
  }
}

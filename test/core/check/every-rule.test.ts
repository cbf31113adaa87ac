/**
 * Every rule id of every format and table has a passing and a failing case. The ids are taken
 * from `deriveRules`, so a rule added to a format without a case here makes this test fail.
 */
import { checkTable } from "../../../src/core/check";
import { deriveRules } from "../../../src/core/formats/derive";
import { FORMATS, FORMAT_IDS } from "../../../src/core/formats";
import type { FormatId, TableId } from "../../../src/core/formats/model";
import type { Severity } from "../../../src/core/types";
import { consistent, type Values } from "../../helpers/check-fixtures";
import { makeTable } from "../../helpers/check-table";

interface RuleCase {
  /** Changes to the consistent table under which the rule holds (default: none). */
  pass?: Values;
  /** Changes under which it fails, and the severity it must then have. */
  fail: Array<{ values: Values; severity: Severity }>;
}

const L = (row: string): string => `${row}|value`;
const zeros = (...rows: string[]): Values => Object.fromEntries(rows.map((r) => [L(r), 0]));

const legacy: Record<string, RuleCase> = {
  "L-sum-L3.1": { fail: [{ values: { [L("L3.1")]: 16 }, severity: "error" }] },
  "L-sum-L3.2": { fail: [{ values: { [L("L3.2.2")]: 3 }, severity: "error" }] },
  "L-sum-L3.3": { fail: [{ values: { [L("L3.3.8")]: 0 }, severity: "error" }] },
  "L-sum-L3.3.4": {
    fail: [
      // More reasons than refusals cannot be; fewer is odd but possible.
      { values: { [L("L3.3.4b")]: 1 }, severity: "error" },
      { values: { [L("L3.3.4a")]: 0 }, severity: "warning" },
    ],
  },
  "L-sum-L4": { fail: [{ values: { [L("L4.2")]: 2 }, severity: "error" }] },
  "L-sum-L5": { fail: [{ values: { [L("L5")]: 1 }, severity: "error" }] },
  "L-sum-L6": { fail: [{ values: { [L("L6.3")]: "" }, severity: "error" }] },
  "L-sum-L7": { fail: [{ values: { [L("L7.2")]: 4 }, severity: "warning" }] },
  "L-sum-L9.3": { fail: [{ values: { [L("L9.3.1")]: 2 }, severity: "error" }] },
  "L-subset-L1.1a": { pass: { [L("L1.1a")]: 10, [L("L1.1b")]: 10 }, fail: [{ values: { [L("L1.1a")]: 11 }, severity: "error" }] },
  "L-subset-L2.2.1a": { pass: { [L("L2.2.1a")]: 4 }, fail: [{ values: { [L("L2.2.1a")]: 5 }, severity: "error" }] },
  "L-subset-L2.2.2a": { pass: { [L("L2.2.2a")]: 3 }, fail: [{ values: { [L("L2.2.2a")]: 4 }, severity: "error" }] },
  "L-channel-le-total": { pass: { [L("L1.2.3")]: 10 }, fail: [{ values: { [L("L1.2.3")]: 11 }, severity: "error" }] },
  "L-channels-cover": {
    pass: { ...zeros("L1.2.1", "L1.2.3", "L1.2.4", "L1.2.5"), [L("L1.2.2")]: 10 },
    fail: [{ values: { ...zeros("L1.2.1", "L1.2.3", "L1.2.4", "L1.2.5"), [L("L1.2.2")]: 9 }, severity: "error" }],
  },
  "L-closed-le-received": {
    pass: { [L("L3.2")]: 15, [L("L3.2.1")]: 13 },
    fail: [{ values: { [L("L3.2")]: 16, [L("L3.2.1")]: 14 }, severity: "warning" }],
  },
  "L-replied-eq-closed": {
    fail: [{ values: { [L("L3.3")]: 13, [L("L3.3.2")]: 3 }, severity: "warning" }],
  },
  "L-fee-without-request": {
    pass: { ...zeros("L3.1", "L3.1.1", "L3.1.2", "L3.1.3", "L3.1.4", "L3.1.5", "L8") },
    fail: [{ values: zeros("L3.1", "L3.1.1", "L3.1.2", "L3.1.3", "L3.1.4", "L3.1.5"), severity: "error" }],
  },
  "L-handled-without-request": {
    pass: {
      ...zeros("L3.1", "L3.1.1", "L3.1.2", "L3.1.3", "L3.1.4", "L3.1.5", "L3.2", "L3.2.1", "L3.2.2"),
      ...zeros("L3.3", "L3.3.1", "L3.3.2", "L3.3.3", "L3.3.4", "L3.3.4a", "L3.3.4c", "L3.3.4e"),
      ...zeros("L3.3.5", "L3.3.6", "L3.3.8"),
    },
    fail: [{ values: zeros("L3.1", "L3.1.1", "L3.1.2", "L3.1.3", "L3.1.4", "L3.1.5"), severity: "warning" }],
  },
  "L-normative-published-le-issued": {
    pass: { [L("L1.1b")]: 3 },
    fail: [{ values: { [L("L1.1b")]: 2 }, severity: "warning" }],
  },
  "L-body-without-staff": {
    pass: zeros("L9.1", "L9.3", "L9.3.1", "L9.3.2"),
    fail: [{ values: zeros("L9.3", "L9.3.1", "L9.3.2"), severity: "warning" }],
  },
  "L-training-without-trainees": {
    pass: zeros("L10.2", "L10.3"),
    fail: [{ values: zeros("L10.3"), severity: "warning" }],
  },
};

const tableB: Record<string, RuleCase> = {
  "B-R1": {
    fail: [{ values: { "B4|research": 99 }, severity: "error" }],
  },
  "B-R2": { fail: [{ values: { "B3.7|legal": 1 }, severity: "error" }] },
  "B-R3": { fail: [{ values: { "B3.1|total": 0 }, severity: "error" }] },
};

const tableC: Record<string, RuleCase> = {
  "C-review-total": { fail: [{ values: { "C1|review.total": 6 }, severity: "error" }] },
  "C-direct-total": { fail: [{ values: { "C1|direct.pending": 2 }, severity: "error" }] },
  "C-after-review-total": { fail: [{ values: { "C1|afterReview.other": 0 }, severity: "error" }] },
};

const cases: Record<FormatId, Partial<Record<TableId, Record<string, RuleCase>>>> = {
  "legacy-2014": { L: legacy },
  "national-2019": {
    A: {
      "A-published-le-total": {
        pass: { "A1.2|published": 30 },
        fail: [{ values: { "A1.2|published": 31 }, severity: "warning" }],
      },
      "A-items-not-negative": {
        pass: { "A5.1|change": -10 },
        fail: [{ values: { "A5.1|change": -11 }, severity: "error" }],
      },
      "A-regulation-level": { fail: [{ values: { "A1.1|total": 2 }, severity: "info" }] },
    },
    B: tableB,
    C: tableC,
  },
  "national-2021": {
    A: {
      "A-effective-ge-issued": {
        pass: { "A1.2|effective": 3 },
        fail: [{ values: { "A1.2|effective": 2 }, severity: "warning" }],
      },
      "A-regulation-level": { fail: [{ values: { "A1.1|issued": 1, "A1.1|effective": 1 }, severity: "info" }] },
      "A-fee-in-yuan": {
        pass: { "A8.1|fee": 9999.99 },
        fail: [{ values: { "A8.1|fee": 125000 }, severity: "warning" }],
      },
    },
    B: tableB,
    C: tableC,
  },
};

for (const format of FORMAT_IDS) {
  for (const def of FORMATS[format].tables) {
    const ids = [...new Set(deriveRules(def).map((r) => r.id))];
    const table = def.id;

    describe(`${format} table ${table}`, () => {
      test("the consistent table has no finding at all", () => {
        expect(checkTable(makeTable(format, table, consistent(format, table)))).toEqual([]);
      });

      test("every rule has a case", () => {
        const missing = ids.filter((id) => !cases[format][table]?.[id]);
        expect(missing).toEqual([]);
      });

      for (const id of ids) {
        const c = cases[format][table]?.[id];
        if (!c) continue;
        test(`${id} holds`, () => {
          const findings = checkTable(makeTable(format, table, { ...consistent(format, table), ...c.pass }));
          expect(findings.filter((f) => f.rule === id)).toEqual([]);
        });
        c.fail.forEach((f, i) => {
          test(`${id} fails (${i + 1}: ${f.severity})`, () => {
            const findings = checkTable(makeTable(format, table, { ...consistent(format, table), ...f.values }));
            const mine = findings.filter((x) => x.rule === id);
            expect(mine.length).toBeGreaterThan(0);
            expect(mine.map((x) => x.severity)).toContain(f.severity);
            for (const x of mine) {
              expect(x.table).toBe(table);
              expect(x.cells.length).toBeGreaterThan(0);
              expect(x.message).toMatch(/：/);
            }
          });
        });
      }
    });
  }
}

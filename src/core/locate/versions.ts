/**
 * The version of a national table that cannot tell by itself (Table C is the same in 2019 and
 * 2021; a Table A or B may have lost the rows that differ): the version its sheet's other tables
 * show, else the workbook's, else the report year's, else 2021.
 */
import { formatForYear } from "../formats";
import type { Candidate, Reading } from "./candidate";

type National = "national-2019" | "national-2021";

/** The version a report year asks for; years before 2019 get the nearest national one. */
const byYear = (year: number | null): National => (year !== null && formatForYear(Math.max(year, 2019)).id === "national-2019" ? "national-2019" : "national-2021");

/** The national version most tables in `pool` show (a tie goes by the year), or null if none shows one. */
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
  return byYear(year);
}

/** The version for a table that cannot tell by itself: its sheet, the workbook, the year, 2021. */
export function settleVersion(c: Candidate, all: readonly Candidate[], year: number | null): Reading {
  const sameSheet = all.filter((o) => o.sheetIndex === c.sheetIndex);
  const want = majority(sameSheet, year) ?? majority(all, year) ?? byYear(year);
  return c.readings.find((r) => r.format === want) ?? c.readings[0];
}

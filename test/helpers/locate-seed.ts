/**
 * The seed: a real 2017 report (`test/core/locate/fixtures/seed-2017-report.txt`), narrative
 * first, then its statistics table printed one cell per tab-indented line, rows separated by a
 * blank line. Read back into what a sheet of it holds.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { CellValue } from "../../src/core/types";

export interface SeedReport {
  /** The narrative, one paragraph per entry. */
  prose: string[];
  /** `2017年度政府信息公开工作情况统计表` */
  title: string;
  /** The table's rows (header first), three cells each, exactly as printed. */
  table: CellValue[][];
}

export function readSeed(): SeedReport {
  const lines = readFileSync(join(__dirname, "../core/locate/fixtures/seed-2017-report.txt"), "utf8").split("\n");
  const titleAt = lines.findIndex((l) => /^\d{4}年度.*统计表\s*$/.test(l));
  if (titleAt < 0) throw new Error("seed: no table title");
  const prose = lines
    .slice(0, titleAt)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const table: CellValue[][] = [];
  let row: CellValue[] = [];
  for (const line of lines.slice(titleAt + 1)) {
    if (line.startsWith("\t")) row.push(line.slice(1));
    else if (row.length) {
      table.push(row);
      row = [];
    }
  }
  if (row.length) table.push(row);
  return { prose, title: lines[titleAt].trim(), table };
}

/**
 * A real published report (淮安市人民政府 2024, national-2021; /work/shared/fixtures/real): its
 * tables as transcribed cell by cell, its prose as a document reader presents it (sheet 正文, one
 * paragraph per row; fixtures/make-huaian-text.py). Its text states 受理 3119 件, 答复 3050 件 (含
 * 上年度结转申请 34 件), 行政复议 351 件, 行政诉讼 46 件, 信息处理费 3940 元 — all agreeing with
 * its tables: the text checks must raise nothing. The same text against a table with one number
 * changed must name that number.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { FORMATS } from "../../../src/core/formats";
import { checkNarrativeText } from "../../../src/core/narrative";
import type { CellValue, Finding } from "../../../src/core/types";
import { bookGrids } from "../../../src/readers/book";
import { buildTables, type Overrides } from "../../helpers/narrative-tables";

interface Transcribed {
  table: "A" | "B" | "C";
  key?: string;
  row: string;
  col: string;
  value: string;
}

const FIXTURES = join(__dirname, "fixtures");
const real = JSON.parse(readFileSync(join(FIXTURES, "huaian-szf-2024.json"), "utf8")) as { year: number; cells: Transcribed[] };
const paragraphs = readFileSync(join(FIXTURES, "huaian-szf-2024-text.txt"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "");

const format = FORMATS["national-2021"];
const blocksOf = (id: string) => format.tables.find((t) => t.id === id)?.blocks ?? [];
const C_GROUPS = ["review", "direct", "afterReview"];
const C_OUTCOMES = ["upheld", "corrected", "other", "pending", "total"];

/** The transcription as overrides of `buildTables`: every printed cell by its key. */
function transcribed(): Overrides {
  const out: Required<Pick<Overrides, "A" | "B" | "C">> = { A: {}, B: {}, C: {} };
  for (const c of real.cells) {
    const value: CellValue = Number(c.value);
    if (c.table === "C") {
      const [g, o] = (c.key ?? "").slice(1).split(".").map(Number);
      out.C[`C1|${C_GROUPS[g]}.${C_OUTCOMES[o]}`] = value;
      continue;
    }
    for (const block of blocksOf(c.table)) {
      const row = c.table === "B" ? block.rows.find((r) => r.key === c.key) : block.rows.find((r) => r.label === c.row);
      const column = block.columns.find((col) => col.label === c.col && !col.group);
      if (row && column) out[c.table][`${row.key}|${column.key}`] = value;
    }
  }
  return out;
}

function check(overrides: Overrides): Finding[] {
  const built = buildTables("national-2021", real.year, overrides);
  const grids = bookGrids({ form: "pdf", sheets: [{ grid: built.sheet, hidden: false, uncachedFormulas: [] }], text: paragraphs, notes: [] });
  return checkNarrativeText(grids, built.tables);
}

const table = transcribed();

test("every printed cell of the transcription is placed", () => {
  const placed = Object.keys(table.A ?? {}).length + Object.keys(table.B ?? {}).length + Object.keys(table.C ?? {}).length;
  expect(placed).toBe(real.cells.length);
  expect(table.B?.["B1|total"]).toBe(3119);
});

test("as published: the text agrees with the tables, nothing is raised", () => {
  expect(check(table)).toEqual([]);
});

describe("the same text against a table with one number changed", () => {
  const changed = (id: "B" | "C", key: string, value: number): Overrides => ({ ...table, [id]: { ...table[id], [key]: value } });
  const paragraph = paragraphs.findIndex((p) => p.startsWith("（二）依申请公开情况")) + 1;

  test.each([
    ["B", "B1|total", 3000, "称收到政府信息公开申请 3119 件"],
    ["B", "B2|total", 30, "称上年结转 34 件"],
    ["B", "B3.7|total", 3000, "称答复 3050 件"],
    ["C", "C1|review.total", 350, "称行政复议 351 件"],
    ["C", "C1|afterReview.total", 21, "称行政诉讼 46 件"],
  ] as const)("%s %s = %d", (id, key, value, said) => {
    const findings = check(changed(id, key, value));
    expect(findings.map((f) => f.rule)).toEqual(["narrative.number-mismatch"]);
    expect(findings[0].cells[0]).toBe(`A${paragraph}`);
    expect(findings[0].message).toContain(said);
  });
});

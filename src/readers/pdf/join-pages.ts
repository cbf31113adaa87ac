/**
 * Tables that continue across a page break become one table: the last table of a page with no
 * running text below it, and the first table of the next page with none above it, spanning the
 * same width with the same column borders. The continuation is moved under the first part (as if
 * the page break were not there) and the joined lattice is built from both parts' lines.
 */
import { buildLattice, type Line, mergeLines } from "./lattice";
import { isFurniture } from "./furniture";
import { textLines } from "./lines";
import type { PageLayout, PageTable } from "./page-tables";
import { bounds } from "./page-tables";
import type { Run } from "./runs";

/** How far the edges of the two parts may differ (points): page setups shift a table slightly. */
const EDGE_TOLERANCE = 6;
/** The share of the continuation's column borders that must match the first part's. */
const MATCHING_COLUMNS = 0.6;

function bodyLines(layout: PageLayout): { y: number }[] {
  return textLines(layout.loose).filter((l) => !isFurniture(l, layout.height));
}

function columnBorders(t: PageTable): number[] {
  return [...new Set(t.vertical.map((v) => Math.round(v.at - t.left)))];
}

function continues(first: PageTable, firstPage: PageLayout, next: PageTable, nextPage: PageLayout): boolean {
  if (bodyLines(firstPage).some((l) => l.y > first.bottom)) return false;
  if (bodyLines(nextPage).some((l) => l.y < next.top)) return false;
  if (Math.abs(first.left - next.left) > EDGE_TOLERANCE || Math.abs(first.right - next.right) > EDGE_TOLERANCE) return false;
  const mine = columnBorders(first);
  const theirs = columnBorders(next);
  if (theirs.length === 0) return false;
  const matching = theirs.filter((x) => mine.some((m) => Math.abs(m - x) <= EDGE_TOLERANCE)).length;
  return matching >= MATCHING_COLUMNS * theirs.length;
}

const shiftLine = (l: Line, by: number): Line => ({ at: l.at + by, from: l.from, to: l.to });
const spanLine = (l: Line, by: number): Line => ({ at: l.at, from: l.from + by, to: l.to + by });

/** `next` moved so its top edge lies on `first`'s bottom edge and its left edge on `first`'s. */
function append(first: PageTable, next: PageTable): PageTable {
  const dy = first.bottom - next.top;
  const dx = first.left - next.left;
  const horizontal = mergeLines([...first.horizontal, ...next.horizontal.map((h) => spanLine(shiftLine(h, dy), dx))]);
  const vertical = mergeLines([...first.vertical, ...next.vertical.map((v) => spanLine(shiftLine(v, dx), dy))]);
  const runs: Run[] = [...first.runs, ...next.runs.map((r) => ({ ...r, x: r.x + dx, y: r.y + dy }))];
  const lattice = buildLattice(horizontal, vertical);
  return { page: first.page, horizontal, vertical, runs, seams: [...first.seams, first.bottom], ...(lattice ? bounds(lattice) : first) };
}

/** All tables of the document in order, continuations joined to the table they continue. */
export function joinAcrossPages(pages: PageLayout[]): PageTable[] {
  const out: PageTable[] = [];
  let open: { table: PageTable; layout: PageLayout } | null = null;
  for (const layout of pages) {
    layout.tables.forEach((table, i) => {
      if (i === 0 && open && open.layout.page === layout.page - 1 && continues(open.table, open.layout, table, layout)) {
        const joined = append(out[out.length - 1], table);
        out[out.length - 1] = joined;
        // The joined table's last part is on this page now: a third page may continue it.
        open = { table, layout };
        return;
      }
      out.push(table);
      open = { table, layout };
    });
    if (layout.tables.length > 0 || bodyLines(layout).length > 0) {
      const last = layout.tables[layout.tables.length - 1];
      open = last ? { table: last, layout } : null;
    }
  }
  return out;
}

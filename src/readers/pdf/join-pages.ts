/**
 * Tables that continue across a page break become one table: the last table of a page with no
 * running text below it, and the first table of the next page with none above it, spanning the
 * same width with the same column borders. The continuation is moved under the first part (as if
 * the page break were not there) and the joined lattice is built from both parts' lines.
 */
import { buildLattice, type Line, mergeLines, SNAP } from "./lattice";
import { bodyLines } from "./furniture";
import type { TextLine } from "./lines";
import type { PageLayout, PageTable } from "./page-tables";
import { bounds } from "./page-tables";
import { centreY, type Run } from "./runs";

/** How far the edges of the two parts may differ (points): page setups shift a table slightly. */
const EDGE_TOLERANCE = 6;
/** The share of column borders that must match between the two parts. */
const MATCHING_COLUMNS = 0.6;

/** "续表" (or "（续表）") above a continuation is part of the break, not text between two tables. */
const CONTINUED = /^[(（]?续表[)）]?/;

function columnBorders(t: PageTable): number[] {
  return [...new Set(t.vertical.map((v) => Math.round(v.at - t.left)))];
}

function continues(first: PageTable, firstBody: TextLine[], next: PageTable, nextBody: TextLine[]): boolean {
  if (firstBody.some((l) => l.y > first.bottom)) return false;
  if (nextBody.some((l) => l.y < next.top && !CONTINUED.test(l.text))) return false;
  if (Math.abs(first.left - next.left) > EDGE_TOLERANCE || Math.abs(first.right - next.right) > EDGE_TOLERANCE) return false;
  // One part may have fewer borders (a header row of two wide cells above the break): most of the
  // borders of the part with fewer must be borders of the other.
  const [fewer, more] = [columnBorders(first), columnBorders(next)].sort((a, b) => a.length - b.length);
  if (fewer.length < 2) return false;
  const matching = fewer.filter((x) => more.some((m) => Math.abs(m - x) <= EDGE_TOLERANCE)).length;
  return matching >= MATCHING_COLUMNS * fewer.length;
}

const shiftLine = (l: Line, by: number): Line => ({ at: l.at + by, from: l.from, to: l.to });
const spanLine = (l: Line, by: number): Line => ({ at: l.at, from: l.from + by, to: l.to + by });

/** Each grid row's text, top down: what a repeated header row is recognised by. */
function rowTexts(t: PageTable): { texts: string[]; ys: number[] } {
  const lattice = buildLattice(t.horizontal, t.vertical);
  if (!lattice) return { texts: [], ys: [] };
  const texts = lattice.ys.slice(1).map((bottom, r) => {
    const top = lattice.ys[r];
    const inRow = t.runs.filter((run) => centreY(run) > top && centreY(run) < bottom);
    return inRow
      .sort((a, b) => a.x - b.x || a.y - b.y)
      .map((run) => run.str)
      .join("")
      .replace(/\s+/g, "");
  });
  return { texts, ys: lattice.ys };
}

/**
 * The continuation without the header rows it repeats (Word's 重复标题行, a spreadsheet's print
 * titles): its leading rows whose text equals the first part's leading rows.
 */
function withoutRepeatedHeader(first: PageTable, next: PageTable): PageTable {
  const a = rowTexts(first).texts;
  const { texts: b, ys } = rowTexts(next);
  let k = 0;
  while (k < b.length - 1 && k < a.length && b[k] !== "" && b[k] === a[k]) k++;
  if (k === 0) return next;
  const cut = ys[k];
  return {
    ...next,
    horizontal: next.horizontal.filter((h) => h.at >= cut - SNAP),
    vertical: next.vertical.filter((v) => v.to > cut + SNAP).map((v) => ({ ...v, from: Math.max(v.from, cut) })),
    runs: next.runs.filter((r) => centreY(r) > cut),
    top: cut,
  };
}

/** `next` moved so its top edge lies on `first`'s bottom edge and its left edge on `first`'s. */
function append(first: PageTable, continuation: PageTable): PageTable {
  const next = withoutRepeatedHeader(first, continuation);
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
  const bodies = bodyLines(pages);
  let open: { table: PageTable; layout: PageLayout; body: TextLine[] } | null = null;
  for (const [p, layout] of pages.entries()) {
    const body = bodies[p];
    layout.tables.forEach((table, i) => {
      if (i === 0 && open && open.layout.page === layout.page - 1 && continues(open.table, open.body, table, body)) {
        const joined = append(out[out.length - 1], table);
        out[out.length - 1] = joined;
        // The joined table's last part is on this page now: a third page may continue it.
        open = { table, layout, body };
        return;
      }
      out.push(table);
      open = { table, layout, body };
    });
    if (layout.tables.length > 0 || body.length > 0) {
      const last = layout.tables[layout.tables.length - 1];
      open = last ? { table: last, layout, body } : null;
    }
  }
  return out;
}

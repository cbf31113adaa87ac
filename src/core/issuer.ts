/**
 * Whose report this is, as far as a rule needs to know: a people's government's own report
 * (`淮安市人民政府2024年政府信息公开工作年度报告`) covers its whole administration, so bounds set for
 * what one department plausibly reports (10000 万元 of fees) do not apply to it. Read from the
 * report's title; a department of a government (`…人民政府办公室`, `…人民政府国有资产监督管理委员会`)
 * stays a department.
 */
import type { SheetGrid } from "./types";

/** The report's title, with the issuer before the year (`X2024年…`) or after it (`2024年X…`). */
const TITLE = /^(.*?)(?:19|20)\d{2}年度?(.*?)政府信息公开(?:工作)?年度报告/;
/** Titles sit near the top of a sheet or of the text; prose further down is not searched. */
const ROWS_SEARCHED = 60;
const MAX_TITLE_LENGTH = 80;

const flat = (text: string): string => text.normalize("NFKC").replace(/\s+/g, "");
/** A line that can be the first line of a title broken in two: short, no sentence punctuation. */
const TITLE_LINE = /^[^,。;:!?，；：]{2,40}$/;

/**
 * The issuer a title names; `above` is the text just above it, for a title set on two lines
 * (`淮安市人民政府` / `2024年政府信息公开工作年度报告`, as PDFs and Word titles often are).
 */
function issuerOf(text: string, above: string | null): string | null {
  const line = flat(text);
  if (line.length > MAX_TITLE_LENGTH) return null;
  const m = TITLE.exec(line);
  if (!m) return null;
  const issuer = (m[1] || m[2]).replace(/[《》“”"]/g, "");
  if (issuer) return issuer;
  const first = above === null ? "" : flat(above);
  return TITLE_LINE.test(first) ? first : null;
}

/** The issuer named by the first report title found, or null. */
export function reportIssuer(sheets: readonly SheetGrid[]): string | null {
  let found: string | null = null;
  for (const sheet of sheets) {
    const rows = Math.min(sheet.values.length, ROWS_SEARCHED);
    for (let r = 0; r < rows; r++) {
      sheet.values[r].forEach((v, c) => {
        if (found !== null || typeof v !== "string" || !v.includes("年度报告")) return;
        found = issuerOf(v, textAbove(sheet, r, c));
      });
      if (found !== null) return found;
    }
  }
  return null;
}

/** The nearest text above a cell in its column, skipping blank lines. */
function textAbove(sheet: SheetGrid, row: number, col: number): string | null {
  for (let r = row - 1; r >= 0; r--) {
    const v = sheet.values[r][col];
    if (typeof v === "string" && v.trim()) return v;
    if (v !== null && v !== undefined && v !== "") return null;
  }
  return null;
}

/** Is the report a people's government's own (not one of its departments')? */
export const isGovernmentIssuer = (issuer: string | null): boolean => issuer !== null && /人民政府$/.test(issuer);

/**
 * Is it the own report of a government that can make 规章: a province's, an autonomous region's or a
 * city's (`淮安市人民政府`), not a district's or a county's (`朝阳区人民政府`). A county-level city
 * (`昆山市人民政府`) cannot be told from its name and is taken as a city: the rule it escapes is a 提示.
 */
export const isCityGovernmentIssuer = (issuer: string | null): boolean => issuer !== null && /(?:省|自治区|市)人民政府$/.test(issuer);

/** Does a bound with this scope apply to the report of `issuer`? */
export function boundApplies(scope: "department" | "below-city" | undefined, issuer: string | null): boolean {
  if (scope === "department") return !isGovernmentIssuer(issuer);
  if (scope === "below-city") return !isCityGovernmentIssuer(issuer);
  return true;
}

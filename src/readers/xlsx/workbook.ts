/**
 * The workbook part: its sheets in order (name, hidden state, where each sheet's part is) and
 * whether dates count from 1904. Relationship targets are resolved as OPC says: relative to the
 * part that holds them, or from the package root when they start with "/".
 */
import { ReaderError } from "../errors";
import type { ZipArchive } from "../zip";
import { scanWhole } from "./scan";
import { attributesNamed, parseText } from "./xml";

export interface SheetEntry {
  name: string;
  hidden: boolean;
  /** The worksheet's part name in the zip, or null for a chart sheet or a missing relationship. */
  part: string | null;
}

export interface WorkbookInfo {
  /** The workbook part's name (`xl/workbook.xml` in every file Excel writes). */
  part: string;
  sheets: SheetEntry[];
  date1904: boolean;
  /** Parts the workbook relates to, by type (the last path segment of the relationship type). */
  related: Map<string, string>;
}

const NOT_A_WORKBOOK = "这是一个压缩文件，但其中没有 Excel 工作表（可能是改了扩展名的 Word 文档或其他文件）；请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再校验";

/**
 * A target of ordinary segments only (`worksheets/sheet1.xml`): printable ASCII without a
 * backslash, not from the root, no empty, "." or ".." segment. Resolving it is joining it to
 * the source's folder, which is what the general path below gives for it.
 */
function isPlainRelative(target: string): boolean {
  const n = target.length;
  if (n === 0) return false;
  let segmentStart = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? target.charCodeAt(i) : 47;
    if (c === 47 /* / */) {
      const length = i - segmentStart;
      if (length === 0) return false;
      if (target.charCodeAt(segmentStart) === 46 && (length === 1 || (length === 2 && target.charCodeAt(segmentStart + 1) === 46))) return false;
      segmentStart = i + 1;
    } else if (c <= 32 || c >= 127 || c === 92 /* \ */) return false;
  }
  return true;
}

/** Resolve a relationship's target against the part that holds the relationship. */
export function resolveTarget(source: string, target: string): string {
  // Every relationship of a workbook Excel writes: no regular expression, split or join.
  if (isPlainRelative(target)) return source.slice(0, source.lastIndexOf("/") + 1) + target;
  const clean = target.replace(/\\/g, "/").trim();
  if (clean.startsWith("/")) return clean.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const seg of clean.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export const relsOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** A relationship type's last path segment (`…/relationships/worksheet` → `worksheet`), as split("/").pop() gives it. */
const lastSegment = (type: string): string => type.slice(type.lastIndexOf("/") + 1);

/** The attributes read from a relationship, and the elements read from the workbook part (the rest pass unparsed). */
const RELATIONSHIP_ATTRIBUTES = ["Id", "Type", "Target", "TargetMode"];
const WORKBOOK_ELEMENTS = ["sheet", "workbookPr"];

export function readRelationships(zip: ZipArchive, source: string): Relationship[] {
  const relsPart = relsOf(source);
  const xml = zip.text(relsPart);
  if (xml === null) return [];
  const out: Relationship[] = [];
  const a: (string | undefined)[] = [];
  // The four attributes read straight from each tag (as `parseText` would give them in its map).
  scanWhole(relsPart, xml, {
    open(name, tag) {
      if (name !== "Relationship") return;
      attributesNamed(tag, RELATIONSHIP_ATTRIBUTES, a);
      const [id, type, target, targetMode] = a;
      if (target !== undefined && targetMode !== "External") {
        out.push({ id: id ?? "", type: lastSegment(type ?? ""), target: resolveTarget(source, target) });
      }
    },
    close: () => undefined,
  });
  return out;
}

/** Where the workbook part is: the package's officeDocument relationship, or Excel's usual name. */
function workbookPart(zip: ZipArchive): string {
  const main = readRelationships(zip, "").find((r) => r.type === "officeDocument" && zip.has(r.target));
  if (main) return main.target;
  if (zip.has("xl/workbook.xml")) return "xl/workbook.xml";
  throw new ReaderError(NOT_A_WORKBOOK);
}

export function readWorkbookInfo(zip: ZipArchive, maxSheets: number): WorkbookInfo {
  const part = workbookPart(zip);
  const xml = zip.text(part) ?? "";
  const listed: { name: string; hidden: boolean; rid: string }[] = [];
  let date1904 = false;
  parseText(
    part,
    xml,
    {
      open(name, a) {
        if (name === "sheet") {
          if (listed.length >= maxSheets) throw new ReaderError(`工作簿中的工作表超过 ${maxSheets} 张，不像是年度报告；请只提交报告本身`);
          const rid = Object.keys(a).find((k) => localName(k) === "id" && k !== "sheetId");
          listed.push({ name: a.name ?? "", hidden: a.state === "hidden" || a.state === "veryHidden", rid: rid ? a[rid] : "" });
        } else if (name === "workbookPr") {
          date1904 = a.date1904 === "1" || a.date1904 === "true";
        }
      },
    },
    WORKBOOK_ELEMENTS,
  );
  const rels = readRelationships(zip, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = listed.map((s): SheetEntry => {
    const rel = byId.get(s.rid);
    return { name: s.name, hidden: s.hidden, part: rel && rel.type === "worksheet" && zip.has(rel.target) ? rel.target : null };
  });
  const related = new Map<string, string>();
  for (const r of rels) if (!related.has(r.type)) related.set(r.type, r.target);
  return { part, sheets, date1904, related };
}

/** `r:id` may come with any prefix bound to the relationships namespace. */
function localName(attribute: string): string {
  const colon = attribute.indexOf(":");
  return colon < 0 ? attribute : attribute.slice(colon + 1);
}

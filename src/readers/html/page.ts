/**
 * One pass over a parsed page in reading order: paragraphs of text outside the data tables go to
 * `text`, each data table becomes a sheet named after its place (`表格2`). Government sites wrap
 * whole pages in tables: a table holding another table is layout, its own text is page text.
 */
import type { CellValue } from "../../core/types";
import type { ReadLimits } from "../limits";
import type { ReadNote, ReadSheet } from "../types";
import { BLOCKS, childrenOf, isElement, isSkipped, isText, type Element, type Node } from "./dom";
import { dropEmpty, layOut } from "./layout";
import { rowGroupsOf } from "./table";
import { joinLines, LineCollector } from "./text";

/** Real pages nest a few dozen levels; beyond this a page is hostile, not a report. */
const MAX_DEPTH = 400;

function containsTable(table: Element): boolean {
  const stack: Node[] = [...childrenOf(table)];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (!isElement(n) || isSkipped(n)) continue;
    if (n.tagName === "table") return true;
    stack.push(...childrenOf(n));
  }
  return false;
}

/** A data table has at least two rows and two columns holding something; smaller ones frame text. */
const isDataGrid = (values: CellValue[][]): boolean => values.length >= 2 && values.some((row) => row.filter((v) => v !== null).length >= 2);

export class PageReader {
  readonly sheets: ReadSheet[] = [];
  readonly notes: ReadNote[] = [];
  private readonly text = new LineCollector();
  private tables = 0;
  private tooDeep = false;
  private tooMany = false;

  constructor(private readonly limits: ReadLimits) {}

  get paragraphs(): string[] {
    this.text.flush();
    return this.text.lines;
  }

  /** Walk `node` into `out`: text adds, `<br>` and blocks end lines, tables are handled by `onTable`. */
  private walk(node: Node, depth: number, out: LineCollector, onTable: ((el: Element, depth: number) => void) | null): void {
    if (depth > MAX_DEPTH) {
      if (!this.tooDeep) this.notes.push({ sheet: "", message: `网页的元素嵌套超过 ${MAX_DEPTH} 层，过深的部分未读取` });
      this.tooDeep = true;
      return;
    }
    if (isText(node)) {
      out.add(node.value);
      return;
    }
    if (!isElement(node)) {
      for (const child of childrenOf(node)) this.walk(child, depth + 1, out, onTable);
      return;
    }
    if (isSkipped(node)) return;
    if (node.tagName === "br") {
      out.flush();
      return;
    }
    if (node.tagName === "table" && onTable) {
      onTable(node, depth);
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) out.flush();
    for (const child of childrenOf(node)) this.walk(child, depth + 1, out, onTable);
    if (block) out.flush();
  }

  read(document: Node): void {
    this.walk(document, 0, this.text, this.onTable);
  }

  private readonly onTable = (table: Element, depth: number): void => {
    const asText = (): void => {
      this.text.flush();
      for (const child of childrenOf(table)) this.walk(child, depth + 1, this.text, this.onTable);
      this.text.flush();
    };
    if (containsTable(table)) return asText();
    const laid = layOut(
      rowGroupsOf(table, (cell) => this.cellText(cell, depth)),
      this.limits.maxCellsPerSheet,
    );
    if (!laid.ok) {
      const name = `表格${++this.tables}`;
      this.notes.push({ sheet: name, message: `${name}过大（${laid.area} 个单元格），不像是统计表，已跳过` });
      return;
    }
    const values = dropEmpty(laid.values);
    if (!isDataGrid(values)) return asText();
    const name = `表格${++this.tables}`;
    this.text.flush();
    for (const child of childrenOf(table)) {
      if (isElement(child) && child.tagName === "caption") this.walk(child, depth + 1, this.text, null);
    }
    this.text.flush();
    if (this.sheets.length >= this.limits.maxSheets) {
      if (!this.tooMany) this.notes.push({ sheet: "", message: `网页中的表格过多，只读取了前 ${this.limits.maxSheets} 个` });
      this.tooMany = true;
      return;
    }
    this.sheets.push({ grid: { name, values, originRow: 0, originCol: 0 }, hidden: false, uncachedFormulas: [] });
  };

  /** A cell's text as one label: its lines (`<br>`, `<p>`, `<div>`) joined. */
  private cellText(cell: Element, depth: number): string {
    const lines = new LineCollector();
    for (const child of childrenOf(cell)) this.walk(child, depth + 2, lines, null);
    lines.flush();
    return joinLines(lines.lines);
  }
}

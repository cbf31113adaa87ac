/**
 * The report year of each table, read once per workbook: the command line, the nearest title
 * above the table, the sheet's name, one year the workbook names, the file name (see `year.ts`
 * for what counts as naming a year).
 */
import type { Candidate } from "./candidate";
import { candidateBounds } from "./candidate";
import { baseName, excerpt, titleAbove, yearInName, type YearFound, type YearMention } from "./year";

/** What the user states; see `LocateOptions`. */
export interface YearOptions {
  year?: number;
  fileName?: string;
}

/** Reads years once per workbook and answers for each candidate. */
export class YearReader {
  private workbookYear: YearFound | null | undefined;

  /** `mentions[i]`: the years sheet i names outside its tables (see `sheet-facts.ts`). */
  constructor(
    /** Each sheet by name (its view, or its facts when it has none). */
    private readonly views: ReadonlyArray<{ readonly name: string }>,
    private readonly mentions: readonly YearMention[][],
    private readonly options: YearOptions,
  ) {}

  yearOf(c: Candidate): YearFound | null {
    if (this.options.year !== undefined) return { year: this.options.year, source: "命令行参数" };
    const box = candidateBounds(c);
    const title = titleAbove(this.mentions[c.sheetIndex], box.top, box.left);
    if (title) return { year: title.year, source: `标题“${title.text}”` };
    const inName = yearInName(c.view.name);
    if (inName !== null) return { year: inName, source: `工作表名“${c.view.name}”` };
    const elsewhere = this.fromWorkbook();
    if (elsewhere) return elsewhere;
    if (this.options.fileName) {
      const inFile = yearInName(baseName(this.options.fileName));
      if (inFile !== null) return { year: inFile, source: "文件名" };
    }
    return null;
  }

  /** One year the workbook names, titles first, then any text and sheet names; null if several. */
  private fromWorkbook(): YearFound | null {
    if (this.workbookYear !== undefined) return this.workbookYear;
    const titles: YearFound[] = [];
    const any: YearFound[] = [];
    this.views.forEach((view, i) => {
      for (const m of this.mentions[i]) {
        if (m.title) titles.push({ year: m.year, source: `标题“${m.text}”` });
        else any.push({ year: m.year, source: `工作表“${view.name}”中的“${excerpt(m.text, m.year)}”` });
      }
      const inName = yearInName(view.name);
      if (inName !== null) any.push({ year: inName, source: `工作表名“${view.name}”` });
    });
    const single = (list: YearFound[]): YearFound | null => (list.length > 0 && list.every((y) => y.year === list[0].year) ? list[0] : null);
    this.workbookYear = single(titles) ?? single([...titles, ...any]);
    return this.workbookYear;
  }
}

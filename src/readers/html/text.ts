/**
 * Text as a reader of the page sees it: source whitespace collapsed, `&nbsp;` a space, lines a
 * page wrapped inside a Chinese label joined without a space (`（区分处理的，只计这一情形，` +
 * `不计其他情形）`), Latin words joined with one.
 */

/** Chinese characters, full-width forms and the punctuation set among them. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026]/;

const CJK_SPACE_CJK = new RegExp(`(${CJK.source}) (?=${CJK.source})`, "g");

/** One line's text: whitespace runs made one space, none between two Chinese characters, trimmed. */
export function normalizeLine(raw: string): string {
  // Source line breaks and indentation between two Chinese characters are markup, not text;
  // a space the page wrote on purpose (`&nbsp;`) stays one space.
  return raw
    .replace(/[ \t\n\r\f]+/g, " ")
    .replace(CJK_SPACE_CJK, "$1")
    .replace(/[ \u00a0]+/g, " ")
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

/** Lines of one cell as one label: no space where either side is Chinese. */
export function joinLines(lines: readonly string[]): string {
  let out = "";
  for (const line of lines) {
    if (line === "") continue;
    if (out === "") out = line;
    else out += CJK.test(out[out.length - 1]) || CJK.test(line[0]) ? line : ` ${line}`;
  }
  return out;
}

/** Collects inline text into lines; a block boundary or `<br>` ends a line. */
export class LineCollector {
  readonly lines: string[] = [];
  private current = "";

  add(text: string): void {
    this.current += text;
  }

  /** End the current line, if it holds any text. */
  flush(): void {
    const line = normalizeLine(this.current);
    this.current = "";
    if (line !== "") this.lines.push(line);
  }
}

/**
 * Cells on the clipboard as spreadsheets put them there: tab-separated text, one line per row; a
 * cell holding a tab, a line break or a quote is quoted, its quotes doubled (Excel's format).
 */

/** Rows of cell texts from clipboard text. A final line break does not make an empty row. */
export function fromTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cellText = "";
  let i = 0;
  const s = text.replace(/\r\n?/g, "\n");
  let atCellStart = true;
  while (i < s.length) {
    const ch = s[i];
    if (atCellStart && ch === '"') {
      // A quoted cell: up to the closing quote; "" is one quote.
      let j = i + 1;
      let body = "";
      let closed = false;
      while (j < s.length) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            body += '"';
            j += 2;
            continue;
          }
          closed = true;
          j += 1;
          break;
        }
        body += s[j];
        j += 1;
      }
      // Only a quote closed right before a separator makes a quoted cell; else it was literal text.
      if (closed && (j === s.length || s[j] === "\t" || s[j] === "\n")) {
        cellText = body;
        i = j;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === "\t") {
      row.push(cellText);
      cellText = "";
      atCellStart = true;
    } else if (ch === "\n") {
      row.push(cellText);
      rows.push(row);
      row = [];
      cellText = "";
      atCellStart = true;
    } else {
      cellText += ch;
    }
    i += 1;
  }
  if (!atCellStart || row.length > 0 || cellText !== "") {
    row.push(cellText);
    rows.push(row);
  }
  return rows;
}

/** Clipboard text for rows of cell texts. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  const quote = (t: string): string => (/[\t\n\r"]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  return rows.map((r) => r.map(quote).join("\t")).join("\r\n") + "\r\n";
}

/**
 * XML Spreadsheet 2003 (SpreadsheetML): what many government systems export under an .xls name.
 * Its `<Table>` element makes it look like a web page to a sniffer, so the web page reader asks
 * this first and hands such files to the .xls reader (SheetJS reads them).
 */
export function isSpreadsheetMl(data: Uint8Array): boolean {
  const head = new TextDecoder("latin1")
    .decode(data.subarray(0, 2048))
    .replace(/^\u00EF\u00BB\u00BF/, "")
    .trimStart();
  return head.startsWith("<?xml") && head.includes("urn:schemas-microsoft-com:office:spreadsheet");
}

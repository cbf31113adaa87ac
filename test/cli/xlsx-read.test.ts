import * as ExcelJS from "exceljs";
import { isoDate, readXlsx } from "../../src/cli/xlsx-read";

/** Build a workbook with exceljs, save it to bytes, and read it back as the command line does. */
async function roundTrip(build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  return readXlsx(data);
}

describe("readXlsx", () => {
  it("gives the used range of each sheet with its origin, not from A1", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("统计表");
      ws.getCell("C5").value = "标题";
      ws.getCell("E7").value = 12;
      wb.addWorksheet("空白");
    });
    expect(book.sheets.map((s) => s.grid.name)).toEqual(["统计表", "空白"]);
    const grid = book.sheets[0].grid;
    expect(grid.originRow).toBe(4);
    expect(grid.originCol).toBe(2);
    expect(grid.values).toEqual([
      ["标题", null, null],
      [null, null, null],
      [null, null, 12],
    ]);
    expect(book.sheets[1].grid.values).toEqual([]);
  });

  it("leaves a styled but empty cell out of the used range", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 1;
      ws.getCell("H20").border = { top: { style: "thin" } };
    });
    expect(book.sheets[0].grid.values).toEqual([[1]]);
  });

  it("reads merged non-master cells as null, as Excel does, not as the master's value", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "申请人情况";
      ws.mergeCells("A1:C2");
      ws.getCell("A3").value = 1;
    });
    expect(book.sheets[0].grid.values).toEqual([
      ["申请人情况", null, null],
      [null, null, null],
      [1, null, null],
    ]);
  });

  it("reads a formula as its cached result, zero and empty text included", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { formula: "B1+C1", result: 7 };
      ws.getCell("A2").value = { formula: "B2-B2", result: 0 };
      ws.getCell("A3").value = { formula: '"年"&"报"', result: "年报" };
      ws.getCell("A4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("A5").value = { formula: "B5>0", result: true };
    });
    expect(book.sheets[0].grid.values).toEqual([[7], [0], ["年报"], ["#DIV/0!"], [true]]);
    expect(book.sheets[0].uncachedFormulas).toEqual([]);
  });

  it("reads a formula saved without a result as blank and names the cell", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 3;
      ws.getCell("B2").value = { formula: "SUM(A1:A1)" } as ExcelJS.CellFormulaValue;
    });
    expect(book.sheets[0].grid.values).toEqual([[3]]);
    expect(book.sheets[0].uncachedFormulas).toEqual(["B2"]);
  });

  it("flattens rich text and hyperlinks to their text and keeps error values as Excel shows them", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { richText: [{ text: "（七）" }, { font: { bold: true }, text: "总计" }] };
      ws.getCell("A2").value = { text: "政府网站", hyperlink: "http://127.0.0.1/" };
      ws.getCell("A3").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    });
    expect(book.sheets[0].grid.values).toEqual([["（七）总计"], ["政府网站"], ["#REF!"]]);
  });

  it("keeps numbers stored as text as strings and reads booleans and dates", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "12";
      ws.getCell("A2").value = "１２";
      ws.getCell("A3").value = false;
      ws.getCell("A4").value = new Date(Date.UTC(2024, 0, 31));
    });
    expect(book.sheets[0].grid.values).toEqual([["12"], ["１２"], [false], ["2024-01-31"]]);
  });

  it("reads hidden sheets and says they are hidden", async () => {
    const book = await roundTrip((wb) => {
      wb.addWorksheet("看得见").getCell("A1").value = 1;
      const hidden = wb.addWorksheet("藏起来", { state: "hidden" });
      hidden.getCell("A1").value = 2;
    });
    expect(book.sheets.map((s) => [s.grid.name, s.hidden, s.grid.values])).toEqual([
      ["看得见", false, [[1]]],
      ["藏起来", true, [[2]]],
    ]);
  });
});

describe("isoDate", () => {
  it("shows the time only when the date has one", () => {
    expect(isoDate(new Date(Date.UTC(2023, 11, 31)))).toBe("2023-12-31");
    expect(isoDate(new Date(Date.UTC(2023, 11, 31, 8, 30)))).toBe("2023-12-31T08:30:00");
  });
});

describe("a sheet with something typed in a far corner", () => {
  it("keeps the main block of cells and says what it left out, instead of running out of memory", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("B2").value = "统计数";
      ws.getCell("B3").value = 5;
      ws.getCell("C3").value = 6;
      ws.getCell("XFD1048576").value = "x";
    });
    const sheet = book.sheets[0];
    expect(sheet.grid).toEqual({
      name: "S",
      values: [
        ["统计数", null],
        [5, 6],
      ],
      originRow: 1,
      originCol: 1,
    });
    expect(sheet.farCells).toEqual({ count: 1, first: "XFD1048576" });
  });

  it("leaves an ordinary sheet whole, gaps and all", async () => {
    const book = await roundTrip((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 1;
      ws.getCell("A500").value = 2;
    });
    expect(book.sheets[0].grid.values).toHaveLength(500);
    expect(book.sheets[0].farCells).toBeUndefined();
  });
});

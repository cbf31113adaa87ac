import { fromTsv, toTsv } from "../../src/preview/clipboard";

describe("cells on the clipboard", () => {
  test("tab-separated rows, as a spreadsheet copies them, with or without a final line break", () => {
    expect(fromTsv("1\t2\r\n3\t4\r\n")).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(fromTsv("5条")).toEqual([["5条"]]);
    expect(fromTsv("a\t\tb\n")).toEqual([["a", "", "b"]]);
  });

  test("quoted cells keep their line breaks, tabs and doubled quotes", () => {
    expect(fromTsv('"第一行\n第二行"\t"say ""hi"""\n')).toEqual([["第一行\n第二行", 'say "hi"']]);
  });

  test("a quote inside a cell's text is text", () => {
    expect(fromTsv('3.危及“三安全一稳定”\t"a"b\n')).toEqual([["3.危及“三安全一稳定”", '"a"b']]);
  });

  test("what is copied reads back the same", () => {
    const rows = [
      ["12", "/", "５"],
      ["x\ty", 'q"', "行\n二"],
    ];
    expect(fromTsv(toTsv(rows))).toEqual(rows);
  });
});

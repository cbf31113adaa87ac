/**
 * What is not a table: a report's narrative, an empty sheet, a few words that a table also uses.
 */
import { locateTables } from "../../../src/core/locate";
import type { SheetGrid } from "../../../src/core/types";
import { sheet, tableB, text } from "../../helpers/locate-grids";

const grid = (name: string, values: SheetGrid["values"]): SheetGrid => ({ name, values, originRow: 0, originCol: 0 });

const NARRATIVE = [
  "2023年度政府信息公开工作年度报告",
  "一、总体情况",
  "2023年，本机关深入贯彻落实《中华人民共和国政府信息公开条例》，主动公开规章、行政规范性文件，公开行政许可、行政处罚、行政强制等信息。",
  "二、主动公开政府信息情况",
  "本年制发件数 2 件，本年废止件数 0 件，现行有效件数 15 件；行政事业性收费本年收费金额 0 万元。",
  "三、收到和处理政府信息公开申请情况",
  "本年新收政府信息公开申请 12 件，其中自然人 10 件、商业企业 2 件；予以公开 8 件，部分公开 2 件，不予公开 1 件，无法提供 1 件；结转下年度继续办理 0 件。",
  "四、政府信息公开行政复议、行政诉讼情况",
  "本年度未发生因政府信息公开引起的行政复议、行政诉讼。行政复议结果维持 0 件，结果纠正 0 件；行政诉讼尚未审结 0 件。",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
  "本机关 2023 年未收取信息处理费。",
];

describe("not tables", () => {
  it("a narrative sheet that speaks of every table's rows and columns is no table", () => {
    expect(
      locateTables([
        grid(
          "正文",
          NARRATIVE.map((p) => [p]),
        ),
      ]),
    ).toEqual([]);
  });

  it("the narrative on the same sheet as a table does not disturb it", () => {
    const s = sheet("报告", [
      { at: [0, 0], table: text(...NARRATIVE) },
      { at: [NARRATIVE.length + 1, 0], table: tableB(2021) },
    ]);
    const tables = locateTables([s.grid]);
    expect(tables).toHaveLength(1);
    expect(tables[0].cells).toEqual(s.cells[1]);
    expect(tables[0].findings).toEqual([]);
    expect(tables[0].year).toBe(2023);
  });

  it("an empty sheet, a sheet of blanks, no sheets", () => {
    expect(locateTables([grid("空", [])])).toEqual([]);
    expect(
      locateTables([
        grid("空白", [
          [null, ""],
          ["　", null],
        ]),
      ]),
    ).toEqual([]);
    expect(locateTables([])).toEqual([]);
  });

  it("a list of words that tables use (行政复议, 行政诉讼, 规章, 行政许可) is not a table", () => {
    const words = [["行政复议", "行政诉讼"], ["规章"], ["行政许可"], ["自然人", "总计"], ["结果维持", "结果纠正"]];
    expect(locateTables([grid("词", words)])).toEqual([]);
  });

  it("numbers alone are not a table", () => {
    const values = Array.from({ length: 30 }, (_r, i) => Array.from({ length: 10 }, (_c, j) => i * 10 + j));
    expect(locateTables([grid("数", values)])).toEqual([]);
  });
});

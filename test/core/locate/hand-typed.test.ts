/**
 * Hand-typed tables (formats.md §3): label variants, typos, 合计 for 总计, labels in one column,
 * rows moved. Each is found as if it were the published table.
 */
import { toA1 } from "../../../src/core/address";
import { locateTables } from "../../../src/core/locate";
import { legacyTable, sheet, tableA, tableB, tableC, type Built } from "../../helpers/locate-grids";

function locateOne(built: Built, year = 2023) {
  const s = sheet("表", [{ at: [0, 0], table: built }]);
  const tables = locateTables([s.grid], { year });
  expect(tables).toHaveLength(1);
  return { table: tables[0], expected: s.cells[0] };
}

describe("label variants of formats.md §3 in Table B", () => {
  const variants: Array<[string, string, string]> = [
    ["typo 只计这一情况", "B3.2", "（二）部分公开（区分处理的，只计这一情况，不计其他情形）"],
    ["typo 属于三类内容事务信息", "B3.3.5", "5.属于三类内容事务信息"],
    ["ASCII quotes", "B3.3.3", '3.危及"三安全一稳定"'],
    ["half-width brackets", "B3.1", "(一)予以公开"],
    ["half-width brackets and commas", "B3.2", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"],
    ["numbering 1、", "B3.3.1", "1、属于国家秘密"],
    ["numbering （1）", "B3.4.1", "（1）本机关不掌握相关政府信息"],
    ["full-width digit", "B3.5.2", "２.重复申请"],
    ["a label over two lines", "B3.2", "（二）部分公开\n（区分处理的，只计这一情形，不计其他情形）"],
    ["spaces inside", "B1", "一、本年新收 政府信息公开 申请数量"],
    ["without its remark", "B3.2", "（二）部分公开"],
    ["合计 for 总计", "B3.7", "（七）合计"],
    ["a trailing full stop", "B4", "四、结转下年度继续办理。"],
  ];

  it.each(variants)("%s: the row is found and nothing is reported", (_name, key, label) => {
    const { table, expected } = locateOne(tableB(2021, { labels: { [key]: label } }));
    expect(table.findings).toEqual([]);
    expect(table.cells).toEqual(expected);
  });

  it("column headers: 商业 企业 with a space, 法律服务\\n机构 over two lines, 合计 for 总计", () => {
    const { table, expected } = locateOne(tableB(2021, { labels: { business: "商业 企业", legal: "法律服务\n机构", total: "合计" } }));
    expect(table.findings).toEqual([]);
    expect(table.cells).toEqual(expected);
  });

  it("every variant at once, merged cells repeated as if unmerged", () => {
    const labels = Object.fromEntries(variants.filter(([n]) => !n.startsWith("without")).map(([, k, l]) => [k, l]));
    const { table, expected } = locateOne(tableB(2021, { merge: "repeat", labels: { ...labels, business: "商业 企业" } }));
    expect(table.findings).toEqual([]);
    expect(table.cells).toEqual(expected);
  });

  it("all labels in one column (headings on their own rows)", () => {
    const { table, expected } = locateOne(tableB(2021, { oneLabelColumn: true }));
    expect(table.findings).toEqual([]);
    expect(table.cells).toEqual(expected);
    expect(toA1(table.cells["B1|natural"])).toBe("B4");
  });

  it("row 3.其他 and column 其他 are told apart", () => {
    const { table, expected } = locateOne(tableB(2021));
    expect(table.cells["B3.6.3|other"]).toEqual(expected["B3.6.3|other"]);
    expect(toA1(table.cells["B3.6.3|other"])).toBe("I26");
    expect(toA1(table.cells["B3.6.3|natural"])).toBe("D26");
  });
});

describe("label variants elsewhere", () => {
  it("Table A: 现行有效件数（历史累计） and 本年制发件数（件） typed with extra remarks", () => {
    const { table, expected } = locateOne(tableA(2021, { labels: { "A1.effective": "现行有效件数（历史累计）", "A1.issued": "本年制发件数（件）" } }));
    expect(table.findings).toEqual([]);
    expect(table.cells).toEqual(expected);
  });

  it("Table A without captions (hand-typed)", () => {
    const { table, expected } = locateOne(tableA(2021, { captions: false }));
    expect(table.findings).toEqual([]);
    expect(table.cells).toEqual(expected);
  });

  it("Table C: 合计 for each 总计, and a label column on the left", () => {
    const { table, expected } = locateOne(tableC({ labelColumn: "数量", labels: { "review.total": "合计", "direct.total": "合计", "afterReview.total": "合计" } }));
    expect(table.findings).toEqual([]);
    expect(table.cells).toEqual(expected);
    expect(table.range).toBe("A1:P4");
  });

  it("legacy: numbering 1、, half-width brackets, a remark left out", () => {
    const { table, expected } = locateOne(
      legacyTable({
        labels: {
          "L1.2.1": "1、政府公报公开政府信息数",
          "L3.1": "(一)收到申请数",
          "L1.1": "（一）主动公开政府信息数",
          "L9.3.1": "1.专职人员数",
        },
      }),
      2017,
    );
    expect(table.findings).toEqual([]);
    expect(table.cells).toEqual(expected);
  });

  it("legacy: a typo no list foresaw is still read where its row belongs", () => {
    const { table, expected } = locateOne(legacyTable({ labels: { "L3.1.2": "2.传贞申请数" } }), 2017);
    expect(table.findings).toEqual([]);
    expect(table.cells).toEqual(expected);
  });

  it("legacy: two rows typed in the wrong order are both found where they are", () => {
    const built = legacyTable();
    const at = (label: string): number => built.rows.findIndex((r) => r[0] === label);
    const i = at("（一）政府信息公开工作专门机构数");
    const j = at("（二）设置政府信息公开查阅点数");
    [built.rows[i], built.rows[j]] = [built.rows[j], built.rows[i]];
    const swapped = { ...built, cells: { ...built.cells } };
    swapped.cells["L9.1|value"] = built.cells["L9.2|value"];
    swapped.cells["L9.2|value"] = built.cells["L9.1|value"];
    const { table, expected } = locateOne(swapped, 2017);
    expect(table.findings).toEqual([]);
    expect(table.cells).toEqual(expected);
  });
});

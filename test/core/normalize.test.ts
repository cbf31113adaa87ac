/**
 * Label normalisation: two ways of typing the same label compare equal, two different labels do
 * not, and `matchScore` ranks an exact label above a looser match.
 */
import { core, matchScore, normalizeLabel, withoutNumbering } from "../../src/core/normalize";

describe("normalizeLabel: the same label typed differently", () => {
  it.each([
    ["full-width brackets and comma", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"],
    ["typo 只计这一情况", "（二）部分公开（区分处理的，只计这一情况，不计其他情形）", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"],
    ["typo 内容事务信息", "5.属于三类内容事务信息", "5.属于三类内部事务信息"],
    ["U+3000 spaces", "统　计　指　标", "统计指标"],
    ["ASCII spaces and a line break", "商业 企业\n", "商业企业"],
    ["curly quotes", "3.危及“三安全一稳定”", '3.危及"三安全一稳定"'],
    ["ASCII quotes", '3.危及"三安全一稳定"', '3.危及"三安全一稳定"'],
    ["single quotes", "3.危及‘三安全一稳定’", '3.危及"三安全一稳定"'],
    ["numbering 1、", "1、属于国家秘密", "1.属于国家秘密"],
    ["numbering 1，", "1，属于国家秘密", "1.属于国家秘密"],
    ["numbering full-width １．", "１．属于国家秘密", "1.属于国家秘密"],
    ["numbering （1）", "（1）属于国家秘密", "1.属于国家秘密"],
    ["numbering 1)", "1)属于国家秘密", "1.属于国家秘密"],
    ["numbering 一.", "一.本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量"],
    ["numbering （一）、", "（一）、予以公开", "(一)予以公开"],
    ["trailing colon", "其中：", "其中"],
    ["trailing full stop", "四、结转下年度继续办理。", "四、结转下年度继续办理"],
    ["document-number brackets", "国办公开办函〔2021〕30号", "国办公开办函[2021]30号"],
    ["non-breaking and zero-width spaces", "自\u00a0然\u200b人", "自然人"],
  ])("%s", (_name, typed, normalized) => {
    expect(normalizeLabel(typed)).toBe(normalized);
  });

  it("leaves what is not a variant alone", () => {
    expect(normalizeLabel("")).toBe("");
    expect(normalizeLabel("12")).toBe("12");
    expect(normalizeLabel("1.5")).toBe("1.5");
    expect(normalizeLabel("2017年度")).toBe("2017年度");
    expect(normalizeLabel("本年增/减")).toBe("本年增/减");
  });

  it("keeps different labels different", () => {
    expect(normalizeLabel("规范性文件")).not.toBe(normalizeLabel("行政规范性文件"));
    expect(normalizeLabel("（二）被依法纠错数")).not.toBe(normalizeLabel("（二）被纠错数"));
    expect(normalizeLabel("法人或其他组织小计")).not.toBe(normalizeLabel("法人或其他组织"));
  });
});

describe("core and withoutNumbering", () => {
  it("core drops trailing remarks, never the numbering alone", () => {
    expect(core(normalizeLabel("现行有效件数（历史累计）"))).toBe("现行有效件数");
    expect(core(normalizeLabel("本年收费金额（单位：万元）"))).toBe("本年收费金额");
    expect(core(normalizeLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))).toBe("(二)部分公开");
    expect(core(normalizeLabel("（三）"))).toBe("(三)");
  });

  it("withoutNumbering drops list numbering and 其中", () => {
    expect(withoutNumbering(normalizeLabel("（三）不予公开"))).toBe("不予公开");
    expect(withoutNumbering(normalizeLabel("三、本年度办理结果"))).toBe("本年度办理结果");
    expect(withoutNumbering(normalizeLabel("1、属于国家秘密"))).toBe("属于国家秘密");
    expect(withoutNumbering(normalizeLabel("其中：涉及国家秘密"))).toBe("涉及国家秘密");
  });
});

describe("matchScore", () => {
  it("ranks exact > without remarks > without numbering > without both > nothing", () => {
    const official = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
    expect(matchScore("(二)部分公开(区分处理的,只计这一情况,不计其他情形)", official)).toBe(8);
    expect(matchScore("（二）部分公开", official)).toBe(6);
    expect(matchScore("2、部分公开（区分处理的，只计这一情形，不计其他情形）", official)).toBe(4);
    expect(matchScore("部分公开", official)).toBe(2);
    expect(matchScore("予以公开", official)).toBe(0);
    expect(matchScore("", official)).toBe(0);
  });

  it("an alias scores one less than the official label", () => {
    expect(matchScore("总计", "总计", ["合计"])).toBe(8);
    expect(matchScore("合计", "总计", ["合计"])).toBe(7);
  });
});

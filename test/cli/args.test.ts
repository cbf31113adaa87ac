/** The argument grammar shared by both commands. */
import { parseArgs, parseYear, UsageError } from "../../src/cli/args";

const SPECS = [{ name: "json" }, { name: "year", value: "年份" }, { name: "out", value: "文件名" }];

describe("parseArgs", () => {
  it("takes --name value, --name=value, flags and positionals in any order", () => {
    const args = parseArgs(["a.xlsx", "--year", "2023", "--json", "b.xlsx", "--out=x.xlsx"], SPECS);
    expect([...args.options]).toEqual([
      ["year", "2023"],
      ["json", true],
      ["out", "x.xlsx"],
    ]);
    expect(args.positionals).toEqual(["a.xlsx", "b.xlsx"]);
    expect(args.help).toBe(false);
  });

  it("treats everything after -- as paths, even names that start with a dash", () => {
    expect(parseArgs(["--", "--json", "-a.xlsx"], SPECS).positionals).toEqual(["--json", "-a.xlsx"]);
  });

  it("sees -h and --help anywhere", () => {
    expect(parseArgs(["a.xlsx", "-h"], SPECS).help).toBe(true);
    expect(parseArgs(["--help"], SPECS).help).toBe(true);
  });

  it.each([
    [["--jsno"], "不认识的选项“--jsno”；可用的选项：--json、--year、--out"],
    [["-j"], "不认识的选项“-j”"],
    [["--year"], "选项 --year 后面缺少年份，例如 --year 2024"],
    [["--year", "--json"], "选项 --year 后面缺少年份"],
    [["--year="], "选项 --year 后面缺少年份"],
    [["--json=yes"], "选项 --json 不带值，请写作 --json"],
    [["--year", "2023", "--year", "2024"], "选项 --year 给了不止一次，请只保留一个"],
    [["——year", "2023"], "选项要用半角短横线：请把“——year”改为“--year”"],
    [["－－json"], "选项要用半角短横线：请把“－－json”改为“--json”"],
  ])("%j → %s", (argv, message) => {
    expect(() => parseArgs(argv, SPECS)).toThrow(UsageError);
    expect(() => parseArgs(argv, SPECS)).toThrow(message);
  });
});

describe("parseYear", () => {
  it("takes four digits from the first year on, full-width ones too", () => {
    expect(parseYear("2023", 2008)).toBe(2023);
    expect(parseYear(" ２０２３ ", 2008)).toBe(2023);
    expect(parseYear("2008", 2008)).toBe(2008);
  });

  it.each(["23", "20230", "2007", "2023年", "year"])("refuses %s", (text) => {
    expect(() => parseYear(text, 2008)).toThrow(`--year 应为 2008 年以后的四位数年份，例如 --year 2024（收到的是“${text}”）`);
  });
});

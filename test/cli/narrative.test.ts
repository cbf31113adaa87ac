/**
 * `nianbao narrative`, run in-process on workbooks made with exceljs: the text on stdout, the
 * notes on stderr, and the exit codes.
 */
import * as ExcelJS from "exceljs";
import { copyFileSync } from "fs";
import { join } from "path";
import { NARRATIVE_HELP } from "../../src/cli/help";
import { addPlanToWorkbook } from "../../src/cli/xlsx-write";
import type { CellKey } from "../../src/core/formats/model";
import { planTemplate } from "../../src/core/layout";
import type { CellValue } from "../../src/core/types";
import { runCli, useTempDir } from "./helpers/run";
import { saveWorkbook, seedWorkbook } from "./helpers/workbooks";

// The first run loads the CLI's modules: slow on a busy machine.
jest.setTimeout(30_000);

const FIXTURES = join(__dirname, "../fixtures");
const dir = useTempDir();
const narrative = (...argv: string[]) => runCli(["narrative", ...argv], { cwd: dir() });

/** The 2021 template for `year`, every value cell 0 unless `change` says otherwise. */
async function zeroYear(file: string, year = 2021, change: (table: string, key: CellKey) => CellValue = () => 0): Promise<void> {
  const plan = planTemplate("national-2021", year, "测试市审计局");
  const wb = new ExcelJS.Workbook();
  const sheet = addPlanToWorkbook(wb, plan);
  for (const table of plan.tables) for (const [key, a1] of Object.entries(table.cells)) sheet.getCell(a1).value = change(table.id, key);
  await saveWorkbook(wb, join(dir(), file));
}

const REQUESTS_2021 = "2021年，我局未收到政府信息公开申请。";
const APPEALS_2021 = "2021年，我局未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。";

describe("a 2021 workbook with nothing to report", () => {
  it("prints the title and the zero statements under their headings; the missing fee figure is a note, exit 0", async () => {
    await zeroYear("2021年报.xlsx");
    const run = await narrative("2021年报.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "测试市审计局2021年度政府信息公开工作年度报告",
        "",
        "三、收到和处理政府信息公开申请情况",
        REQUESTS_2021,
        "",
        "四、政府信息公开行政复议、行政诉讼情况",
        APPEALS_2021,
        "",
      ].join("\n"),
    );
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("2021年报.xlsx：2021 年度，2021 版格式（国办公开办函〔2021〕30号），单位“测试市审计局”，称谓“我局”，风格：标准");
    expect(lines[1]).toMatch(/^提示：“六、其他需要报告的事项”：统计表中没有本年实际收取的信息处理费金额/);
    expect(lines).toHaveLength(2);
  });

  it("takes the self-reference, the style and the fee collected", async () => {
    await zeroYear("2021年报.xlsx");
    const run = await narrative("--self", "本机关", "--style", "详细", "--fees", "０元", "2021年报.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("三、收到和处理政府信息公开申请情况\n2021年度，本机关未收到和处理政府信息公开申请，零报告。\n");
    expect(run.stdout).toContain("六、其他需要报告的事项\n2021年度，本机关未收取信息处理费，无因申请人逾期未缴纳信息处理费而不再处理的申请。\n");
    expect(run.stderr).not.toContain("提示：");
  });

  it("names the agency as told, in the title, and the text by its short name", async () => {
    await zeroYear("2021年报.xlsx");
    const run = await narrative("--agency", "某县财政局", "--self", "县财政局", "2021年报.xlsx");
    expect(run.stdout.split("\n")[0]).toBe("某县财政局2021年度政府信息公开工作年度报告");
    expect(run.stdout).toContain("2021年，县财政局未收到政府信息公开申请。");
  });

  it("states numbers where there are some, never the zero boilerplate", async () => {
    const requests: Record<string, number> = { "B1|natural": 2, "B1|total": 2, "B3.1|natural": 2, "B3.1|total": 2, "B3.7|natural": 2, "B3.7|total": 2 };
    await zeroYear("2021年报.xlsx", 2021, (table, key) => (table === "B" ? (requests[key] ?? 0) : 0));
    const run = await narrative("2021年报.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2021年，我局共收到政府信息公开申请2件，上年结转0件；本年度办理完毕2件，其中予以公开2件；结转下年度继续办理0件。");
    expect(run.stdout).not.toContain("未收到政府信息公开申请");
  });
});

describe("a table with errors", () => {
  it("prints the text all the same, says on stderr how many errors, and exits 1", async () => {
    // 56 received and 4 carried over, but 57 handled and 2 carried on: the sums do not hold.
    const slip: Record<string, number> = {
      "B1|natural": 56,
      "B1|total": 56,
      "B2|natural": 4,
      "B2|total": 4,
      "B3.1|natural": 57,
      "B3.1|total": 57,
      "B3.7|natural": 57,
      "B3.7|total": 57,
      "B4|natural": 2,
      "B4|total": 2,
    };
    await zeroYear("有错.xlsx", 2021, (table, key) => (table === "B" ? (slip[key] ?? 0) : 0));
    const run = await narrative("--fees", "0", "有错.xlsx");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("收到政府信息公开申请56件");
    const note = run.stderr.split("\n")[1];
    expect(note).toMatch(/^注意：统计表中有 \d+ 个错误（合计与分项不符等），以上正文按表中现有数字生成，其中的数字可能不对。请用 nianbao check 有错\.xlsx 查看/);
  });
});

describe("the seed's 2017 table", () => {
  it("with --self 我单位 gives the seed's three sentences verbatim, and asks for section 八", async () => {
    await saveWorkbook(seedWorkbook(), join(dir(), "2017年报.xlsx"));
    const run = await narrative("--self", "我单位", "2017年报.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "2017年度政府信息公开工作年度报告",
        "",
        "三、政府信息公开申请办理情况",
        "2017年度，未有公民、法人或其他组织向我单位申请公开信息情况。",
        "",
        "四、政府信息公开收费及减免情况",
        "2017年度，我单位无政府信息公开收费及减免情况。",
        "",
        "五、因政府信息公开申请提起行政复议、行政诉讼的情况",
        "2017年度，我单位没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
        "",
      ].join("\n"),
    );
    expect(run.stderr).toContain("提示：“八、2017年度人大政协建议提案办理总体情况”：统计表中没有人大代表建议和政协委员提案的办理件数");
  });

  it("writes section 八 when --proposals is given, and ignores --fees (the legacy table has its own fee row)", async () => {
    await saveWorkbook(seedWorkbook(), join(dir(), "2017年报.xlsx"));
    const run = await narrative("--self", "我局", "--proposals", "0", "--fees", "50", "2017年报.xlsx");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("八、2017年度人大政协建议提案办理总体情况\n2017年度，我局无人大政协建议提案办理事项。\n");
    expect(run.stdout).toContain("2017年度，我局无政府信息公开收费及减免情况。");
    expect(run.stderr).toContain("说明：--fees 只用于 2019 年起的报告");
  });
});

describe("when the text is incomplete (exit 1)", () => {
  it("blank cells: no boilerplate for them, and stderr says which to fill in", async () => {
    await zeroYear("空白.xlsx", 2021, (table, key) => (table === "B" && key === "B2|total" ? null : 0));
    const run = await narrative("空白.xlsx");
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("未收到政府信息公开申请");
    expect(run.stdout).toContain(APPEALS_2021);
    expect(run.stderr).toContain("未生成：“三、收到和处理政府信息公开申请情况”未生成表述：统计表中“二、上年结转政府信息公开申请数量”（总计）未填写。空白不等于 0");
  });

  it("every cell blank: nothing on stdout", async () => {
    await zeroYear("全空.xlsx", 2021, () => null);
    const run = await narrative("全空.xlsx");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
  });

  it("no statistics table in the file", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("说明").getCell("A1").value = "请各单位于1月31日前报送年度报告";
    await saveWorkbook(wb, join(dir(), "说明.xlsx"));
    const run = await narrative("说明.xlsx");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("说明.xlsx：没有找到政府信息公开工作年度报告的统计表（已查看工作表 “说明”），无法生成正文");
  });
});

describe("wrong arguments and unreadable files (exit 2)", () => {
  it.each([
    [[], "请给出要生成正文的 .xlsx 文件，例如 nianbao narrative 2024年报统计表.xlsx"],
    [["a.xlsx", "b.xlsx"], "一次只能处理一个文件，收到了 2 个（a.xlsx、b.xlsx）"],
    [["--style", "华丽", "a.xlsx"], "不认识的风格“华丽”；--style 可以是 standard（标准）、concise（简明）、detailed（详细）"],
    [["--fees", "三百", "a.xlsx"], "--fees 应为本年收取的信息处理费金额，单位为元，例如 --fees 300"],
    [["--proposals", "2.5", "a.xlsx"], "--proposals 应为本年办理的人大代表建议和政协委员提案件数"],
    [["--year", "21", "a.xlsx"], "--year 应为 2008 年以后的四位数年份"],
    [["--self", "a.xlsx"], "请给出要生成正文的 .xlsx 文件"],
    [["--out", "x.txt", "a.xlsx"], "不认识的选项“--out”；可用的选项：--self、--agency、--year、--style、--fees、--proposals"],
  ])("%j", async (argv, message) => {
    const run = await narrative(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("查看用法：nianbao narrative --help");
  });

  it("a self-reference with punctuation is refused, saying what to type", async () => {
    await zeroYear("2021年报.xlsx");
    const run = await narrative("--self", "我局，", "2021年报.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("称谓“我局，”中含有标点、空格或数字，请只填写称谓本身，例如“我局”或“区审计局”（选项 --self）");
  });

  it("a missing file and a password-protected one say why they cannot be read", async () => {
    const missing = await narrative("没有这个文件.xlsx");
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "没有这个文件.xlsx：无法读取：找不到这个文件，请检查路径和文件名是否正确\n" });
    copyFileSync(join(FIXTURES, "encrypted-password.xlsx"), join(dir(), "加密.xlsx"));
    const locked = await narrative("加密.xlsx");
    expect(locked.code).toBe(2);
    expect(locked.stderr).toContain("加密.xlsx：无法读取：文件设置了打开密码");
  });
});

describe("help", () => {
  it.each([[["narrative", "--help"]], [["help", "narrative"]]])("%j prints the command's help in Chinese", async (argv) => {
    expect(await runCli(argv, { cwd: dir() })).toEqual({ code: 0, stdout: NARRATIVE_HELP, stderr: "" });
  });

  it("documents the exit codes and that blank is not zero", () => {
    expect(NARRATIVE_HELP).toContain("1  正文不完整");
    expect(NARRATIVE_HELP).toContain("空白单元格不等于 0");
  });
});

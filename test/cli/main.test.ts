/** The command dispatcher: help, unknown commands, unexpected failures. */
import { runCli, useTempDir } from "./helpers/run";
import { CHECK_HELP, MAIN_HELP, TEMPLATE_HELP } from "../../src/cli/help";

const dir = useTempDir();
const run = (...argv: string[]) => runCli(argv, { cwd: dir() });

describe("help", () => {
  it.each([[["--help"]], [["-h"]], [["help"]]])("%j prints the help in Chinese, exit 0", async (argv) => {
    const r = await run(...argv);
    expect(r).toEqual({ code: 0, stdout: MAIN_HELP, stderr: "" });
    expect(r.stdout).toContain("nianbao template");
    expect(r.stdout).toContain("nianbao check");
    expect(r.stdout).toContain("退出码");
  });

  it.each([
    [["help", "check"], CHECK_HELP],
    [["check", "--help"], CHECK_HELP],
    [["help", "template"], TEMPLATE_HELP],
    [["template", "-h"], TEMPLATE_HELP],
  ])("%j prints the command's help", async (argv, text) => {
    expect(await run(...argv)).toEqual({ code: 0, stdout: text, stderr: "" });
  });

  it("documents that a file with no table counts as an error", () => {
    expect(CHECK_HELP).toContain("文件中没有找到统计表也算作错误");
  });
});

describe("wrong commands", () => {
  it("an unknown command exits 2 and lists the commands", async () => {
    const r = await run("chek", "a.xlsx");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("不认识的命令“chek”；可用的命令：template、check、narrative、help。查看用法：nianbao --help\n");
  });

  it("no command at all exits 2 with the help on stderr", async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("缺少命令。");
    expect(r.stderr).toContain(MAIN_HELP);
  });

  it("help for an unknown command exits 2", async () => {
    const r = await run("help", "export");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("没有“export”这个命令；可用的命令：template、check、narrative\n");
  });
});

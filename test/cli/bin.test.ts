/**
 * The installed command, run as a user runs it: `node bin/nianbao.js …` on the built output, and
 * `npx nianbao` from the repository root. `npm test` builds first; run alone without a build,
 * these tests are skipped and say why.
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { JsonReport } from "../../src/cli/report-json";
import { MAIN_HELP } from "../../src/cli/help";
import { useTempDir } from "./helpers/run";
import { filledTemplate, saveWorkbook, seedWorkbook } from "./helpers/workbooks";

const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin", "nianbao.js");
const BUILT = existsSync(join(ROOT, "build", "src", "cli", "main.js"));
const dir = useTempDir();

// Each test starts node (and npx) one or more times: on a busy 2-core machine that can take
// longer than jest's default 5 s without anything being wrong.
jest.setTimeout(60_000);

function nianbao(argv: string[], cwd: string, bin = BIN) {
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const whenBuilt = BUILT ? describe : describe.skip;
if (!BUILT) {
  console.warn("跳过 bin/nianbao.js 的测试：build/ 不存在，请先运行 npm run build（npm test 会自动编译）");
}

whenBuilt("bin/nianbao.js on the built output", () => {
  it("prints the help", () => {
    expect(nianbao(["--help"], dir())).toEqual({ code: 0, stdout: MAIN_HELP, stderr: "" });
  });

  it("checks the seed: one JSON document on stdout, nothing on stderr, exit 0", async () => {
    await saveWorkbook(seedWorkbook(), join(dir(), "seed.xlsx"));
    const r = nianbao(["check", "--json", "seed.xlsx"], dir());
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 1, infos: 0, unreadable: 0 });
  });

  it("writes a template, refuses to overwrite it, and exits 1 once a total is wrong", async () => {
    expect(nianbao(["template", "--year", "2023", "--agency", "测试市审计局", "--out", "t.xlsx"], dir()).code).toBe(0);
    const again = nianbao(["template", "--year", "2023", "--agency", "测试市审计局", "--out", "t.xlsx"], dir());
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("已经存在");

    const { workbook } = filledTemplate("national-2021", (table, key, value) => (table === "C" && key === "C1|review.total" ? (value as number) + 2 : value));
    await saveWorkbook(workbook, join(dir(), "wrong.xlsx"));
    const r = nianbao(["check", "wrong.xlsx"], dir());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("错误（1）");
    expect(r.stdout).toContain("行政复议");
  });

  it("exits 2 for a folder with one unreadable file, still reporting the good one", async () => {
    mkdirSync(join(dir(), "d"));
    await saveWorkbook(seedWorkbook(), join(dir(), "d", "a.xlsx"));
    writeFileSync(join(dir(), "d", "b.xlsx"), "not a workbook");
    const r = nianbao(["check", "d"], dir());
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${join("d", "a.xlsx")}\n  找到 1 张表`);
    expect(r.stdout).toContain(`${join("d", "b.xlsx")}\n  无法读取：`);
  });

  it("keeps the findings' exit code when the reader of its output stops early (`| head`)", async () => {
    mkdirSync(join(dir(), "d"));
    const { workbook } = filledTemplate("national-2021", (table, key, value) => (table === "C" && key === "C1|review.total" ? (value as number) + 2 : value));
    for (const n of [1, 2, 3, 4, 5, 6]) await saveWorkbook(workbook, join(dir(), "d", `${n}.xlsx`));
    const r = spawnSync("bash", ["-o", "pipefail", "-c", `"${process.execPath}" "${BIN}" check d | head -c 1`], {
      cwd: dir(),
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.stdout).toHaveLength(1);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
  });

  it("runs as `npx nianbao` from the repository root (the package's own bin)", () => {
    const r = spawnSync("npx", ["--no-install", "nianbao", "--help"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(MAIN_HELP);
  });
});

describe("bin/nianbao.js without a build", () => {
  it("says in Chinese to run npm run build, exit 2", () => {
    mkdirSync(join(dir(), "bin"));
    copyFileSync(BIN, join(dir(), "bin", "nianbao.js"));
    const r = nianbao(["--help"], dir(), join(dir(), "bin", "nianbao.js"));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("nianbao 尚未编译：请先在项目目录中运行 npm run build（首次使用先运行 npm ci）\n");
  });

  it("is a node script with a shebang, as npm links it", () => {
    expect(readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });
});

/**
 * Hostile files in a folder: each costs its own file a Chinese error, and the others are still
 * checked, in worker threads as the command line really runs (small limits keep it fast).
 */
import { execFileSync } from "child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { failureMessage, DEFAULT_BATCH_LIMITS } from "../../src/cli/batch";
import type { JsonReport } from "../../src/cli/report-json";
import { rawBook, sheetData } from "../readers/xlsx/raw-book";
import { makeZip, zeroBomb } from "../readers/xlsx/zip-writer";
import { runCli, useTempDir } from "./helpers/run";
import { saveWorkbook, seedWorkbook } from "./helpers/workbooks";

const dir = useTempDir();
// The first worker compiles the checker from TypeScript (cached afterwards): slow on a busy machine.
jest.setTimeout(240_000);

async function hostileFolder(): Promise<void> {
  const d = join(dir(), "各单位");
  mkdirSync(d);
  await saveWorkbook(seedWorkbook(), join(d, "a-正常.xlsx"));
  // 12 KB-class workbook: one merged range over a whole spare sheet.
  writeFileSync(
    join(d, "b-合并.xlsx"),
    rawBook([
      { name: "Sheet1", xml: sheetData([["说明"]]) },
      { name: "Sheet2", xml: `${sheetData([[1]])}<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>` },
    ]),
  );
  // A zip whose one sheet inflates to 64 MB of zeros from 64 KB.
  writeFileSync(
    join(d, "c-炸弹.xlsx"),
    makeZip([
      { name: "[Content_Types].xml", content: "<Types/>" },
      { name: "xl/workbook.xml", content: '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>' },
      { name: "xl/worksheets/sheet1.xml", deflated: zeroBomb(64), size: 64 << 20 },
    ]),
  );
  execFileSync("mkfifo", [join(d, "d-管道.xlsx")]);
  symlinkSync("/dev/zero", join(d, "e-零.xlsx"));
}

describe("a folder with hostile files, checked in worker threads", () => {
  it("gives each hostile file its own error and checks the good one; one JSON document, exit 2", async () => {
    await hostileFolder();
    const run = await runCli(["check", "--json", "各单位"], { cwd: dir(), batch: { isolate: true, memoryMb: 256, timeoutSeconds: 30 } });
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    const byName = Object.fromEntries(report.files.map((f) => [f.file.split("/").pop(), f]));
    expect(Object.keys(byName)).toEqual(["a-正常.xlsx", "b-合并.xlsx", "c-炸弹.xlsx", "d-管道.xlsx", "e-零.xlsx"]);
    expect(byName["a-正常.xlsx"].error).toBeNull();
    expect(byName["a-正常.xlsx"].tables).toHaveLength(1);
    for (const name of ["c-炸弹.xlsx", "d-管道.xlsx", "e-零.xlsx"]) {
      expect(byName[name].error).toMatch(/[\u4e00-\u9fff]/);
      expect(byName[name].error?.length).toBeLessThan(200);
    }
    // The merged sheet holds no report: an error or a note, but never the end of the run.
    const merged = byName["b-合并.xlsx"];
    expect(merged.error === null ? merged.findings.length > 0 : /[\u4e00-\u9fff]/.test(merged.error)).toBe(true);
    expect(report.summary.files).toBe(5);
  });

  it("says a worker's heap or time limit in words the reviewer can act on", () => {
    const limits = { ...DEFAULT_BATCH_LIMITS, memoryMb: 300, timeoutSeconds: 45 };
    expect(failureMessage({ kind: "out-of-memory", detail: "x" }, limits)).toContain("内存超过上限（300 MB）");
    expect(failureMessage({ kind: "timeout", detail: "x" }, limits)).toContain("超过 45 秒仍未完成");
    expect(failureMessage({ kind: "crash", detail: "x".repeat(5000) }, limits).length).toBeLessThan(200);
  });
});

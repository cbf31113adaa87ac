/** `nianbao check [--json] [--year YYYY] [--previous LAST.xlsx] PATH...`. */
import { FIRST_REPORT_YEAR } from "../core/layout";
import { parseArgs, parseYear, stringOption, UsageError } from "./args";
import { checkFile, type CheckFileOptions, type FileResult } from "./check-file";
import { readPrevious } from "./previous";
import { collectFiles } from "./files";
import { CHECK_HELP } from "./help";
import { EXIT, type CliIo } from "./io";
import { formatJson, jsonReport } from "./report-json";
import { fileText, summaryText } from "./report-text";
import { exitCodeOf, summarize } from "./summary";

const SPECS = [{ name: "json" }, { name: "year", value: "年份" }, { name: "previous", value: "上年报告文件" }];

export async function checkCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, SPECS);
  if (args.help) {
    io.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const yearText = stringOption(args, "year");
  const options: CheckFileOptions = yearText === undefined ? {} : { year: parseYear(yearText, FIRST_REPORT_YEAR) };
  if (args.positionals.length === 0) {
    throw new UsageError("请给出要校验的 .xlsx 文件或文件夹，例如 nianbao check 2024年报统计表.xlsx");
  }
  const json = args.options.has("json");

  const list = await collectFiles(args.positionals, io.cwd);
  for (const note of list.notes) io.stderr.write(`${note}\n`);

  const previousPath = stringOption(args, "previous");
  if (previousPath !== undefined) {
    // Last year's report belongs to one agency: comparing a folder of agencies with it is wrong.
    if (list.files.length !== 1) {
      throw new UsageError(`--previous 只能与一个文件一起使用（收到 ${list.files.length} 个文件）：上年报告只能与同一单位本年的报告比对`);
    }
    const previous = await readPrevious(previousPath, io.cwd, options.year);
    for (const note of previous.notes) io.stderr.write(`${note}\n`);
    if (!previous.ok) return EXIT.failure;
    options.previous = previous.tables;
  }

  const results: FileResult[] = [];
  for (const found of list.files) {
    const result = await checkFile(found, options);
    results.push(result);
    if (json) {
      // Diagnostics go to stderr in JSON mode too, so a script's log still shows which file failed.
      if (result.error !== null) io.stderr.write(`${result.file}：无法读取：${result.error}\n`);
    } else {
      // Each file as soon as it is checked: a folder of a hundred reports shows progress.
      io.stdout.write(`${fileText(result).join("\n")}\n\n`);
    }
  }

  const summary = summarize(results);
  io.stdout.write(json ? formatJson(jsonReport(results, summary)) : `${summaryText(results, summary)}\n`);
  return exitCodeOf(summary, list.emptyFolders.length > 0);
}

/** `nianbao check [--json] [--year YYYY] PATH...`. */
import { FIRST_REPORT_YEAR } from "../core/layout";
import { parseArgs, parseYear, stringOption, UsageError } from "./args";
import { checkFile, type CheckFileOptions, type FileResult } from "./check-file";
import { collectFiles } from "./files";
import { CHECK_HELP } from "./help";
import { EXIT, type CliIo } from "./io";
import { formatJson, jsonReport } from "./report-json";
import { fileText, summaryText } from "./report-text";
import { exitCodeOf, summarize } from "./summary";

const SPECS = [{ name: "json" }, { name: "year", value: "年份" }];

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

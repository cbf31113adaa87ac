/**
 * `nianbao check [--json] [--year YYYY] [--previous LAST] [--summary 汇总.xlsx [--force]]
 * [--timeout 秒] [--memory MB] PATH...`. Each file is read and checked in a worker thread (see
 * batch.ts); the report keeps the order of the files whatever order they finish in. Every path
 * out — usage errors and an unreadable `--previous` included — ends in the documented exit code
 * and, under `--json`, in exactly one JSON document on stdout.
 */
import * as path from "path";
import { FIRST_REPORT_YEAR } from "../core/layout";
import { parseArgs, parseYear, stringOption, UsageError, type ParsedArgs } from "./args";
import { Batch, DEFAULT_BATCH_LIMITS, workerCount, type BatchLimits } from "./batch";
import type { CheckFileOptions, FileResult } from "./check-file";
import { clipText } from "./clip";
import { collectFiles } from "./files";
import { CHECK_HELP } from "./help";
import { EXIT, type CliIo } from "./io";
import { checkTarget, WriteError } from "./new-file";
import { progressOn } from "./progress";
import { filesWithoutTable, type RenderedResult } from "./rendered";
import { formatJson, formatJsonParts, jsonReport } from "./report-json";
import { summaryLine } from "./report-text";
import { exitCodeOf, summarize, summarizeCounts } from "./summary";

const SPECS = [
  { name: "json" },
  { name: "year", value: "年份" },
  { name: "previous", value: "上年报告文件" },
  { name: "summary", value: "汇总文件名" },
  { name: "force" },
  { name: "timeout", value: "秒数" },
  { name: "memory", value: "兆字节数" },
];

/** A run that cannot go on (bad arguments, `--previous` unreadable): the message is for the user. */
class RunError extends Error {}

/** `--json` among the options (before `--`), known before the arguments are parsed. */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).includes("--json");
}

/** A whole number of `--timeout` seconds or `--memory` MB within sensible bounds. */
function positiveOption(args: ParsedArgs, name: string, min: number, max: number, what: string): number | undefined {
  const text = stringOption(args, name);
  if (text === undefined) return undefined;
  const half = text.trim().normalize("NFKC");
  if (!/^\d+$/.test(half) || Number(half) < min || Number(half) > max) {
    throw new UsageError(`--${name} 应为 ${min} 到 ${max} 之间的整数（${what}），收到的是“${clipText(text, 20)}”`);
  }
  return Number(half);
}

function batchLimits(args: ParsedArgs, io: CliIo): BatchLimits {
  const limits = { ...DEFAULT_BATCH_LIMITS, ...io.batch };
  const timeout = positiveOption(args, "timeout", 1, 3600, "每个文件最多用时多少秒");
  const memory = positiveOption(args, "memory", 64, 16384, "每个文件最多用多少兆字节内存");
  if (timeout !== undefined) limits.timeoutSeconds = timeout;
  if (memory !== undefined) limits.memoryMb = memory;
  return limits;
}

export async function checkCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const json = wantsJson(argv);
  try {
    return await runCheck(argv, io, json);
  } catch (err) {
    if (!json) {
      if (err instanceof RunError || err instanceof WriteError) {
        io.stderr.write(`${err.message}\n`);
        return EXIT.failure;
      }
      throw err; // usage errors and defects: main says what to do
    }
    let message: string;
    if (err instanceof UsageError) message = `${err.message}；查看用法：nianbao check --help`;
    else if (err instanceof RunError || err instanceof WriteError) message = err.message;
    else message = `nianbao 内部错误，请把这条信息反馈给维护者：${clipText(err instanceof Error ? `${err.name}: ${err.message}` : String(err), 200)}`;
    io.stderr.write(`${message}\n`);
    io.stdout.write(formatJson(jsonReport([], summarize([]), message)));
    return EXIT.failure;
  }
}

async function runCheck(argv: readonly string[], io: CliIo, json: boolean): Promise<number> {
  const args = parseArgs(argv, SPECS);
  if (args.help) {
    io.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const yearText = stringOption(args, "year");
  const options: CheckFileOptions = yearText === undefined ? {} : { year: parseYear(yearText, FIRST_REPORT_YEAR) };
  const limits = batchLimits(args, io);
  if (args.positionals.length === 0) {
    throw new UsageError("请给出要校验的文件或文件夹，例如 nianbao check 2024年报统计表.xlsx");
  }
  const force = args.options.has("force");
  const summaryPath = stringOption(args, "summary");
  if (force && summaryPath === undefined) throw new UsageError("--force 只与 --summary 一起使用：允许覆盖已有的汇总文件");
  const summaryTarget = summaryPath === undefined ? undefined : { shown: summaryPath, absolute: path.resolve(io.cwd, summaryPath) };
  if (summaryTarget) {
    if (!summaryTarget.shown.toLowerCase().endsWith(".xlsx")) {
      throw new UsageError(`汇总文件“${clipText(summaryTarget.shown, 60)}”应以 .xlsx 结尾，例如 --summary 汇总.xlsx`);
    }
    // Before hours of checking, not after: the name is refused now if it is taken.
    await checkTarget(summaryTarget.absolute, summaryTarget.shown, force, "汇总.xlsx");
  }

  const list = await collectFiles(args.positionals, io.cwd);
  for (const note of list.notes) io.stderr.write(`${note}\n`);

  const previousPath = stringOption(args, "previous");
  // Last year's report belongs to one agency: comparing a folder of agencies with it is wrong.
  if (previousPath !== undefined && list.files.length !== 1) {
    throw new UsageError(`--previous 只能与一个文件一起使用（收到 ${list.files.length} 个文件）：上年报告只能与同一单位本年的报告比对`);
  }

  const batch = new Batch(limits, workerCount(limits, list.files.length));
  const results: RenderedResult[] = [];
  // Under --json, each file's part of the document, printed as it arrives.
  const printed: string[] = [];
  // Full results only for the 汇总 workbook; otherwise each file comes back as its printed text.
  const render = { as: json ? "json" : "text", keep: summaryTarget !== undefined } as const;
  try {
    if (previousPath !== undefined) {
      const previous = await batch.previous(previousPath, io.cwd, options.year);
      if (!previous.ok) throw new RunError(previous.notes.join("\n"));
      for (const note of previous.notes) io.stderr.write(`${note}\n`);
      options.previous = previous.tables;
    }
    const progress = progressOn(io.stderr, list.files.length);
    const pending = list.files.map((found) =>
      batch.check(found, options, render).then((result) => {
        progress.tick();
        return result;
      }),
    );
    for (const next of pending) {
      const result = await next;
      results.push(result);
      if (json) {
        printed.push(result.text);
        // Diagnostics go to stderr in JSON mode too, so a script's log still shows which file failed.
        if (result.error !== null) {
          progress.clear();
          io.stderr.write(`${result.file}：无法读取：${result.error}\n`);
        }
      } else {
        // Each file as soon as it (and every file before it) is checked.
        progress.clear();
        io.stdout.write(`${result.text}\n\n`);
      }
    }
    progress.clear();
  } finally {
    await batch.close();
  }

  const summary = summarizeCounts(results);
  // The checks are done either way: a summary that cannot be written loses none of them.
  let unwritten: string | undefined;
  if (summaryTarget) {
    try {
      // exceljs takes a while to load: only runs that write a summary pay for it.
      const { writeSummaryWorkbook } = await import("./summary-file");
      const full = results.map((r) => r.full).filter((r): r is FileResult => r !== undefined);
      await writeSummaryWorkbook(full, summaryTarget.absolute, summaryTarget.shown, force);
      io.stderr.write(`已写入汇总表 ${summaryTarget.shown}（${results.length} 个文件）\n`);
    } catch (err) {
      if (!(err instanceof WriteError)) throw err;
      unwritten = `汇总表未写入：${err.message}`;
      io.stderr.write(`${unwritten}\n`);
    }
  }
  io.stdout.write(json ? formatJsonParts(printed, summary, unwritten) : `${summaryLine(summary, filesWithoutTable(results))}\n`);
  const code = exitCodeOf(summary, list.emptyFolders.length > 0);
  return unwritten === undefined ? code : EXIT.failure;
}

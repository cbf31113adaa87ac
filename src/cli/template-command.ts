/** `nianbao template [--format F] [--year YYYY] --agency NAME --out FILE.xlsx [--force]`. */
import * as path from "path";
import { tableName } from "../core/describe";
import { FORMAT_IDS, formatForYear, formatShortName, isFormatId } from "../core/formats";
import type { FormatId } from "../core/formats/model";
import { FIRST_REPORT_YEAR, planTemplate, TemplateInputError, type SheetPlan } from "../core/layout";
import { reportingYear } from "../core/reporting-year";
import { parseArgs, parseYear, stringOption, UsageError } from "./args";
import { TEMPLATE_HELP } from "./help";
import { EXIT, type CliIo } from "./io";
import { checkTarget, writeNewFile, WriteError } from "./new-file";
import { writeTemplateFile } from "./xlsx-write";

const SPECS = [{ name: "format", value: "格式" }, { name: "year", value: "年份" }, { name: "agency", value: "单位名称" }, { name: "out", value: "文件名" }, { name: "force" }];

/** What was asked for, checked. */
interface TemplateRequest {
  format: FormatId;
  year: number;
  agency: string;
  /** As typed, for messages. */
  out: string;
  outAbsolute: string;
  force: boolean;
}

function request(argv: readonly string[], io: CliIo): TemplateRequest | "help" {
  const args = parseArgs(argv, SPECS);
  if (args.help) return "help";
  if (args.positionals.length > 0) {
    throw new UsageError(`多余的参数“${args.positionals.join(" ")}”；文件名请写在 --out 后面，含空格的单位名称请加引号`);
  }
  const yearText = stringOption(args, "year");
  const today = (io.now ?? (() => new Date()))();
  const year = yearText === undefined ? reportingYear(today) : parseYear(yearText, FIRST_REPORT_YEAR);

  const formatText = stringOption(args, "format");
  let format: FormatId = formatForYear(year).id;
  if (formatText !== undefined) {
    if (!isFormatId(formatText.trim())) {
      const choices = FORMAT_IDS.map((id) => `${id}（${formatShortName(id)}）`).join("、");
      throw new UsageError(`不认识的格式“${formatText}”；--format 可以是 ${choices}`);
    }
    format = formatText.trim() as FormatId;
  }

  const agency = stringOption(args, "agency");
  if (agency === undefined) throw new UsageError('缺少 --agency：请写上单位全称，例如 --agency "XX市审计局"');
  const out = stringOption(args, "out");
  if (out === undefined) throw new UsageError("缺少 --out：请写上要生成的文件名，例如 --out 年报统计表.xlsx");
  if (!out.toLowerCase().endsWith(".xlsx")) {
    throw new UsageError(`输出文件“${out}”应以 .xlsx 结尾，例如 --out ${path.parse(out).name || "年报统计表"}.xlsx`);
  }
  return { format, year, agency, out, outAbsolute: path.resolve(io.cwd, out), force: args.options.has("force") };
}

function doneText(plan: SheetPlan, req: TemplateRequest): string {
  const tables = plan.tables.map((t) => `${tableName(plan.format, t.id)} ${t.range}`).join("；");
  const typed = /\s/.test(req.out) ? `"${req.out}"` : req.out;
  return (
    `已生成 ${req.out}：${plan.agency} ${plan.year} 年度统计表，${formatShortName(plan.format)}\n` +
    `  工作表“${plan.name}”：${tables}\n` +
    `填写后可用 nianbao check ${typed} 校验\n`
  );
}

export async function templateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const req = request(argv, io);
  if (req === "help") {
    io.stdout.write(TEMPLATE_HELP);
    return EXIT.ok;
  }
  let plan: SheetPlan;
  try {
    plan = planTemplate(req.format, req.year, req.agency);
  } catch (err) {
    // The core says what is wrong with the format, year or agency, in Chinese.
    if (err instanceof TemplateInputError) throw new UsageError(err.expected ? `${err.message}（--format ${err.expected}）` : err.message);
    throw err;
  }
  try {
    await checkTarget(req.outAbsolute, req.out, req.force, "年报统计表.xlsx");
    // Exclusive unless --force: of two runs onto one name, the second is refused, not both "done".
    await writeNewFile(req.outAbsolute, req.out, req.force, (temp) => writeTemplateFile(plan, temp));
  } catch (err) {
    if (!(err instanceof WriteError)) throw err;
    io.stderr.write(`${err.message}\n`);
    return EXIT.failure;
  }
  io.stdout.write(doneText(plan, req));
  return EXIT.ok;
}

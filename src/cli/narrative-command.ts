/**
 * `nianbao narrative FILE.xlsx [--self 称谓] [--agency 名称] [--year YYYY] [--style 风格]
 * [--fees 金额] [--proposals 件数]`: the paragraphs the statistics tables of one workbook support,
 * under their section headings, on stdout (ready to paste into the report or redirect to a file);
 * what could not be said, and why, on stderr.
 *
 * Exit codes, as `nianbao check`'s: 2 for wrong arguments or an unreadable file; 1 when the text
 * is incomplete — no table was found, or a statement the tables decide was not generated because
 * a cell is blank, not a number, or not found (blank is not zero: no boilerplate then) — or when
 * the tables have error findings (totals that do not add up): the text is printed all the same,
 * but its numbers may be wrong, and a script must not take it as good; 0 otherwise. A fact the tables do not hold and the user did not give (--fees, --proposals) only
 * adds a note: it does not fail the run.
 */
import * as path from "path";
import { checkTables } from "../core/check-tables";
import { formatShortName } from "../core/formats";
import { FIRST_REPORT_YEAR } from "../core/layout";
import {
  NarrativeOptionsError,
  STYLES,
  agencyFromTitles,
  generateNarrative,
  plainText,
  reportTitle,
  selfReferenceFor,
  type Narrative,
  type NarrativeOptions,
  type StyleId,
} from "../core/narrative";
import { parseArgs, parseYear, stringOption, UsageError } from "./args";
import { NARRATIVE_HELP } from "./help";
import { EXIT, type CliIo } from "./io";
import { readWorkbookFile } from "./read-file";

const SPECS = [
  { name: "self", value: "称谓" },
  { name: "agency", value: "单位名称" },
  { name: "year", value: "年份" },
  { name: "style", value: "风格" },
  { name: "fees", value: "金额" },
  { name: "proposals", value: "件数" },
];

const STYLE_CHOICES = STYLES.map((s) => `${s.id}（${s.name}）`).join("、");

/** `standard` or its Chinese name `标准`. */
function parseStyle(text: string): StyleId {
  const t = text.trim();
  const found = STYLES.find((s) => s.id === t.toLowerCase() || s.name === t);
  if (!found) throw new UsageError(`不认识的风格“${text}”；--style 可以是 ${STYLE_CHOICES}`);
  return found.id;
}

/** `300`, `３００元`, `1,250.50` → yuan. */
function parseFees(text: string): number {
  const s = text.normalize("NFKC").replace(/\s+/g, "").replace(/元$/, "").replace(/,/g, "");
  if (!/^\d+(?:\.\d+)?$/.test(s)) throw new UsageError(`--fees 应为本年收取的信息处理费金额，单位为元，例如 --fees 300，未收取写 --fees 0（收到的是“${text}”）`);
  return Number(s);
}

/** `3`, `３件` → 3. */
function parseCount(text: string): number {
  const s = text.normalize("NFKC").replace(/\s+/g, "").replace(/件$/, "");
  if (!/^\d+$/.test(s)) throw new UsageError(`--proposals 应为本年办理的人大代表建议和政协委员提案件数，例如 --proposals 3，没有的写 --proposals 0（收到的是“${text}”）`);
  return Number(s);
}

interface Request {
  file: string;
  self?: string;
  agency?: string;
  year?: number;
  style?: StyleId;
  fees?: number;
  proposals?: number;
}

function request(argv: readonly string[]): Request | "help" {
  const args = parseArgs(argv, SPECS);
  if (args.help) return "help";
  if (args.positionals.length === 0) throw new UsageError("请给出要生成正文的 .xlsx 文件，例如 nianbao narrative 2024年报统计表.xlsx");
  if (args.positionals.length > 1) {
    throw new UsageError(`一次只能处理一个文件，收到了 ${args.positionals.length} 个（${args.positionals.join("、")}）；含空格的称谓或单位名称请加引号`);
  }
  const req: Request = { file: args.positionals[0] };
  const self = stringOption(args, "self");
  if (self !== undefined) req.self = self.trim();
  const agency = stringOption(args, "agency");
  if (agency !== undefined) req.agency = agency.trim();
  const year = stringOption(args, "year");
  if (year !== undefined) req.year = parseYear(year, FIRST_REPORT_YEAR);
  const style = stringOption(args, "style");
  if (style !== undefined) req.style = parseStyle(style);
  const fees = stringOption(args, "fees");
  if (fees !== undefined) req.fees = parseFees(fees);
  const proposals = stringOption(args, "proposals");
  if (proposals !== undefined) req.proposals = parseCount(proposals);
  return req;
}

/** A problem from the core, with the option that sets what it is about. */
function withOption(problem: string): string {
  if (/称谓/.test(problem)) return `${problem}（选项 --self）`;
  if (/报告年度/.test(problem)) return `${problem}（选项 --year）`;
  return problem;
}

/**
 * Notes on stderr: which report this is, errors in its tables, inputs that do not apply, what was
 * not generated.
 */
function notes(req: Request, narrative: Narrative, agency: string, errors: number): string[] {
  const style = STYLES.find((s) => s.id === narrative.style)?.name ?? narrative.style;
  const out = [`${req.file}：${narrative.year} 年度，${formatShortName(narrative.format)}，${agency ? `单位“${agency}”，` : ""}称谓“${narrative.subject}”，风格：${style}`];
  if (errors > 0) {
    out.push(
      `注意：统计表中有 ${errors} 个错误（合计与分项不符等），以上正文按表中现有数字生成，其中的数字可能不对。` + `请用 nianbao check ${req.file} 查看并改正统计表后重新生成`,
    );
  }
  const legacy = narrative.format === "legacy-2014";
  if (legacy && req.fees !== undefined) out.push("说明：--fees 只用于 2019 年起的报告（信息处理费）；2018 年及以前的收费情况按统计表第八项填写的金额生成，已忽略 --fees");
  if (!legacy && req.proposals !== undefined) out.push("说明：--proposals 只用于 2018 年及以前的报告（第八部分“人大政协建议提案办理总体情况”），已忽略");
  for (const n of narrative.notices) out.push(`${n.severity === "info" ? "提示" : "未生成"}：${n.message}`);
  return out;
}

export async function narrativeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const req = request(argv);
  if (req === "help") {
    io.stdout.write(NARRATIVE_HELP);
    return EXIT.ok;
  }
  const read = await readWorkbookFile(path.resolve(io.cwd, req.file));
  if (!read.ok) {
    io.stderr.write(`${req.file}：无法读取：${read.error}\n`);
    return EXIT.failure;
  }
  const sheets = read.workbook.sheets.map((s) => s.grid);
  const checked = checkTables(sheets, { ...(req.year !== undefined ? { year: req.year } : {}), fileName: path.basename(req.file) });
  const tables = checked.tables;
  if (tables.length === 0) {
    const names = sheets.map((s) => `“${s.name}”`).join("、");
    io.stderr.write(
      `${req.file}：没有找到政府信息公开工作年度报告的统计表（已查看工作表 ${names}），无法生成正文。` +
        "请先用 nianbao check 核对表格，或用 nianbao template 生成标准表格后填写\n",
    );
    return EXIT.findings;
  }

  const agency = req.agency ?? agencyFromTitles(sheets, tables) ?? "";
  const options: NarrativeOptions = { subject: req.self ?? selfReferenceFor(agency) };
  if (req.year !== undefined) options.year = req.year;
  if (req.style !== undefined) options.style = req.style;
  if (req.fees !== undefined) options.feesCollected = req.fees;
  if (req.proposals !== undefined) options.proposals = req.proposals;
  let narrative: Narrative;
  try {
    narrative = generateNarrative(tables, options);
  } catch (err) {
    // What the user typed (a 称谓 with punctuation) or must add (--year): Chinese, with what to type.
    if (err instanceof NarrativeOptionsError) throw new UsageError(err.problems.map(withOption).join("；"));
    throw err;
  }

  if (narrative.paragraphs.length > 0) io.stdout.write(plainText(narrative, reportTitle(agency, narrative.year)));
  const errors = checked.findings.filter((f) => f.severity === "error").length;
  io.stderr.write(`${notes(req, narrative, agency, errors).join("\n")}\n`);
  const incomplete = narrative.paragraphs.length === 0 || narrative.notices.some((n) => n.severity !== "info");
  return incomplete || errors > 0 ? EXIT.findings : EXIT.ok;
}

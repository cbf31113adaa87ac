/**
 * A small argument parser for the commands: `--name value`, `--name=value`, flags, `--` and
 * positionals. Hand-written because the grammar is tiny and every message must be Chinese.
 */

/** Wrong usage; the message is shown as it is, followed by a pointer to the help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface OptionSpec {
  /** Without the dashes: `year`. */
  name: string;
  /** What the value is, in Chinese, for "missing value" messages (`年份`); absent for flags. */
  value?: string;
}

export interface ParsedArgs {
  /** Options given: the value, or `true` for a flag. */
  options: Map<string, string | true>;
  positionals: string[];
  /** `-h` or `--help` was among the arguments. */
  help: boolean;
}

const optionList = (specs: readonly OptionSpec[]): string => specs.map((s) => `--${s.name}`).join("、");

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h" || arg === "--help") {
      help = true;
      continue;
    }
    // Chinese input methods turn `--` into `——` or `－－`: say so rather than take it for a path.
    const wide = /^(?:[—－]+|[–]+)([A-Za-z].*)$/.exec(arg);
    if (wide) throw new UsageError(`选项要用半角短横线：请把“${arg}”改为“--${wide[1]}”`);
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^-{1,2}/, "");
    const spec = byName.get(name);
    if (!spec || !arg.startsWith("--")) {
      const hint = specs.length > 0 ? `；可用的选项：${optionList(specs)}` : "";
      throw new UsageError(`不认识的选项“${arg}”${hint}`);
    }
    if (options.has(name)) throw new UsageError(`选项 --${name} 给了不止一次，请只保留一个`);
    if (spec.value === undefined) {
      if (eq >= 0) throw new UsageError(`选项 --${name} 不带值，请写作 --${name}`);
      options.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) value = argv[++i];
    if (value === undefined || value.trim() === "") {
      throw new UsageError(`选项 --${name} 后面缺少${spec.value}，例如 --${name} ${exampleOf(spec)}`);
    }
    options.set(name, value);
  }
  return { options, positionals, help };
}

function exampleOf(spec: OptionSpec): string {
  switch (spec.name) {
    case "year":
      return "2024";
    case "format":
      return "national-2021";
    case "agency":
      return "XX市审计局";
    case "out":
      return "年报统计表.xlsx";
    case "self":
      return "我局";
    case "style":
      return "standard";
    case "fees":
      return "0";
    case "proposals":
      return "0";
    default:
      return `<${spec.value}>`;
  }
}

/** The string value of an option, or undefined. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === "string" ? v : undefined;
}

/**
 * A report year typed by the user: four ASCII digits (full-width digits are accepted, as Chinese
 * input methods type them), not before `first`.
 */
export function parseYear(text: string, first: number): number {
  const half = text.trim().normalize("NFKC");
  if (!/^\d{4}$/.test(half) || Number(half) < first) {
    throw new UsageError(`--year 应为 ${first} 年以后的四位数年份，例如 --year 2024（收到的是“${text}”）`);
  }
  return Number(half);
}

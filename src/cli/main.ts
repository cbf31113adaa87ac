/**
 * The command line's entry point: `main(argv, io)` returns the exit code, so tests run it
 * in-process; `bin/nianbao.js` only passes `process.argv` and the real streams.
 */
import { UsageError } from "./args";
import { helpFor, MAIN_HELP } from "./help";
import { clipText } from "./clip";
import { EXIT, type CliIo } from "./io";

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/**
 * Loaded on demand: exceljs and the core take a good part of a second to load, which help and
 * usage errors need not wait for.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  template: async () => (await import("./template-command")).templateCommand,
  check: async () => (await import("./check-command")).checkCommand,
  narrative: async () => (await import("./narrative-command")).narrativeCommand,
};

function usageHint(command: string | undefined): string {
  return command ? `查看用法：nianbao ${command} --help` : "查看用法：nianbao --help";
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr.write(`缺少命令。\n\n${MAIN_HELP}`);
    return EXIT.failure;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    const topic = command === "help" ? rest[0] : undefined;
    const text = helpFor(topic);
    if (text === null) {
      io.stderr.write(`没有“${topic}”这个命令；可用的命令：template、check、narrative\n`);
      return EXIT.failure;
    }
    io.stdout.write(text);
    return EXIT.ok;
  }
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.stderr.write(`不认识的命令“${command}”；可用的命令：template、check、narrative、help。${usageHint(undefined)}\n`);
    return EXIT.failure;
  }
  try {
    const run = await load();
    return await run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`${err.message}\n${usageHint(command)}\n`);
      return EXIT.failure;
    }
    // The stack is for the maintainer; cut, so a message quoting a huge value stays readable.
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr.write(`nianbao 内部错误，请把这条信息反馈给维护者：\n${clipText(detail, 2000)}\n`);
    return EXIT.failure;
  }
}

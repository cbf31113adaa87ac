/**
 * From the PATHs typed after `nianbao check` to the list of files to check: files as given,
 * folders searched recursively for every form a reader takes, in a stable order so two runs
 * print the same report. What a folder holds that cannot be checked — a spreadsheet of a form no
 * reader takes, a pipe or device named like a report, a sub-folder that cannot be opened — is
 * listed as a file that could not be read, so it shows in the report and the exit code.
 */
import type { Dirent, Stats } from "fs";
import { promises as fs } from "fs";
import * as path from "path";
import { extensionOf, SUPPORTED_EXTENSIONS, unsupportedReason } from "../readers/sniff";
import { decodeFileName, isMacMetadata } from "./file-names";

/** One entry of the list: a path to read (it may still turn out unreadable). */
export interface FoundFile {
  /** The path as the user typed it, or the typed folder joined with the name found inside. */
  file: string;
  /**
   * The path to open: a string, or the raw bytes of a path whose names are not UTF-8 (GBK
   * names left by unzipping a Windows zip), which a string cannot carry.
   */
  absolute: string | Uint8Array;
  /** Known before reading: why this cannot be checked (unsupported form, not a regular file). */
  error?: string;
}

export interface FileList {
  files: FoundFile[];
  /** Chinese notes for stderr: folders reached twice through links, and the like. */
  notes: string[];
  /** Typed folders in which nothing to check was found. */
  emptyFolders: string[];
}

/** Excel's lock file while a workbook is open: `~$报表.xlsx`. Not a workbook. */
export const isLockFile = (name: string): boolean => name.startsWith("~$");

const isSupportedName = (name: string): boolean => SUPPORTED_EXTENSIONS.includes(extensionOf(name));

export const NOT_REGULAR = "不是普通文件（可能是管道、设备或特殊文件），不能作为报告读取，已跳过";
export const IS_FOLDER = "这是一个文件夹，不是报告文件（可能是解压后的文件夹）；请校验原文件";

/** Compare as a reader of a file list expects: by code point, folders' contents in place. */
const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Why a folder could not be opened, for the person who owns the files. */
function folderProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "没有打开这个文件夹的权限，其中的文件未校验；如需校验，请复制到自己的文件夹后再试";
  if (code === "ELOOP") return "符号链接层数过多（可能循环），已跳过";
  return `无法打开这个文件夹（${code ?? "未知原因"}），其中的文件未校验`;
}

interface Walk {
  out: FoundFile[];
  notes: string[];
  /** Folders already walked (device:inode), so a link back up the tree is walked once. */
  seen: Set<string>;
}

const idOf = (s: Stats): string => `${s.dev}:${s.ino}`;

const joinRaw = (dir: Buffer, name: Buffer): Buffer => Buffer.concat([dir, Buffer.from(path.sep), name]);

/** A path for fs: a string when it is valid UTF-8 (most paths), else its bytes. */
function openable(raw: Buffer): string | Uint8Array {
  const text = decodeFileName(raw);
  return text.utf8 ? text.name : raw;
}

/** A sub-folder (or a link to one) walked once; a second visit is noted, never looped. */
async function walkInto(dirRaw: Buffer, dirShown: string, stats: Stats, linked: boolean, ctx: Walk): Promise<void> {
  const id = idOf(stats);
  if (ctx.seen.has(id)) {
    if (linked) ctx.notes.push(`“${dirShown}”是指向已检查过的文件夹的链接，未重复检查`);
    return;
  }
  ctx.seen.add(id);
  await walk(dirRaw, dirShown, ctx);
}

/**
 * A directory walked depth-first, entries sorted by their decoded names. Names are read as
 * bytes: a GBK name is shown decoded and opened by its bytes.
 */
async function walk(dirRaw: Buffer, dirShown: string, ctx: Walk): Promise<void> {
  let entries: Dirent<Buffer>[];
  try {
    entries = await fs.readdir(dirRaw, { withFileTypes: true, encoding: "buffer" });
  } catch (err) {
    ctx.out.push({ file: `${dirShown}${path.sep}`, absolute: openable(dirRaw), error: folderProblem(err) });
    return;
  }
  const named = entries.map((entry) => ({ entry, name: decodeFileName(entry.name).name })).sort(byName);
  for (const { entry, name } of named) {
    const raw = joinRaw(dirRaw, entry.name);
    const shown = path.join(dirShown, name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    let stats: Stats | null = null;
    if (entry.isSymbolicLink() || isDir) {
      stats = await fs.stat(raw).catch(() => null);
      if (entry.isSymbolicLink() && stats === null) {
        if (isSupportedName(name)) ctx.out.push({ file: shown, absolute: openable(raw), error: "这是一个失效的链接（指向的文件不存在），已跳过" });
        continue;
      }
      isDir = stats?.isDirectory() ?? false;
      isFile = stats?.isFile() ?? false;
    }
    if (isLockFile(name) || isMacMetadata(name)) continue;
    if (isSupportedName(name)) {
      const found: FoundFile = { file: shown, absolute: openable(raw) };
      if (isDir) found.error = IS_FOLDER;
      else if (!isFile) found.error = NOT_REGULAR;
      ctx.out.push(found);
    } else if (isDir && stats) {
      await walkInto(raw, shown, stats, entry.isSymbolicLink(), ctx);
    } else {
      const reason = unsupportedReason(extensionOf(name));
      if (reason !== null) ctx.out.push({ file: shown, absolute: openable(raw), error: reason });
    }
  }
}

/** A file typed twice, or typed and also inside a typed folder, is checked once. */
function unique(files: FoundFile[]): FoundFile[] {
  const seen = new Set<string>();
  const key = (f: FoundFile): string => (typeof f.absolute === "string" ? f.absolute : Buffer.from(f.absolute).toString("latin1"));
  return files.filter((f) => (seen.has(key(f)) ? false : (seen.add(key(f)), true)));
}

/**
 * Expand the typed paths. A path that does not exist, or a typed file of another type, is kept
 * as given: reading it reports why it cannot be checked, so a typo is never silently dropped.
 */
export async function collectFiles(paths: readonly string[], cwd: string): Promise<FileList> {
  const files: FoundFile[] = [];
  const notes: string[] = [];
  const emptyFolders: string[] = [];
  for (const typed of paths) {
    const absolute = path.resolve(cwd, typed);
    // Missing or unreachable paths are reported when they are read.
    const stats = await fs.stat(absolute).catch(() => null);
    if (!stats?.isDirectory()) {
      const found: FoundFile = { file: typed, absolute };
      if (stats && !stats.isFile()) found.error = NOT_REGULAR;
      files.push(found);
      continue;
    }
    if (isSupportedName(typed)) {
      files.push({ file: typed, absolute, error: IS_FOLDER });
      continue;
    }
    const ctx: Walk = { out: [], notes, seen: new Set([idOf(stats)]) };
    await walk(Buffer.from(absolute), typed, ctx);
    if (ctx.out.length === 0) {
      notes.push(`文件夹“${typed}”中没有可校验的报告文件（${SUPPORTED_EXTENSIONS.join(" ")}）`);
      emptyFolders.push(typed);
    }
    files.push(...ctx.out);
  }
  return { files: unique(files), notes, emptyFolders };
}

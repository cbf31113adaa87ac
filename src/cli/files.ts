/**
 * From the PATHs typed after `nianbao check` to the list of workbooks to check: files as given,
 * folders searched recursively for .xlsx, in a stable order so two runs print the same report.
 */
import { promises as fs } from "fs";
import * as path from "path";

/** One entry of the list: a path to read (it may still turn out unreadable). */
export interface FoundFile {
  /** The path as the user typed it, or the typed folder joined with the path found inside. */
  file: string;
  /** Absolute path, for reading. */
  absolute: string;
}

export interface FileList {
  files: FoundFile[];
  /**
   * Chinese notes for stderr: folders without any .xlsx, old .xls files skipped inside folders.
   * They do not make a file unreadable; the caller decides what they mean for the exit code.
   */
  notes: string[];
  /** Typed folders in which no .xlsx was found. */
  emptyFolders: string[];
}

/** Excel's lock file while a workbook is open: `~$报表.xlsx`. Not a workbook. */
export const isLockFile = (name: string): boolean => name.startsWith("~$");

const isXlsxName = (name: string): boolean => name.toLowerCase().endsWith(".xlsx");

/** Formats people keep beside their .xlsx that cannot be read without converting them first. */
const CONVERTIBLE = /\.(xls|et|ods|xlsm|xlsb|csv)$/i;

/** Compare as a reader of a file list expects: by code point, folders' contents in place. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A directory walked depth-first, entries sorted by name. A directory whose name ends in .xlsx
 * is returned as a file: reading it then says it is a folder (someone unzipped a workbook).
 */
async function walk(dirAbs: string, dirShown: string, out: FoundFile[], skipped: string[]): Promise<void> {
  const entries = await fs.readdir(dirAbs, { withFileTypes: true });
  entries.sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    const abs = path.join(dirAbs, entry.name);
    const shown = path.join(dirShown, entry.name);
    if (isXlsxName(entry.name)) {
      if (!isLockFile(entry.name)) out.push({ file: shown, absolute: abs });
    } else if (entry.isDirectory()) {
      await walk(abs, shown, out, skipped);
    } else if (CONVERTIBLE.test(entry.name) && !isLockFile(entry.name)) {
      skipped.push(shown);
    }
  }
}

/** A file typed twice, or typed and also inside a typed folder, is checked once. */
function unique(files: FoundFile[]): FoundFile[] {
  const seen = new Set<string>();
  return files.filter((f) => (seen.has(f.absolute) ? false : (seen.add(f.absolute), true)));
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
    let isDir = false;
    try {
      isDir = (await fs.stat(absolute)).isDirectory();
    } catch {
      // Missing or unreachable: reported when it is read.
    }
    if (!isDir || isXlsxName(typed)) {
      files.push({ file: typed, absolute });
      continue;
    }
    const found: FoundFile[] = [];
    const skipped: string[] = [];
    try {
      await walk(absolute, typed, found, skipped);
    } catch (err) {
      notes.push(`无法读取文件夹“${typed}”：${(err as Error).message}`);
      emptyFolders.push(typed);
      continue;
    }
    if (skipped.length > 0) {
      notes.push(
        `文件夹“${typed}”中有 ${skipped.length} 个不是 .xlsx 的表格文件未校验（${skipped.join("、")}）；` +
          `如需校验，请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）`,
      );
    }
    if (found.length === 0) {
      notes.push(`文件夹“${typed}”中没有 .xlsx 文件`);
      emptyFolders.push(typed);
    }
    files.push(...found);
  }
  return { files: unique(files), notes, emptyFolders };
}

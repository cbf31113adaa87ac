/**
 * Writing a file the user named (`template --out`, `check --summary`) without ever overwriting
 * one by accident: the content goes to a temporary file beside it, which is then linked to the
 * name — a link fails when the name exists, so two runs at once cannot both "succeed" onto one
 * path, and a run interrupted half way never leaves half a file under the name.
 */
import { constants, promises as fs } from "fs";
import * as path from "path";
import { clipText } from "./clip";

/** The file could not be written; the message is Chinese, for the user. */
export class WriteError extends Error {}

/** Before any work: refuse an existing file (without force), a folder, or a missing folder. */
export async function checkTarget(absolute: string, shown: string, force: boolean, example: string): Promise<void> {
  const existing = await fs.stat(absolute).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENAMETOOLONG") throw new WriteError(writeProblem(err, shown));
    return null;
  });
  if (existing?.isDirectory()) throw new WriteError(`“${shown}”是一个文件夹，请写文件名，例如 ${path.join(shown, example)}`);
  if (existing && !force) throw new WriteError(alreadyThere(shown));
  const parent = await fs.stat(path.dirname(absolute)).catch(() => null);
  if (!parent?.isDirectory()) throw new WriteError(`文件夹“${path.dirname(shown)}”不存在，请先创建它，或换一个位置`);
}

const alreadyThere = (shown: string): string => `文件“${clipText(shown, 60)}”已经存在，没有覆盖；如需覆盖请加 --force，或换一个文件名`;

/** File systems without hard links (FAT, some network shares) say so with these codes. */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

/** Put the finished temporary file at `absolute`, failing if something is already there. */
async function placeExclusively(temp: string, absolute: string): Promise<void> {
  try {
    await fs.link(temp, absolute);
  } catch (err) {
    if (!NO_LINKS.has((err as NodeJS.ErrnoException).code ?? "")) throw err;
    // Still exclusive (O_EXCL), though a reader could see the copy before it is complete.
    await fs.copyFile(temp, absolute, constants.COPYFILE_EXCL);
  }
}

/** Why writing failed, in words for the person who chose the name. */
function writeProblem(err: unknown, typed: string): string {
  const shown = clipText(typed, 60);
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case "EEXIST":
      return alreadyThere(shown);
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `没有权限写入“${shown}”（文件可能正在 Excel 中打开，或文件夹不可写）；请关闭文件或换一个位置`;
    case "EBUSY":
      return `“${shown}”正被其他程序占用（可能正在 Excel 中打开），请关闭后再试`;
    case "ENOSPC":
      return "磁盘空间不足，无法写入文件";
    case "ENOENT":
      return `文件夹“${path.dirname(shown)}”不存在，请先创建它，或换一个位置`;
    case "ENAMETOOLONG":
      return `文件名“${shown}”太长，请换一个短些的文件名`;
    default:
      return `无法写入“${shown}”（${code ?? "未知原因"}）`;
  }
}

/**
 * `write` fills the temporary path; then it is moved to `absolute`: replacing what is there
 * with `force`, else only if the name is still free. Throws `WriteError`.
 */
export async function writeNewFile(absolute: string, shown: string, force: boolean, write: (temp: string) => Promise<void>): Promise<void> {
  // Short, whatever the target's length: a long name plus a suffix must not exceed the file system's limit.
  const temp = path.join(path.dirname(absolute), `.nianbao-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    await write(temp);
    if (force) await fs.rename(temp, absolute);
    else await placeExclusively(temp, absolute);
  } catch (err) {
    if (err instanceof WriteError) throw err;
    throw new WriteError(writeProblem(err, shown));
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

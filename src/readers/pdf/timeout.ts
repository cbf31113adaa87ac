/**
 * A page that takes longer than this to read was built to hang a reader (or is no report): the
 * file gets a message and the run goes on with the next file.
 */
import { ReaderError } from "../errors";

export const PAGE_TIME_LIMIT_MS = 20_000;

export function withTimeout<T>(work: Promise<T>, page: number, limitMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ReaderError(`PDF 第 ${page} 页内容异常复杂，读取超时（超过 ${Math.round(limitMs / 1000)} 秒）；请提供报告的 Word/Excel 原件`)),
      limitMs,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

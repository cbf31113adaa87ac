/** Placeholder until the xls reader lands: says so as that file's error. */
import { ReaderError } from "../errors";
import type { ReadLimits } from "../limits";
import type { ReadBook } from "../types";

export async function read(_data: Uint8Array, _limits: ReadLimits): Promise<ReadBook> {
  throw new ReaderError("暂不支持读取这种文件");
}

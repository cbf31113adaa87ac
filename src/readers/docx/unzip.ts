/**
 * Temporary: the parts of a .docx this reader needs, straight from fflate, until the shared
 * `src/readers/zip.ts` lands (then this file goes and `openZip` takes its place).
 */
import { unzipSync } from "fflate";
import { ReaderError } from "../errors";
import type { ReadLimits } from "../limits";

export interface DocxParts {
  text(name: string): string | null;
}

const DAMAGED = "文件已损坏，无法作为 Word 文档（.docx）打开；请在 Word 或 WPS 中打开后重新保存为 .docx 再校验";

/** Each part inflated on demand, so only the parts read count against the limits. */
export function openParts(data: Uint8Array, limits: ReadLimits): DocxParts {
  let inflated = 0;
  const decoder = new TextDecoder("utf-8");
  return {
    text(name) {
      let files: Record<string, Uint8Array>;
      try {
        files = unzipSync(data, {
          filter: (f) => {
            if (f.name !== name) return false;
            inflated += f.originalSize;
            if (inflated > limits.maxInflatedBytes || f.originalSize > Math.max(1, f.size) * limits.maxCompressionRatio)
              throw new ReaderError("文件解压后过大，不像是年度报告；请只提交报告本身");
            return true;
          },
        });
      } catch (err) {
        if (err instanceof ReaderError) throw err;
        throw new ReaderError(DAMAGED);
      }
      return files[name] ? decoder.decode(files[name]) : null;
    },
  };
}

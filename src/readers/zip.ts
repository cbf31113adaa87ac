/**
 * The zip container of .xlsx and .docx, opened with its limits checked before any work: the
 * central directory is read first, each part's declared size and compression ratio are weighed
 * before it is inflated, and inflation stops the moment the output outgrows what was declared
 * or what the limits allow (declared sizes can lie; a zip bomb lies on purpose).
 *
 * Parts are inflated on demand, one at a time, so a reader that needs four parts of a forty-part
 * package never pays for the other thirty-six.
 */
import { Inflate } from "fflate";
import { clip, ReaderError } from "./errors";
import type { ReadLimits } from "./limits";

export interface ZipArchive {
  /** Is there a part of this name (case-insensitive, as OPC part names are)? */
  has(name: string): boolean;
  /** Every part name, in central-directory order. */
  names(): string[];
  /** A part's inflated bytes, or null when there is no such part. */
  bytes(name: string): Uint8Array | null;
  /** A part as UTF-8 text (a BOM dropped), or null when there is no such part. */
  text(name: string): string | null;
  /**
   * A part's inflated bytes in chunks, as they come, so a large part is never held whole. `sink`
   * returns false to stop early (the rest is not inflated); `last` says no chunk follows (it may
   * also be false for the last one). Returns false when there is no such part.
   */
  stream(name: string, sink: (chunk: Uint8Array, last: boolean) => boolean | void): boolean;
}

/**
 * A host's own raw-deflate inflater, much faster than fflate where there is one (Node's zlib is
 * about three times faster here): the inflated bytes, or null when they would exceed `maxBytes`
 * (it must stop there, not inflate everything first); throws for data that is not deflate.
 */
export type RawInflate = (compressed: Uint8Array, maxBytes: number) => Uint8Array | null;

let hostInflate: RawInflate | null = null;

/** Let the host inflate parts (the command line passes zlib); null goes back to fflate. */
export function useRawInflate(inflate: RawInflate | null): void {
  hostInflate = inflate;
}

/** Parts up to this size go to the host's inflater whole; larger ones stream, so a reader can stop early. */
const HOST_INFLATE_MAX_BYTES = 64 * 1024 * 1024;
/**
 * The slices a part inflated whole is handed to a streaming reader in. A data sheet's part is a
 * few MB: in 1 MB slices each was decoded in pieces and scanned as strings joined across the cuts,
 * and a department workbook (20 sheets of 100,000 numbers) read about a fifth slower than with
 * 4 MB, in which such a part comes as one piece (bench/read-xlsx.ts). The part is in memory
 * already; a slice only sets how much text is decoded at once.
 */
const SINK_BYTES = 4 * 1024 * 1024;

/** One part as the central directory describes it. */
interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const DAMAGED = "文件已损坏或不完整（压缩包结构有误），无法读取；请在 Excel 或 Word 中打开并重新保存，或重新下载后再校验";
/** The input slice pushed into the inflater at once: bounds the output of one push (≤ ~1032×). */
const PUSH_BYTES = 16 * 1024;
/**
 * Below this declared size the ratio is not weighed: a part of repeated rows compresses far,
 * harmlessly, and the size and total caps bound what a smaller part can cost anyway.
 */
const RATIO_FLOOR_BYTES = 10 * 1024 * 1024;

/** A size for a message: "3.2 MB", "4096 MB", "12 KB". */
function mb(n: number): string {
  if (n < 1024 * 1024) return `${Math.ceil(n / 1024)} KB`;
  return `${n >= 10 * 1024 * 1024 ? (n / 1024 / 1024).toFixed(0) : (n / 1024 / 1024).toFixed(1)} MB`;
}

function damaged(detail?: string): ReaderError {
  return new ReaderError(detail ? `文件已损坏或不完整（${detail}），无法读取；请在 Excel 或 Word 中打开并重新保存，或重新下载后再校验` : DAMAGED);
}

function tooLarge(name: string, what: string): ReaderError {
  return new ReaderError(`文件中的“${clip(name, 60)}”${what}，不像是正常的年度报告文件（可能是恶意构造的压缩包）；请只提交报告本身`);
}

/** Little-endian reads that say "damaged" instead of reading past the end. */
class Bytes {
  constructor(readonly data: Uint8Array) {}
  u16(at: number): number {
    if (at < 0 || at + 2 > this.data.length) throw damaged();
    return this.data[at] | (this.data[at + 1] << 8);
  }
  u32(at: number): number {
    if (at < 0 || at + 4 > this.data.length) throw damaged();
    return (this.data[at] | (this.data[at + 1] << 8) | (this.data[at + 2] << 16)) + this.data[at + 3] * 0x1000000;
  }
  /** 64-bit sizes as a JS number: exact up to 2^53, which every real size is. */
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 0x100000000;
  }
}

const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

/** Where the end-of-central-directory record starts: searched backwards over a possible comment. */
function findEocd(b: Bytes): number {
  const data = b.data;
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (data[at] === 0x50 && data[at + 1] === 0x4b && data[at + 2] === 0x05 && data[at + 3] === 0x06) return at;
  }
  throw damaged("找不到压缩包目录，文件可能只下载或复制了一部分");
}

const utf8 = new TextDecoder("utf-8");
const utf8Strict = new TextDecoder("utf-8", { fatal: true });
/** Names without the UTF-8 flag: ASCII in every office package; GBK where a Chinese tool zipped it. */
let gbk: { decode(input: Uint8Array): string } | null | undefined;

/** ASCII bytes as a string (what either decoder gives for them), or null. */
function asciiOf(raw: Uint8Array): string | null {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] >= 0x80) return null;
    out += String.fromCharCode(raw[i]);
  }
  return out;
}

function decodeName(raw: Uint8Array, utf8Flag: boolean): string {
  // ASCII, as in nearly every package: no call into a decoder.
  const ascii = asciiOf(raw);
  if (ascii !== null) return ascii;
  if (utf8Flag) return utf8.decode(raw);
  try {
    return utf8Strict.decode(raw);
  } catch {
    if (gbk === undefined) {
      try {
        gbk = new TextDecoder("gb18030");
      } catch {
        gbk = null;
      }
    }
    return gbk ? gbk.decode(raw) : utf8.decode(raw);
  }
}

/** The central directory's entries, every field checked against the file's bounds. */
function readDirectory(b: Bytes): Entry[] {
  const eocd = findEocd(b);
  let count = b.u16(eocd + 10);
  let dirSize = b.u32(eocd + 12);
  let dirOffset = b.u32(eocd + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator >= 0 && b.u32(locator) === SIG_ZIP64_LOCATOR) {
      const z = b.u64(locator + 8);
      if (b.u32(z) !== SIG_ZIP64_EOCD) throw damaged();
      count = b.u64(z + 32);
      dirSize = b.u64(z + 40);
      dirOffset = b.u64(z + 48);
    }
  }
  if (dirOffset + dirSize > b.data.length) throw damaged("压缩包目录超出文件末尾，文件可能只下载或复制了一部分");
  // Each entry takes at least 46 bytes: a count beyond that is a lie, not a reason to loop.
  if (count * 46 > dirSize) throw damaged();
  const entries: Entry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (b.u32(at) !== SIG_CENTRAL) throw damaged();
    const flags = b.u16(at + 8);
    const method = b.u16(at + 10);
    let compressedSize = b.u32(at + 20);
    let size = b.u32(at + 24);
    const nameLength = b.u16(at + 28);
    const extraLength = b.u16(at + 30);
    const commentLength = b.u16(at + 32);
    let localOffset = b.u32(at + 42);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > b.data.length) throw damaged();
    const name = decodeName(b.data.subarray(nameStart, nameStart + nameLength), (flags & 0x800) !== 0);
    // Zip64: the sizes and offset that overflowed 32 bits follow, in this order, in extra field 1.
    let extra = nameStart + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = b.u16(extra);
      const length = b.u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (size === 0xffffffff) ((size = b.u64(field)), (field += 8));
        if (compressedSize === 0xffffffff) ((compressedSize = b.u64(field)), (field += 8));
        if (localOffset === 0xffffffff) localOffset = b.u64(field);
      }
      extra += 4 + length;
    }
    entries.push({ name, method, flags, compressedSize, size, localOffset });
    at = extraEnd + commentLength;
  }
  return entries;
}

/** Part names are compared without a leading slash, with forward slashes. */
const normalise = (name: string): string => (name.indexOf("\\") < 0 && name.charCodeAt(0) !== 47 ? name : name.replace(/\\/g, "/").replace(/^\/+/, ""));

/** Open a zip held in memory. Throws `ReaderError` when it is not a readable zip. */
export function openZip(data: Uint8Array, limits: ReadLimits): ZipArchive {
  const b = new Bytes(data);
  const entries = readDirectory(b);
  const byName = new Map<string, Entry>();
  const byLowerName = new Map<string, Entry>();
  for (const entry of entries) {
    const key = normalise(entry.name);
    if (!byName.has(key)) byName.set(key, entry);
    const lower = key.toLowerCase();
    if (!byLowerName.has(lower)) byLowerName.set(lower, entry);
  }
  const find = (name: string): Entry | undefined => {
    const key = normalise(name);
    return byName.get(key) ?? byLowerName.get(key.toLowerCase());
  };
  /** Bytes inflated so far from this archive, over all parts. */
  let inflatedTotal = 0;

  /** The compressed bytes of a part, after checking everything that can be checked before inflating. */
  function compressedOf(entry: Entry): Uint8Array {
    if (entry.flags & 0x1) throw new ReaderError("文件中的内容已加密（设置了密码），无法读取；请在 Excel 或 Word 中清除密码并重新保存后再校验");
    if (entry.method !== 0 && entry.method !== 8)
      throw new ReaderError(`文件使用了不支持的压缩方式（方法 ${entry.method}），无法读取；请在 Excel、WPS 或 Word 中打开并重新保存后再校验`);
    if (entry.size > limits.maxInflatedBytes - inflatedTotal) throw tooLarge(entry.name, `解压后达 ${mb(entry.size)}（上限 ${mb(limits.maxInflatedBytes)}）`);
    if (entry.size > RATIO_FLOOR_BYTES && entry.size > entry.compressedSize * limits.maxCompressionRatio)
      throw tooLarge(entry.name, `压缩比异常（${mb(entry.compressedSize)} 解压后达 ${mb(entry.size)}，超过 ${limits.maxCompressionRatio} 倍）`);
    const local = entry.localOffset;
    if (b.u32(local) !== SIG_LOCAL) throw damaged();
    const start = local + 30 + b.u16(local + 26) + b.u16(local + 28);
    const end = start + entry.compressedSize;
    if (end > data.length) throw damaged("内容被截断，文件可能只下载或复制了一部分");
    return data.subarray(start, end);
  }

  /** The declared size was exceeded: the directory lied, which a sound file never does. */
  const lied = (entry: Entry): ReaderError => tooLarge(entry.name, `解压后的大小超过了文件自己声明的 ${mb(entry.size)}`);

  function stream(name: string, sink: (chunk: Uint8Array, last: boolean) => boolean | void): boolean {
    const entry = find(name);
    if (!entry) return false;
    const compressed = compressedOf(entry);
    if (entry.method === 0) {
      if (compressed.length !== entry.size) throw damaged();
      inflatedTotal += compressed.length;
      sink(compressed, true);
      return true;
    }
    if (hostInflate && entry.size <= HOST_INFLATE_MAX_BYTES) {
      let out: Uint8Array | null;
      try {
        out = hostInflate(compressed, Math.max(entry.size, 1));
      } catch {
        throw damaged(`“${clip(entry.name, 60)}”的数据无法解压`);
      }
      if (out === null) throw lied(entry);
      if (out.length !== entry.size) throw damaged(`“${clip(entry.name, 60)}”的数据不完整`);
      inflatedTotal += out.length;
      for (let at = 0; at < out.length; at += SINK_BYTES) if (sink(out.subarray(at, at + SINK_BYTES), at + SINK_BYTES >= out.length) === false) break;
      return true;
    }
    let produced = 0;
    let stopped = false;
    let finished = false;
    const inflater = new Inflate((chunk, final) => {
      if (final) finished = true;
      if (stopped || chunk.length === 0) return;
      produced += chunk.length;
      inflatedTotal += chunk.length;
      if (produced > entry.size) throw lied(entry);
      if (sink(chunk, final) === false) stopped = true;
    });
    try {
      for (let at = 0; at < compressed.length && !stopped; at += PUSH_BYTES) {
        const end = Math.min(at + PUSH_BYTES, compressed.length);
        inflater.push(compressed.subarray(at, end), end === compressed.length);
      }
      if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof ReaderError) throw err;
      throw damaged(`“${clip(entry.name, 60)}”的数据无法解压`);
    }
    if (!stopped && (!finished || produced !== entry.size)) throw damaged(`“${clip(entry.name, 60)}”的数据不完整`);
    return true;
  }

  function bytes(name: string): Uint8Array | null {
    const entry = find(name);
    if (!entry) return null;
    const chunks: Uint8Array[] = [];
    stream(name, (chunk) => {
      chunks.push(chunk);
    });
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) (out.set(c, at), (at += c.length));
    return out;
  }

  return {
    has: (name) => find(name) !== undefined,
    names: () => entries.map((e) => e.name),
    bytes,
    text: (name) => {
      const raw = bytes(name);
      return raw === null ? null : utf8.decode(raw);
    },
    stream,
  };
}

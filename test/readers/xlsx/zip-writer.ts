/**
 * A zip writer for tests that need a zip no honest tool writes: declared sizes that lie, an
 * encrypted flag, an unknown compression method, raw deflate data made elsewhere.
 */
import * as zlib from "zlib";

export interface RawEntry {
  name: string;
  /** The part's content; deflated unless `deflated` is given. */
  content?: Uint8Array | string;
  /** Ready-made raw deflate data (then `size` should say what it inflates to). */
  deflated?: Uint8Array;
  method?: number;
  flags?: number;
  /** The name's bytes as written, without the UTF-8 flag (as Windows tools write GBK names). */
  rawName?: Uint8Array;
  /** The uncompressed size written into the headers (default: the truth). */
  size?: number;
}

export function makeZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const content = typeof e.content === "string" ? Buffer.from(e.content, "utf8") : Buffer.from(e.content ?? []);
    const method = e.method ?? 8;
    const data = e.deflated ? Buffer.from(e.deflated) : method === 0 ? content : zlib.deflateRawSync(content);
    const size = e.size ?? content.length;
    const name = e.rawName ? Buffer.from(e.rawName) : Buffer.from(e.name, "utf8");
    const flags = (e.flags ?? 0) | (e.rawName ? 0 : 0x800);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/**
 * Raw deflate data that inflates to `megabytes` MB of zeros at about 1000:1: one fully flushed
 * block of a megabyte of zeros, repeated (each copy stands alone), then an empty final block.
 */
export function zeroBomb(megabytes: number): Uint8Array {
  const block = zlib.deflateRawSync(new Uint8Array(1 << 20), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const parts: Buffer[] = [];
  for (let i = 0; i < megabytes; i++) parts.push(block);
  parts.push(zlib.deflateRawSync(new Uint8Array(0)));
  return new Uint8Array(Buffer.concat(parts));
}

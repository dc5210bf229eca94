// Reads the files of a ZIP archive in memory (Sparkasse's "camtPacket"
// download holds one CAMT file per day). Only what statement archives use:
// stored and deflated entries, no ZIP64, no encryption. Sizes are checked
// against limits before anything is inflated, and inflating stops at the
// size the archive declares, so a small upload cannot expand without bound.
// Nothing is written to disk, so entry paths need no sanitising.
import { crc32, inflateRawSync } from "node:zlib";
import { ImportError } from "./errors.ts";

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the uncompressed sizes of all files. */
  maxTotalBytes: number;
}

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const STORED = 0;
const DEFLATE = 8;

export function isZip(content: Uint8Array): boolean {
  return content.length >= 4 && content[0] === 0x50 && content[1] === 0x4b && (content[2] === 3 || content[2] === 5) && (content[3] === 4 || content[3] === 6);
}

const broken = (detail: string) => new ImportError("import.error.zip_broken", { detail });

/** The names of the archive's files (directories left out), without reading their data. */
export function zipNames(content: Uint8Array): string[] {
  return centralDirectory(Buffer.from(content.buffer, content.byteOffset, content.byteLength)).map((e) => e.name).filter((n) => !n.endsWith("/"));
}

export function readZip(content: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const entries = centralDirectory(buf).filter((e) => !e.name.endsWith("/"));
  if (entries.length > limits.maxEntries) throw new ImportError("import.error.zip_too_many", { params: { count: entries.length, limit: limits.maxEntries } });
  const total = entries.reduce((n, e) => n + e.size, 0);
  if (total > limits.maxTotalBytes) throw new ImportError("import.error.zip_too_large", { params: { limit: Math.round(limits.maxTotalBytes / 1024 / 1024) } });
  if (entries.some((e) => (e.flags & 1) !== 0)) throw new ImportError("import.error.zip_encrypted");
  return entries.map((e) => ({ name: e.name, data: entryData(buf, e) }));
}

function centralDirectory(buf: Buffer): CentralEntry[] {
  const end = findEnd(buf);
  const count = buf.readUInt16LE(end + 10);
  const size = buf.readUInt32LE(end + 12);
  const offset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ImportError("import.error.zip_unsupported", { detail: "ZIP64" });
  if (offset + size > end) throw broken("central directory outside the file");
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || buf.readUInt32LE(at) !== CENTRAL_SIG) throw broken(`entry ${i + 1} of ${count} is missing`);
    const flags = buf.readUInt16LE(at + 8);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const rawName = buf.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      // Bit 11: the name is UTF-8; older tools write their code page, read here as Latin-1.
      name: rawName.toString((flags & 0x800) !== 0 ? "utf8" : "latin1"),
      flags,
      method: buf.readUInt16LE(at + 10),
      crc: buf.readUInt32LE(at + 16),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + skip;
  }
  return entries;
}

/** The end-of-central-directory record: the last 22 bytes, unless an archive comment follows it. */
function findEnd(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let at = buf.length - 22; at >= lowest; at--) {
    if (buf.readUInt32LE(at) === EOCD_SIG) return at;
  }
  throw broken("no end of archive; the download may be cut off");
}

function entryData(buf: Buffer, e: CentralEntry): Buffer {
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIG) throw broken(`${e.name}: no local header`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + e.compressedSize > buf.length) throw broken(`${e.name}: cut off`);
  const packed = buf.subarray(start, start + e.compressedSize);
  let data: Buffer;
  if (e.method === STORED) data = packed;
  else if (e.method === DEFLATE) data = inflate(packed, e);
  else throw new ImportError("import.error.zip_unsupported", { detail: `${e.name}: method ${e.method}` });
  if (data.length !== e.size || crc32(data) !== e.crc) throw broken(`${e.name}: checksum mismatch`);
  return data;
}

function inflate(packed: Buffer, e: CentralEntry): Buffer {
  try {
    // One byte more than declared, so an entry that lies about its size fails the size check below.
    return inflateRawSync(packed, { maxOutputLength: e.size + 1 });
  } catch (err) {
    throw new ImportError("import.error.zip_broken", { detail: `${e.name}: ${err instanceof Error ? err.message : String(err)}`, cause: err });
  }
}

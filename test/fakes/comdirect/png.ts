// A real, decodable PNG for the photoTAN challenge. comdirect sends its
// colour mosaic as Base64 inside a response header, so the size matters:
// big enough to be realistic (several KB), small enough for Node's 16 KiB
// default header limit unless a test asks for more on purpose.
import { deflateSync } from "node:zlib";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Seeded so a test run is reproducible; mulberry32. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PALETTE = [
  [230, 30, 30], [30, 160, 60], [30, 60, 220], [250, 210, 20],
  [20, 20, 20], [250, 250, 250], [200, 40, 200], [40, 200, 200],
] as const;

/** An RGB mosaic of `block`-pixel squares in eight colours, like a photoTAN graphic. */
export function photoTanPng(opts: { size?: number; block?: number; seed?: number } = {}): Buffer {
  const size = opts.size ?? 200;
  const block = opts.block ?? 2;
  const rand = prng(opts.seed ?? 42);
  const cells = Math.ceil(size / block);
  const colours = Array.from({ length: cells * cells }, () => PALETTE[Math.floor(rand() * PALETTE.length)] ?? PALETTE[0]);
  const raw = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b] = colours[Math.floor(y / block) * cells + Math.floor(x / block)] ?? PALETTE[0];
      raw.set([r, g, b], row + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit depth, truecolour, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

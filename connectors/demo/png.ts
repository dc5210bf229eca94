// A tiny PNG encoder for the photoTAN picture, so the demo needs no image
// library: a mosaic derived from the TAN above the TAN itself in block digits.
import { deflateSync } from "node:zlib";
import { Prng, hashString } from "./prng.ts";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes 8-bit RGB pixels (row-major, 3 bytes each) as a PNG. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  if (rgb.length !== width * height * 3) throw new Error("pixel buffer does not match the size");
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    Buffer.from(rgb.subarray(y * width * 3, (y + 1) * width * 3)).copy(raw, y * (width * 3 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bit, truecolour, deflate, no filter, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", new Uint8Array(0))]));
}

// 3x5 digit glyphs, one string of 15 bits per digit, row by row.
const GLYPHS = ["111101101101111", "010110010010111", "111001111100111", "111001111001111", "101101111001001",
  "111100111001111", "111100111101111", "111001001010010", "111101111101111", "111101111001111"];
const PALETTE = [[230, 57, 70], [42, 157, 143], [38, 70, 83], [233, 196, 106], [244, 162, 97], [255, 255, 255]] as const;

/** 120x120 photoTAN-style picture: a coloured mosaic seeded by the TAN, with the digits below it. */
export function photoTanPng(tan: string): Uint8Array {
  const size = 120;
  const px = new Uint8Array(size * size * 3).fill(255);
  const set = (x: number, y: number, c: readonly number[]) => px.set(c, (y * size + x) * 3);
  const r = new Prng(hashString(tan));
  for (let cy = 0; cy < 11; cy++) {
    for (let cx = 0; cx < 15; cx++) {
      const colour = r.pick(PALETTE);
      for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) set(cx * 8 + x, cy * 8 + y, colour);
    }
  }
  const scale = 4;
  const digits = tan.replace(/\D/g, "").slice(0, 7);
  const left = Math.floor((size - (digits.length * 4 - 1) * scale) / 2);
  [...digits].forEach((ch, i) => {
    const glyph = GLYPHS[Number(ch)] ?? "";
    for (let bit = 0; bit < 15; bit++) {
      if (glyph[bit] !== "1") continue;
      const gx = left + (i * 4 + (bit % 3)) * scale;
      const gy = 94 + Math.floor(bit / 3) * scale;
      for (let y = 0; y < scale; y++) for (let x = 0; x < scale; x++) set(gx + x, gy + y, [0, 0, 0]);
    }
  });
  return encodePng(size, size, px);
}

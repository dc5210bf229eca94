// A tiny PNG encoder for the photoTAN picture, so the demo needs no image
// library: a mosaic derived from the TAN above the TAN itself in block digits.
import { encodePng } from "../../src/util/png.ts";
import { Prng, hashString } from "./prng.ts";

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
  return new Uint8Array(encodePng(size, size, px));
}

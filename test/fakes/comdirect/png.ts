// A real, decodable PNG for the photoTAN challenge. comdirect sends its
// colour mosaic as Base64 inside a response header, so the size matters:
// big enough to be realistic (several KB), small enough for Node's 16 KiB
// default header limit unless a test asks for more on purpose.
import { encodePng } from "../../../src/util/png.ts";

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
  const rgb = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) rgb.set(colours[Math.floor(y / block) * cells + Math.floor(x / block)] ?? PALETTE[0], (y * size + x) * 3);
  return encodePng(size, size, rgb, { level: 9 });
}

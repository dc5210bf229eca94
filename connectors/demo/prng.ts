// A tiny seeded PRNG (mulberry32). The demo bank must produce the same history
// for the same seed on every machine, so Math.random is never used here.

/** Mixes any number of 32-bit integers into one seed (murmur3-style finaliser). */
export function hashInts(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ (p | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** Stable 32-bit hash of a string, so names can salt seeds. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform float in [0, 1). Only used for decisions, never for money directly. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Roughly normal (sum of three uniforms), clamped to [min, max]; returns an integer. */
  gaussInt(mean: number, spread: number, min: number, max: number): number {
    const u = (this.next() + this.next() + this.next() - 1.5) / 1.5;
    const v = Math.round(mean + u * spread * 1.7);
    return Math.min(max, Math.max(min, v));
  }
}

/** A PRNG for one (seed, stream, day, salt) cell, so every day is independent of the window asked for. */
export function cellRng(...parts: number[]): Prng {
  return new Prng(hashInts(...parts));
}

// The first half of the 100,000 fuzzed questions through the parser and the compiler (fuzz-parse.ts).
import { describe, expect, it } from "vitest";
import { FUZZ_TOTAL, fuzzSlice } from "./fuzz-parse.ts";

const FROM = Math.floor(0);
const TO = Math.floor(FUZZ_TOTAL / 2);

describe("fuzzed questions, first half", () => {
  it(`reads and compiles questions ${FROM}–${TO - 1} of ${FUZZ_TOTAL} without an internal error`, () => {
    const { checked, kinds } = fuzzSlice(FROM, TO);
    expect(checked).toBe(TO - FROM);
    // The generator must exercise every outcome, or the half proves little.
    expect(kinds.spec).toBeGreaterThan(checked / 2);
    expect(kinds.clarify).toBeGreaterThan(50);
    expect(kinds.unknown).toBeGreaterThan(50);
  }, 600_000);
});

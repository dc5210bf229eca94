// The parser-and-compiler half of the 100,000-question fuzz, shared by the two files that each run one
// half of the same seeded sequence (fuzz-parse-1/2.test.ts): split so the two halves run side by side
// and neither is the suite's long pole. Every question either answers, asks back, or says it did not
// understand; nothing throws, every spec validates, every compiled statement runs.
import { describe, expect, it } from "vitest";
import { compileQuery } from "../../../src/analytics/compile.ts";
import { parseQuestion, type ParseContext, type ParseResult } from "../../../src/analytics/parse/index.ts";
import { QuerySpec } from "../../../src/analytics/query-spec.ts";
import { ACCOUNTS, DATA_START, ROWS, TODAY } from "./dataset.ts";
import { questions } from "./generator.ts";

/** All the fuzzed questions, over both files; FUZZ_TOTAL overrides it. */
export const FUZZ_TOTAL = Number(process.env.FUZZ_TOTAL ?? 100_000);
export const FUZZ_SEED = 7;

const offline: ParseContext = {
  today: TODAY,
  locale: "en",
  merchants: [...new Set(ROWS.flatMap((r) => [r.merchant, r.counterparty]).filter((x): x is string => x !== null))],
  accounts: Object.values(ACCOUNTS).map((a, i) => ({ id: `0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e0${i}`, name: a.name })),
  dataStart: DATA_START,
};

export const specsOf = (r: ParseResult): QuerySpec[] =>
  r.kind === "spec" || r.kind === "price_change" ? [r.spec] : r.kind === "clarify" ? r.options.map((o) => o.spec) : [];

export type Kinds = Record<ParseResult["kind"], number>;

/**
 * Parses and compiles questions [from, to) of the seeded sequence (the generator is cheap, so each
 * half draws the sequence from its start and skips the other half's). Throws on the first internal
 * error, naming the question; returns how many came out as each kind of result.
 */
export function fuzzSlice(from: number, to: number): { checked: number; kinds: Kinds } {
  const kinds: Kinds = { spec: 0, clarify: 0, unknown: 0, subscriptions: 0, price_change: 0 };
  let n = 0;
  let checked = 0;
  for (const q of questions(to, FUZZ_SEED)) {
    const locale = n++ % 3 === 0 ? "de" : "en";
    if (n <= from) continue;
    checked++;
    let r: ParseResult;
    try {
      r = parseQuestion(q, { ...offline, locale });
    } catch (e) {
      throw new Error(`parser threw on ${JSON.stringify(q)}: ${String(e)}`);
    }
    kinds[r.kind]++;
    // Plain checks in the hot loop: expect() per question would cost more than the parser.
    if (r.kind === "clarify" && r.options.length > 8) throw new Error(`more than one screen of buttons for ${JSON.stringify(q)}`);
    for (const spec of specsOf(r)) {
      if (!QuerySpec.safeParse(spec).success) throw new Error(`invalid spec for ${JSON.stringify(q)}: ${JSON.stringify(spec)}`);
      try {
        compileQuery(spec, { today: TODAY, dataStart: DATA_START, baseCurrency: "EUR", locale });
      } catch (e) {
        throw new Error(`compiler threw on ${JSON.stringify(q)} → ${JSON.stringify(spec)}: ${String(e)}`);
      }
    }
  }
  return { checked, kinds };
}

/** The test of one half (1: questions 0 to half, 2: the rest), as each of the two files runs it. */
export function fuzzHalf(half: 1 | 2): void {
  const from = half === 1 ? 0 : Math.floor(FUZZ_TOTAL / 2);
  const to = half === 1 ? Math.floor(FUZZ_TOTAL / 2) : FUZZ_TOTAL;
  describe(`fuzzed questions, half ${half}`, () => {
    it(`reads and compiles questions ${from}–${to - 1} of ${FUZZ_TOTAL} without an internal error`, () => {
      const { checked, kinds } = fuzzSlice(from, to);
      expect(checked).toBe(to - from);
      // The generator must exercise every outcome, or the half proves little.
      expect(kinds.spec).toBeGreaterThan(checked / 2);
      expect(kinds.clarify).toBeGreaterThan(checked / 1000);
      expect(kinds.unknown).toBeGreaterThan(checked / 1000);
    }, 600_000);
  });
}

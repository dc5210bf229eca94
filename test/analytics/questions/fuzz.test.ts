// 100,000 generated and adversarial questions through the parser and the
// compiler, and 2,000 of them through the whole engine against DuckDB: every
// question either answers, asks back, or says it did not understand. Nothing
// throws, every spec validates, every compiled statement runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileQuery } from "../../../src/analytics/compile.ts";
import { parseQuestion, type ParseContext, type ParseResult } from "../../../src/analytics/parse/index.ts";
import { QuerySpec } from "../../../src/analytics/query-spec.ts";
import { presentResult } from "../../../src/qa/present.ts";
import { ACCOUNTS, DATA_START, ROWS, TODAY } from "./dataset.ts";
import { personFixture, type PersonFixture } from "./fixture.ts";
import { questions } from "./generator.ts";

const TOTAL = Number(process.env.FUZZ_TOTAL ?? 100_000);
const THROUGH_ENGINE = 2_000;

const offline: ParseContext = {
  today: TODAY,
  locale: "en",
  merchants: [...new Set(ROWS.flatMap((r) => [r.merchant, r.counterparty]).filter((x): x is string => x !== null))],
  accounts: Object.values(ACCOUNTS).map((a, i) => ({ id: `0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e0${i}`, name: a.name })),
  dataStart: DATA_START,
};

const specsOf = (r: ParseResult): QuerySpec[] => (r.kind === "spec" || r.kind === "price_change" ? [r.spec] : r.kind === "clarify" ? r.options.map((o) => o.spec) : []);

describe("fuzzed questions", () => {
  it(`reads and compiles ${TOTAL} questions without an internal error`, () => {
    const kinds = { spec: 0, clarify: 0, unknown: 0, subscriptions: 0, price_change: 0 };
    let n = 0;
    for (const q of questions(TOTAL, 7)) {
      const locale = n++ % 3 === 0 ? "de" : "en";
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
    expect(n).toBe(TOTAL);
    // The generator must exercise every outcome, or the test proves little.
    expect(kinds.spec).toBeGreaterThan(TOTAL / 2);
    expect(kinds.clarify).toBeGreaterThan(100);
    expect(kinds.unknown).toBeGreaterThan(100);
    // ~25 s on an idle machine; the limit leaves room for a busy CI box.
  }, 600_000);

  describe("through the engine", () => {
    let fx: PersonFixture;
    beforeAll(async () => {
      fx = await personFixture(515151n);
    }, 60_000);
    afterAll(async () => {
      await fx?.close();
    });

    it(`answers ${THROUGH_ENGINE} of them against DuckDB`, async () => {
      let answered = 0;
      let i = 0;
      for (const q of questions(THROUGH_ENGINE, 99)) {
        const locale = i++ % 2 ? "de" : "en";
        const r = parseQuestion(q, { ...fx.ctx, locale });
        // A clarification is answered by tapping: the first option stands in for it.
        const spec = specsOf(r)[0];
        if (!spec) continue;
        try {
          const result = await fx.analytics.query(fx.person.userId, spec, { today: TODAY, locale });
          presentResult(result, locale);
          answered++;
        } catch (e) {
          throw new Error(`engine failed on ${JSON.stringify(q)} → ${JSON.stringify(spec)}: ${String(e)}`);
        }
      }
      expect(answered).toBeGreaterThan(THROUGH_ENGINE / 2);
    }, 600_000);
  });
});

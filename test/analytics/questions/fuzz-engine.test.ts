// 2,000 of the generated and adversarial questions through the whole engine against DuckDB (the
// 100,000 through parser and compiler are fuzz-parse-1/2.test.ts): every question either answers,
// asks back, or says it did not understand; nothing throws.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";
import { presentResult } from "../../../src/qa/present.ts";
import { TODAY } from "./dataset.ts";
import { personFixture, type PersonFixture } from "./fixture.ts";
import { specsOf } from "./fuzz-parse.ts";
import { questions } from "./generator.ts";

const THROUGH_ENGINE = 2_000;

describe("fuzzed questions through the engine", () => {
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

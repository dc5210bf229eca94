// The question corpus against a real multi-bank person in PostgreSQL and the
// real engine: each question must be read as expected, and its answer must
// equal the total the test computes itself from the rows it seeded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Analytics, QueryResult } from "../../../src/analytics/engine.ts";
import { parseQuestion, type ParseContext } from "../../../src/analytics/parse/index.ts";
import { QuerySpec } from "../../../src/analytics/query-spec.ts";
import { presentResult } from "../../../src/qa/present.ts";
import { renderPlain } from "../../../src/i18n/index.ts";
import { htmlToPlain } from "../../../src/text/html.ts";
import { CORPUS, type Case } from "./corpus.ts";
import { DATA_START, DKB_BALANCE, ROWS, TODAY, type SeededPerson } from "./dataset.ts";
import { personFixture, type PersonFixture } from "./fixture.ts";
import { expectedList, expectedTotal, type Expect } from "./reference.ts";

let fx: PersonFixture;
let analytics: Analytics;
let person: SeededPerson;
let ctx: Omit<ParseContext, "locale">;

beforeAll(async () => {
  fx = await personFixture(424242n);
  ({ analytics, person, ctx } = fx);
}, 60_000);
afterAll(async () => {
  await fx?.close();
});

const read = (c: Case) => parseQuestion(c.q, { ...ctx, locale: c.lang });
const euro = (r: QueryResult) => r.total.find((x) => x.currency === "EUR")?.value ?? "0.00";

function checkReading(spec: QuerySpec, e: Expect) {
  expect(spec.measure).toBe(e.measure);
  expect(spec.filters.period).toEqual(e.period);
  expect(spec.groupBy).toBe(e.groupBy ?? "none");
  expect([...(spec.filters.categories ?? [])].sort()).toEqual([...(e.categories ?? [])].sort());
  expect([...(spec.filters.topics ?? [])].sort()).toEqual([...(e.topics ?? [])].sort());
  expect(spec.averageOver).toBe(e.averageOver);
  expect(spec.filters.days).toBe(e.days);
  expect(spec.filters.purchases).toBe(e.purchases);
  expect(spec.filters.transfersTo).toBe(e.savings ? "savings" : e.cardBills ? "card" : undefined);
  expect(spec.versus?.length).toBe(e.versus?.length);
  if (e.brands) expect(spec.filters.merchants).toHaveLength(e.brands.length);
  if (!e.brands && !e.versus) expect(spec.filters.merchants).toBeUndefined();
  if (e.limit !== undefined) expect(spec.limit).toBe(e.limit);
  expect(spec.filters.accounts).toEqual(e.accounts?.map((k) => person.accounts[k]));
}

describe("question corpus over a multi-bank person", () => {
  it("has at least 300 questions in both languages and every shape", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(300);
    expect(CORPUS.filter((c) => c.lang === "de").length).toBeGreaterThanOrEqual(120);
    const shapes = new Set(CORPUS.flatMap((c) => ("expect" in c ? [c.expect.groupBy ?? "none", c.expect.versus ? "versus" : "", c.expect.averageOver ?? "", c.expect.savings ? "savings" : ""] : [Object.keys(c)[2]])));
    for (const s of ["transaction", "versus", "month", "savings", "balance", "clarify", "unknown"]) expect(shapes).toContain(s);
    // The data really has the messy labels the questions are about.
    expect(new Set(ROWS.filter((r) => r.brand === "amazon").map((r) => r.merchant)).size).toBeGreaterThan(20);
  });

  it.each(CORPUS.map((c) => [c.q, c] as const))("answers %j", async (_q, c) => {
    const r = read(c);
    if ("unknown" in c) {
      expect(r.kind).toBe("unknown");
      return;
    }
    if ("clarify" in c) {
      expect(r.kind).toBe("clarify");
      if (r.kind !== "clarify") return;
      expect(r.options.length).toBeLessThanOrEqual(8);
      const labels = r.options.map((o) => (typeof o.label === "string" ? o.label : renderPlain(c.lang, o.label)));
      for (const want of c.clarify.atLeast) expect(labels.map((l) => l.toLowerCase())).toContain(want.toLowerCase());
      return;
    }
    expect(r.kind, JSON.stringify(r.kind === "clarify" ? r.options.map((o) => o.label) : r)).toBe("spec");
    if (r.kind !== "spec") return;
    expect(QuerySpec.parse(r.spec)).toEqual(r.spec);
    if ("balance" in c) {
      expect(r.spec.measure).toBe("balance");
      expect(r.spec.filters.accounts).toEqual([person.accounts[c.balance.account]]);
      const result = await analytics.query(person.userId, r.spec, { today: TODAY, locale: c.lang });
      const shown = htmlToPlain(presentResult(result, c.lang).html);
      expect(shown).toMatch(c.lang === "en" ? /22 Nov 2026/ : /22\. Nov\. 2026/);
      if (c.balance.account === "dkb") {
        expect(result.rows.map((x) => x.value)).toEqual([DKB_BALANCE.amount]);
        return;
      }
      // The ING rows came without a balance: their sum from zero is not one, so no figure is given.
      expect(result.rows).toEqual([]);
      expect(shown).toMatch(c.lang === "en" ? /not known/ : /unbekannt/);
      expect(shown).not.toMatch(/€|\d,\d\d/);
      return;
    }
    const e = c.expect;
    checkReading(r.spec, e);
    const result = await analytics.query(person.userId, r.spec, { today: TODAY, locale: c.lang });
    const shown = htmlToPlain(presentResult(result, c.lang).html);
    if (e.versus) {
      expect(result.rows.map((x) => x.value)).toEqual(e.versus.map((side) => expectedTotal(e, side)));
    } else if (e.groupBy === "transaction") {
      const want = expectedList(e, r.spec.sort === "value_desc" ? "value_desc" : "key_desc").slice(0, r.spec.limit ?? 10);
      // Listed as spending: a payment positive, a refund negative.
      expect(result.rows.map((x) => [x.key, x.value])).toEqual(want.map((w) => [w.date, w.amount.startsWith("-") ? w.amount.slice(1) : `-${w.amount}`]));
      expect(result.total[0]?.count ?? 0).toBe(expectedList(e, "key_desc").length);
    } else if (e.groupBy === "month") {
      expect(euro(result)).toBe(expectedTotal(e));
      expect(result.rows.length).toBe(12);
    } else {
      expect(euro(result)).toBe(expectedTotal(e));
    }
    const note = c.lang === "en" ? "Your data starts on 2 Jun 2025" : "Deine Daten beginnen am 2. Juni 2025";
    if (e.dataStartNote) expect(shown).toContain(note);
    else if (e.period.from >= DATA_START) expect(shown).not.toContain(note);
  });
});

import { describe, expect, it } from "vitest";
import { parseQuestion, type ParseResult } from "../../../src/analytics/parse/index.ts";
import { QuerySpec } from "../../../src/analytics/query-spec.ts";
import { CORPUS } from "./corpus.ts";
import { ACCOUNTS, P, context, type Expect } from "./corpus-types.ts";

const accountId = (name: string) => ACCOUNTS.find((a) => a.name === name)?.id ?? `missing account ${name}`;

/** The fields the corpus pins down, with neutral values where the case says nothing. */
function expected(e: Expect) {
  return {
    measure: e.measure,
    period: e.period === "default" ? P.thisMonth : e.period === "all" ? undefined : e.period,
    categories: [...(e.categories ?? [])].sort(),
    topics: [...(e.topics ?? [])].sort(),
    merchants: [...(e.merchants ?? [])].sort(),
    accounts: (e.accounts ?? []).map(accountId).sort(),
    groupBy: e.groupBy ?? "none",
    compare: e.compare ?? "none",
    limit: e.limit,
    chart: e.chart ?? "auto",
    minAmount: e.minAmount,
    maxAmount: e.maxAmount,
    text: e.text,
    averageOver: e.averageOver,
    days: e.days,
    transfersTo: e.transfersTo,
    versus: e.versus,
    ...(e.sort ? { sort: e.sort } : {}),
  };
}

function actual(spec: QuerySpec, e: Expect) {
  const f = spec.filters;
  return {
    measure: spec.measure,
    period: f.period,
    categories: [...(f.categories ?? [])].sort(),
    topics: [...(f.topics ?? [])].sort(),
    merchants: [...(f.merchants ?? [])].sort(),
    accounts: [...(f.accounts ?? [])].sort(),
    groupBy: spec.groupBy,
    compare: spec.compare,
    limit: spec.limit,
    chart: spec.chart,
    minAmount: f.minAmount,
    maxAmount: f.maxAmount,
    text: f.text,
    averageOver: spec.averageOver,
    days: f.days,
    transfersTo: f.transfersTo,
    versus: spec.versus?.map((s) => s.label),
    ...(e.sort ? { sort: spec.sort } : {}),
  };
}

const summary = (r: ParseResult) => (r.kind === "spec" ? r.spec : r.kind === "clarify" ? r.options.map((o) => o.spec) : r.kind === "unknown" ? r.reason : r.kind);

describe("question corpus", () => {
  it("has at least 70 questions per language and 150 in all", () => {
    expect(CORPUS.filter((c) => c.lang === "en").length).toBeGreaterThanOrEqual(70);
    expect(CORPUS.filter((c) => c.lang === "de").length).toBeGreaterThanOrEqual(70);
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CORPUS.map((c) => [c.case.q, c] as const))("reads %j as expected", (_q, { lang, case: c }) => {
    const result = parseQuestion(c.q, context(lang));
    if ("unknown" in c) {
      expect(result.kind, JSON.stringify(summary(result))).toBe("unknown");
      return;
    }
    if ("clarify" in c) {
      expect(result.kind, JSON.stringify(summary(result))).toBe("clarify");
      if (result.kind !== "clarify") return;
      expect(result.options).toHaveLength(c.clarify.options);
      for (const o of result.options) expect(QuerySpec.parse(o.spec)).toEqual(o.spec);
      const merchants = new Set(result.options.flatMap((o) => o.spec.filters.merchants ?? []));
      const categories = new Set(result.options.flatMap((o) => o.spec.filters.categories ?? []));
      for (const m of c.clarify.merchants ?? []) expect(merchants).toContain(m);
      for (const k of c.clarify.categories ?? []) expect(categories).toContain(k);
      return;
    }
    expect(result.kind, JSON.stringify(summary(result))).toBe("spec");
    if (result.kind !== "spec") return;
    expect(QuerySpec.parse(result.spec)).toEqual(result.spec);
    expect(actual(result.spec, c.spec)).toEqual(expected(c.spec));
  });
});

// The PostgreSQL side of the Q&A benchmark: each question read by the same
// parser, then the same aggregation run straight against "Transaction" by the
// independent reference the differential test uses (test/analytics/reference.ts),
// or, for balances, a plain SUM per account. No DuckDB, no cache.
import type pg from "pg";
import { parseQuestion, type ParseContext } from "../src/analytics/parse/index.ts";
import { comparePeriod, resolvePeriod } from "../src/analytics/periods.ts";
import type { QuerySpec } from "../src/analytics/query-spec.ts";
import { referenceQuery } from "../test/analytics/reference.ts";
import type { BenchQuestion } from "./qa-questions.ts";

export interface ParsedQuestion extends BenchQuestion {
  /** Null when the parser asked back, gave up, was asked for the subscriptions list or for a change in price (listed in the report). */
  spec: QuerySpec | null;
  outcome: "spec" | "clarify" | "unknown" | "subscriptions" | "price_change";
}

export async function parseContextFor(client: pg.Client, userId: string, today: string): Promise<Omit<ParseContext, "locale">> {
  const names = await client.query<{ name: string }>(
    `select distinct name from (select merchant as name from "Transaction" where "userId" = $1
       union select "counterpartyName" from "Transaction" where "userId" = $1) n where name is not null and name <> ''`,
    [userId],
  );
  const accounts = await client.query<{ id: string; name: string }>(`select id, name from "Account" where "userId" = $1`, [userId]);
  return { today, merchants: names.rows.map((r) => r.name), accounts: accounts.rows };
}

export function parseAll(questions: readonly BenchQuestion[], ctx: Omit<ParseContext, "locale">): ParsedQuestion[] {
  return questions.map((q) => {
    const r = parseQuestion(q.q, { ...ctx, locale: q.lang });
    return { ...q, spec: r.kind === "spec" ? r.spec : null, outcome: r.kind };
  });
}

async function balanceReference(client: pg.Client, userId: string, spec: QuerySpec, to: string): Promise<unknown[]> {
  const accounts = spec.filters.accounts ?? null;
  const r = await client.query(
    `select t."accountId", t.currency, sum(t.amount)::text as balance from "Transaction" t
     where t."userId" = $1 and t."bookingDate" <= $2::date and ($3::uuid[] is null or t."accountId" = any($3::uuid[]))
     group by 1, 2`,
    [userId, to, accounts],
  );
  return r.rows;
}

/** Milliseconds for one run of the question's aggregation in PostgreSQL (including a comparison period, if any). */
export async function timeReference(client: pg.Client, userId: string, spec: QuerySpec, today: string, dataStart: string): Promise<number> {
  const period = resolvePeriod(spec, today, dataStart);
  const cmp = comparePeriod(period, spec.compare);
  const t0 = performance.now();
  if (spec.measure === "balance") await balanceReference(client, userId, spec, period.to);
  else await referenceQuery(client, userId, spec, period, cmp, "EUR");
  return performance.now() - t0;
}

// The snapshot rows a net worth is made of, read in SQL: for each moment asked
// about, per account only the newest balance and the newest holdings snapshot
// at or before it. Two years of daily syncs are thousands of rows per account;
// a figure needs one balance and one snapshot's holdings, found through the
// (accountId, kind, asOf) and (accountId, asOf) indexes.
import type { Db } from "../db/client.ts";

export interface CashRow {
  id: string;
  accountId: string;
  asOf: Date;
  /** "booked" is preferred; "available" only for an account without a booked balance by then. */
  kind: string;
  amount: string;
  currency: string;
}

export interface HoldingRow {
  accountId: string;
  asOf: Date;
  symbol: string;
  assetClass: string | null;
  value: string | null;
  /** In the base currency fixed at sync time, null when it could not be valued. */
  valueBase: string | null;
  /** The base currency `valueBase` is in (the person may have changed theirs since). */
  baseCurrency: string | null;
  currency: string;
}

// Per moment and account, the newest booked balance, else the newest available
// one ("available" is the only other kind a sync or import writes, see
// src/sync/validate.ts). Each branch is one backward index probe.
const CASH_SQL = `
SELECT p.i::int AS point, s.id, s."accountId", s."asOf", s.kind, trim_scale(s.amount)::text AS amount, s.currency
FROM unnest($2::timestamptz[]) WITH ORDINALITY AS p(at, i)
JOIN "Account" a ON a."userId" = $1::uuid
CROSS JOIN LATERAL (
  SELECT * FROM (
    (SELECT b.id, b."accountId", b."asOf", b.kind, b.amount, b.currency, 0 AS pref FROM "BalanceSnapshot" b
      WHERE b."accountId" = a.id AND b.kind = 'booked' AND b."asOf" <= p.at ORDER BY b."asOf" DESC LIMIT 1)
    UNION ALL
    (SELECT b.id, b."accountId", b."asOf", b.kind, b.amount, b.currency, 1 AS pref FROM "BalanceSnapshot" b
      WHERE b."accountId" = a.id AND b.kind = 'available' AND b."asOf" <= p.at ORDER BY b."asOf" DESC LIMIT 1)
  ) both_kinds ORDER BY pref LIMIT 1
) s
ORDER BY p.i, a."createdAt", a.id`;

// Per moment and account, the whole newest holdings snapshot: a coin sold since is simply absent from it.
const HOLDINGS_SQL = `
SELECT p.i::int AS point, h."accountId", h."asOf", h.symbol, h."assetClass", trim_scale(h.value)::text AS value, trim_scale(h."valueBase")::text AS "valueBase", h."baseCurrency", h.currency
FROM unnest($2::timestamptz[]) WITH ORDINALITY AS p(at, i)
JOIN "Account" a ON a."userId" = $1::uuid
CROSS JOIN LATERAL (SELECT max(x."asOf") AS newest FROM "Holding" x WHERE x."accountId" = a.id AND x."asOf" <= p.at) n
JOIN "Holding" h ON h."accountId" = a.id AND h."asOf" = n.newest
ORDER BY p.i, a."createdAt", a.id, h.symbol`;

/** Splits rows tagged with their moment's 1-based position into one list per moment. */
function byPoint<T extends { point: number }>(rows: T[], points: number): Omit<T, "point">[][] {
  const out: Omit<T, "point">[][] = Array.from({ length: points }, () => []);
  for (const { point, ...row } of rows) out[point - 1]!.push(row);
  return out;
}

/** For each moment (same order), each account's newest balance at or before it. */
export async function cashAt(db: Db, userId: string, moments: readonly Date[]): Promise<CashRow[][]> {
  if (!moments.length) return [];
  const rows = await db.$queryRawUnsafe<(CashRow & { point: number })[]>(CASH_SQL, userId, moments.map((m) => m.toISOString()));
  return byPoint(rows, moments.length);
}

/** For each moment (same order), the holdings of each account's newest snapshot at or before it. */
export async function holdingsAt(db: Db, userId: string, moments: readonly Date[]): Promise<HoldingRow[][]> {
  if (!moments.length) return [];
  const rows = await db.$queryRawUnsafe<(HoldingRow & { point: number })[]>(HOLDINGS_SQL, userId, moments.map((m) => m.toISOString()));
  return byPoint(rows, moments.length);
}

/** Accounts that held anything by `upTo`: the investment accounts a performance is about. */
export async function accountsWithHoldings(db: Db, userId: string, upTo: Date): Promise<Set<string>> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT a.id FROM "Account" a WHERE a."userId" = $1::uuid AND EXISTS (SELECT 1 FROM "Holding" h WHERE h."accountId" = a.id AND h."asOf" <= $2::timestamptz)`,
    userId,
    upTo.toISOString(),
  );
  return new Set(rows.map((r) => r.id));
}

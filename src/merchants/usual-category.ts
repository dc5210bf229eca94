// A merchant is one merchant: a payment the rules could not place ("other",
// nothing in its text) takes the category the same merchant's other payments
// have. The rent paid to Gerhard Pohlmann by a banking app that prints only
// "To Gerhard Pohlmann" is rent when his other payments say "Miete"; the café
// whose name one bank cuts before the word "Café" is a café like its other rows.
// Money out and money in apart, only when one category holds at least
// USUAL_SHARE of the merchant's placed payments that way and at least
// USUAL_MIN of them, and never over a choice a person made (those rows are not
// "other" or "other income" from the fallback).
import type { Prisma } from "../db/client.ts";
import { TAXONOMY } from "../categories/taxonomy.ts";

type Tx = Prisma.TransactionClient;

const KIND = new Map(TAXONOMY.map((c) => [c.key, c.kind]));

export const USUAL_SOURCE = "usual";
/**
 * A bank is the counterparty of many kinds of its own bookings (its cash
 * machine's withdrawals, the account fee, interest, a loan's rate): its cash
 * rows do not make its other rows cash, unlike an ATM operator's (Geldmaat,
 * Euronet), all of whose rows are. Each of a bank's rows has to say so itself.
 */
const BANK_NAME = "(^|[^a-z])[a-z]*(bank|sparkasse|banque|banco)([^a-z]|$)";
const BANK_NAME_RE = new RegExp(BANK_NAME, "i");
export const USUAL_MIN = 2;
/**
 * Pay needs one placed payment: an employer pays wages and little else, so one
 * payslip row that says "Gehalt" makes its unlabelled "Payment from <employer>" pay.
 */
const SALARY_MIN = 1;
const minimumFor = (category: string) => (category === "salary" ? SALARY_MIN : USUAL_MIN);
/** As a fraction: the leading category's share of the merchant's placed payments. */
export const USUAL_SHARE = 0.6;

// Money out: the merchant's placed spending (not "other"). Money in: its placed income
// (salary, refunds; not "other income"): a payroll an app prints as "Payment from <employer>"
// is salary when the employer's other payments say "Gehalt" (one such payment is enough for pay).
const DIRECTIONS = [
  { sign: "<", kind: "expense", unplaced: "other" },
  { sign: ">", kind: "income", unplaced: "income_other" },
] as const;

const usualSql = (d: (typeof DIRECTIONS)[number]) => `
WITH placed AS (
  SELECT t."merchantId", t."categoryId", c."key" AS "categoryKey", count(*) AS n,
         sum(count(*)) OVER (PARTITION BY t."merchantId") AS total,
         row_number() OVER (PARTITION BY t."merchantId" ORDER BY count(*) DESC, t."categoryId") AS rk
  FROM "Transaction" t JOIN "Category" c ON c."id" = t."categoryId" JOIN "Merchant" m ON m."id" = t."merchantId"
  WHERE t."userId" = $1::uuid AND t."amount" ${d.sign} 0
    AND t."merchantId" IN (SELECT w."merchantId" FROM "Transaction" w WHERE w."id" = ANY($2::uuid[]) AND w."userId" = $1::uuid)
    AND c."kind" = '${d.kind}' AND c."key" <> '${d.unplaced}' AND NOT (c."key" = 'cash' AND m."name" ~* $3) AND t."categorySource" IS DISTINCT FROM '${USUAL_SOURCE}'
  GROUP BY t."merchantId", t."categoryId", c."key"
)
UPDATE "Transaction" t SET "categoryId" = p."categoryId", "categorySource" = '${USUAL_SOURCE}', "refundOfKey" = NULL
FROM placed p, "Category" oc
WHERE p.rk = 1 AND p.n >= CASE WHEN p."categoryKey" = 'salary' THEN ${SALARY_MIN} ELSE ${USUAL_MIN} END AND p.n >= p.total * ${USUAL_SHARE}
  AND t."userId" = $1::uuid AND t."merchantId" = p."merchantId" AND t."amount" ${d.sign} 0
  AND oc."id" = t."categoryId" AND oc."key" = '${d.unplaced}' AND t."categorySource" = 'fallback'`;

const USUAL_SQL = DIRECTIONS.map(usualSql);

/**
 * After a write: the merchants of these (new) rows give their unplaced
 * payments, old and new, their usual category. Returns how many rows changed.
 */
export async function applyUsualCategories(tx: Tx, userId: string, writtenIds: readonly string[]): Promise<number> {
  if (!writtenIds.length) return 0;
  let changed = 0;
  for (const sql of USUAL_SQL) changed += await tx.$executeRawUnsafe(sql, userId, writtenIds, BANK_NAME);
  return changed;
}

/** A row as the in-memory step sees it: its merchant's key, its category, how that was found, and its direction. */
export interface UsualRow {
  key: string;
  category: string;
  /** categorize()'s source: only a "fallback" catch-all is placed by the step. */
  source: string | undefined;
  out: boolean;
}

/**
 * The same step over rows held in memory (the labelled corpus scores it this
 * way): each row's category after it, unchanged where the step does not place it.
 */
export function withUsualCategories(rows: readonly UsualRow[]): string[] {
  const direction = (r: UsualRow) => DIRECTIONS[r.out ? 0 : 1];
  const group = (r: UsualRow) => `${r.out ? "out" : "in"} ${r.key}`;
  const counts = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const d = direction(r);
    if (KIND.get(r.category) !== d.kind || r.category === d.unplaced || (r.category === "cash" && BANK_NAME_RE.test(r.key))) continue;
    const m = counts.get(group(r)) ?? new Map<string, number>();
    m.set(r.category, (m.get(r.category) ?? 0) + 1);
    counts.set(group(r), m);
  }
  const usual = new Map<string, string>();
  for (const [g, m] of counts) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const [best, n] = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (n >= minimumFor(best) && n >= total * USUAL_SHARE) usual.set(g, best);
  }
  return rows.map((r) => (r.category === direction(r).unplaced && r.source === "fallback" ? (usual.get(group(r)) ?? r.category) : r.category));
}

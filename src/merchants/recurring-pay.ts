// Pay that names only the employer: Revolut prints "Payment from Brandtner
// Kunststofftechnik GmbH", a UK bank "ACME LOGISTICS LTD BGC", with no word
// for salary. A company (its name carries a legal form) that pays the person a
// like amount in at least two different months is an employer, and those
// payments are pay. Only money in that nothing else placed is touched: "other
// income" from the fallback, or from the dictionary when a known shop or
// hospital paid it in by transfer ("Payment from Klinikum Lindenberg gGmbH"); insurers, pension funds, banks, tax offices
// and tenants pay month after month too and are left alone.
import type { Prisma } from "../db/client.ts";

type Tx = Prisma.TransactionClient;

export const PAY_SOURCE = "pay";
/** Smallest payment read as pay, in the account's currency. */
export const PAY_MIN = 300;
/** Months with a like payment needed. */
export const PAY_MONTHS = 2;
/** "Like": within this fraction of the company's median payment either way. */
export const PAY_SPREAD = 0.25;

/** A company's legal form, as a whole word (POSIX classes, so the same text serves SQL and JS). */
const LEGAL_FORM = "(^|[^[:alpha:]])(gmbh|ggmbh|ag|kg|ohg|ug|gbr|ltd|limited|llc|inc|plc|corp|corporation|b\\.?v\\.?|n\\.?v\\.?|sas|sarl|srl|s\\.?p\\.?a\\.?|s\\.a\\.|s\\.l\\.|pty|llp|oy)([^[:alpha:]]|$)";
/** Payers that pay regularly and are no employer. */
const NOT_AN_EMPLOYER = "versicherung|assurance|verzekering|pension|kasse|bank|finanzamt|dividend|kaution|(^|[^[:alpha:]])(insurance|rente|fonds|fund|tax|miete|rent|loyer|huur|deposit)([^[:alpha:]]|$)";

const textOf = `coalesce(t."counterpartyName", '') || ' ' || coalesce(t."description", '')`;

const PAY_SQL = `
WITH candidates AS (
  SELECT t."id", t."merchantId", t."amount", date_trunc('month', t."bookingDate") AS month
  FROM "Transaction" t JOIN "Category" c ON c."id" = t."categoryId"
  WHERE t."userId" = $1::uuid AND t."amount" >= ${PAY_MIN} AND c."key" = 'income_other' AND t."categorySource" IN ('fallback', 'dictionary')
    AND t."merchantId" IN (SELECT w."merchantId" FROM "Transaction" w WHERE w."id" = ANY($2::uuid[]) AND w."userId" = $1::uuid)
    AND ${textOf} ~* $3 AND NOT (${textOf} ~* $4)
), medians AS (
  SELECT "merchantId", percentile_cont(0.5) WITHIN GROUP (ORDER BY "amount") AS median FROM candidates GROUP BY "merchantId"
), alike AS (
  SELECT k."id", k."merchantId", k.month FROM candidates k JOIN medians m ON m."merchantId" = k."merchantId"
  WHERE k."amount" BETWEEN m.median * ${1 - PAY_SPREAD} AND m.median * ${1 + PAY_SPREAD}
), employers AS (
  SELECT "merchantId" FROM alike GROUP BY "merchantId" HAVING count(DISTINCT month) >= ${PAY_MONTHS}
)
UPDATE "Transaction" t SET "categoryId" = s."id", "categorySource" = '${PAY_SOURCE}'
FROM alike a, employers e, "Category" s
WHERE t."id" = a."id" AND a."merchantId" = e."merchantId" AND s."userId" = $1::uuid AND s."key" = 'salary'`;

/** After a write: the companies among these rows' payers that pay like amounts month after month are employers. */
export async function applyRecurringPay(tx: Tx, userId: string, writtenIds: readonly string[]): Promise<number> {
  if (!writtenIds.length) return 0;
  return tx.$executeRawUnsafe(PAY_SQL, userId, writtenIds, LEGAL_FORM, NOT_AN_EMPLOYER);
}

/** A row as the in-memory step sees it. */
export interface PayRow {
  key: string;
  category: string;
  source: string | undefined;
  /** Amount in minor units, signed. */
  minor: bigint;
  /** "YYYY-MM". */
  month: string;
  /** Counterparty and description as printed. */
  text: string;
}

const LEGAL_FORM_RE = new RegExp(LEGAL_FORM.replaceAll("[:alpha:]", "\\p{L}"), "iu");
const NOT_AN_EMPLOYER_RE = new RegExp(NOT_AN_EMPLOYER.replaceAll("[:alpha:]", "\\p{L}"), "iu");

/** The same step over rows held in memory (the labelled corpus scores it this way). */
export function withRecurringPay(rows: readonly PayRow[]): string[] {
  const candidate = (r: PayRow) =>
    r.category === "income_other" && (r.source === "fallback" || r.source === "dictionary") && r.minor >= BigInt(PAY_MIN * 100) && LEGAL_FORM_RE.test(r.text) && !NOT_AN_EMPLOYER_RE.test(r.text);
  const byKey = new Map<string, PayRow[]>();
  for (const r of rows) {
    if (!candidate(r)) continue;
    const group = byKey.get(r.key);
    if (group) group.push(r);
    else byKey.set(r.key, [r]);
  }
  const pay = new Set<PayRow>();
  for (const group of byKey.values()) {
    const sorted = group.map((r) => Number(r.minor)).sort((a, b) => a - b);
    const mid = sorted.length / 2;
    const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    const alike = group.filter((r) => Number(r.minor) >= median * (1 - PAY_SPREAD) && Number(r.minor) <= median * (1 + PAY_SPREAD));
    if (new Set(alike.map((r) => r.month)).size >= PAY_MONTHS) for (const r of alike) pay.add(r);
  }
  return rows.map((r) => (pay.has(r) ? "salary" : r.category));
}

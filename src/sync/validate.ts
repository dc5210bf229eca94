// Connector output is an edge: a connector bug must not put a float, a
// malformed date or a 13-letter currency into the ledger. The limits are the
// database's own (DECIMAL(38,18), DATE, VARCHAR(12), btree-indexed ids, no NUL in
// text), so a row that passes here is a row PostgreSQL accepts; file imports
// check statements against the same schemas before their preview.
import { z } from "zod";
import { ConnectorError } from "../../connectors/errors.ts";
import type { NormalizedBalance, NormalizedHolding, NormalizedTransaction } from "../../connectors/types.ts";
import { CURRENCY_CODE } from "../format/currency-code.ts";

/** A decimal string that fits NUMERIC(precision, scale) without rounding. */
export function dbDecimal(precision: number, scale: number) {
  return z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, "not a decimal string")
    .refine((s) => {
      const int = s.replace(/^-/, "").split(".")[0] ?? "";
      return int.replace(/^0+/, "").length <= precision - scale;
    }, `more than ${precision - scale} digits before the decimal point`)
    .refine((s) => (s.split(".")[1] ?? "").replace(/0+$/, "").length <= scale, `more than ${scale} decimal places`);
}

/** Years a statement can plausibly hold; PostgreSQL would take 0001-9999 but not year 0. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** A real calendar day: 2024-02-31 is refused, never rolled over to 2 March. */
export const dbDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "not YYYY-MM-DD")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number) as [number, number, number];
    if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
    // Date.UTC maps years 0-99 to 1900+, which the range check above already excludes.
    return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  }, "not a calendar day between 1900 and 2100");

// 18 decimals and 12 characters: crypto amounts (ETH has 18 decimals) and codes (USDT, 1INCH) fit too.
export const money = dbDecimal(38, 18);
export const currencyCode = z.string().regex(CURRENCY_CODE, "not a currency code (2-12 capital letters or digits)");

/** Ids take part in unique btree indexes, which cap an entry at about 2.7 kB. */
export const MAX_ID_LENGTH = 500;
/** Free text has no column limit, but a 10k-character "name" is a broken file, not a name. */
export const MAX_TEXT_LENGTH = 10_000;
const noNul = (s: string) => !s.includes("\u0000");
const text = z.string().max(MAX_TEXT_LENGTH).refine(noNul, "contains a NUL character").nullish();

export const transactionSchema = z.object({
  externalId: z.string().min(1).max(MAX_ID_LENGTH).refine(noNul, "contains a NUL character").nullish(),
  status: z.enum(["booked", "pending"]),
  bookingDate: dbDate,
  valueDate: dbDate.nullish(),
  amount: money,
  currency: currencyCode,
  originalAmount: money.nullish(),
  originalCurrency: currencyCode.nullish(),
  counterpartyName: text,
  counterpartyIban: text,
  description: text,
  merchant: text,
  transactionType: text,
  providerCategory: text,
  mcc: text,
  raw: z.unknown().optional(),
});

const balance = z.object({ accountExternalId: z.string(), amount: money, currency: currencyCode, kind: z.enum(["booked", "available"]).optional(), asOf: z.iso.datetime({ offset: true }) });
const holding = z.object({
  accountExternalId: z.string(),
  symbol: z.string().min(1),
  name: text,
  quantity: money,
  price: money.nullish(),
  value: money.nullish(),
  currency: currencyCode,
  asOf: z.iso.datetime({ offset: true }),
  assetClass: z.enum(["crypto", "stock", "fund", "bond", "option", "cash", "other"]).optional(),
  fiatValue: z.object({ amount: money, currency: currencyCode }).nullish(),
});

function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  // Paths and reasons only: the row itself is personal data and stays out of logs.
  const detail = r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new ConnectorError("BadResponse", `${what} is malformed (${detail})`);
}

export function validTransactions(rows: readonly unknown[]): NormalizedTransaction[] {
  return rows.map((r, i) => check(transactionSchema, r, `transaction ${i}`) as NormalizedTransaction);
}
export const validBalances = (rows: readonly unknown[]): NormalizedBalance[] => rows.map((r, i) => check(balance, r, `balance ${i}`));
export const validHoldings = (rows: readonly unknown[]): NormalizedHolding[] => rows.map((r, i) => check(holding, r, `holding ${i}`));

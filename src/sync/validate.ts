// Connector output is an edge: a connector bug must not put a float, a
// malformed date or a 4-letter currency into the ledger.
import { z } from "zod";
import { ConnectorError } from "../../connectors/errors.ts";
import type { NormalizedBalance, NormalizedHolding, NormalizedTransaction } from "../../connectors/types.ts";

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, "not a decimal string");
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "not YYYY-MM-DD");
const currency = z.string().regex(/^[A-Z0-9]{3}$/, "not a 3-letter currency");
const text = z.string().nullish();

const transaction = z.object({
  externalId: z.string().min(1).max(500).nullish(),
  status: z.enum(["booked", "pending"]),
  bookingDate: date,
  valueDate: date.nullish(),
  amount: decimal,
  currency,
  originalAmount: decimal.nullish(),
  originalCurrency: currency.nullish(),
  counterpartyName: text,
  counterpartyIban: text,
  description: text,
  merchant: text,
  transactionType: text,
  providerCategory: text,
  raw: z.unknown().optional(),
});

const balance = z.object({ accountExternalId: z.string(), amount: decimal, currency, kind: z.enum(["booked", "available"]).optional(), asOf: z.iso.datetime({ offset: true }) });
const holding = z.object({
  accountExternalId: z.string(),
  symbol: z.string().min(1),
  name: text,
  quantity: decimal,
  price: decimal.nullish(),
  value: decimal.nullish(),
  currency,
  asOf: z.iso.datetime({ offset: true }),
});

function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  // Paths and reasons only: the row itself is personal data and stays out of logs.
  const detail = r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new ConnectorError("BadResponse", `${what} is malformed (${detail})`);
}

export function validTransactions(rows: readonly unknown[]): NormalizedTransaction[] {
  return rows.map((r, i) => check(transaction, r, `transaction ${i}`) as NormalizedTransaction);
}
export const validBalances = (rows: readonly unknown[]): NormalizedBalance[] => rows.map((r, i) => check(balance, r, `balance ${i}`));
export const validHoldings = (rows: readonly unknown[]): NormalizedHolding[] => rows.map((r, i) => check(holding, r, `holding ${i}`));

// comdirect payloads, validated with zod, into Kontor's Normalized* types.
// Amounts stay decimal strings end to end: AmountString is already exact.
import { z } from "zod";
import type { AccountKind, NormalizedAccount, NormalizedBalance, NormalizedHolding, NormalizedTransaction } from "../types.ts";

/** Optional leading minus, no plus, no thousands separators, "." as decimal point (PDF §3.4.3). */
const amountString = z.string().regex(/^-?\d+(\.\d+)?$/);
export const amountValue = z.object({ value: amountString, unit: z.string().min(1) });
const enumText = z.object({ key: z.string(), text: z.string().optional() });
const party = z.object({ holderName: z.string().nullish(), iban: z.string().nullish(), bic: z.string().nullish() }).nullish();
const paging = z.object({ index: z.number().optional(), matches: z.number().int().nonnegative() });

export const accountSchema = z.object({
  accountId: z.string().min(1),
  accountDisplayId: z.string().optional(),
  currency: z.string().min(1),
  accountType: enumText.optional(),
  iban: z.string().nullish(),
});

export const balancesSchema = z.object({
  paging: paging.optional(),
  values: z.array(
    z.object({
      account: accountSchema,
      accountId: z.string(),
      balance: amountValue,
      availableCashAmount: amountValue.nullish(),
    }),
  ),
});
export type BalancesResponse = z.infer<typeof balancesSchema>;

export const transactionSchema = z.object({
  reference: z.string().nullish(),
  bookingStatus: z.enum(["BOOKED", "NOTBOOKED"]),
  bookingDate: z.string().nullish(),
  amount: amountValue.nullish(),
  remitter: party,
  // Swagger spells it `deptor`, live responses `debtor`: accept both.
  debtor: party,
  deptor: party,
  creditor: party,
  valutaDate: z.string().nullish(),
  transactionType: enumText.nullish(),
  remittanceInfo: z.string().nullish(),
});
export type RawTransaction = z.infer<typeof transactionSchema>;

export const transactionsSchema = z.object({ paging, values: z.array(transactionSchema) });

export const depotsSchema = z.object({ values: z.array(z.object({ depotId: z.string().min(1), depotDisplayId: z.string().optional() })) });

export const positionsSchema = z.object({
  values: z.array(
    z.object({
      positionId: z.string(),
      wkn: z.string().optional(),
      quantity: amountValue,
      currentPrice: z.object({ price: amountValue, priceDateTime: z.string().optional() }).nullish(),
      currentValue: amountValue.nullish(),
      instrument: z.object({ isin: z.string().optional(), wkn: z.string().optional(), name: z.string().optional() }).nullish(),
    }),
  ),
});

const ACCOUNT_KINDS: Record<string, AccountKind> = { CA: "CHECKING", DAS: "SAVINGS", SA: "CHECKING", FX: "CHECKING" };

/** At least two decimals ("7625.7" → "7625.70"), by string only; more are kept. */
export function decimal(value: string): string {
  const [whole = "0", frac = ""] = value.split(".");
  return `${whole}.${frac.padEnd(2, "0")}`;
}

export function isCalendarDate(s: string | null | undefined): s is string {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  // comdirect may send impossible valuta dates such as 30.02.
  return new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

export function normalizeAccount(a: z.infer<typeof accountSchema>): NormalizedAccount {
  const typeName = a.accountType?.text ?? a.accountType?.key ?? "Konto";
  return {
    externalId: a.accountId,
    name: a.accountDisplayId ? `${typeName} ${a.accountDisplayId}` : typeName,
    currency: a.currency,
    type: ACCOUNT_KINDS[a.accountType?.key ?? ""] ?? "OTHER",
    iban: a.iban ?? null,
  };
}

export function normalizeBalances(body: BalancesResponse, asOf: Date): NormalizedBalance[] {
  return body.values.flatMap((v) => {
    const booked: NormalizedBalance = { accountExternalId: v.accountId, amount: decimal(v.balance.value), currency: v.balance.unit, kind: "booked", asOf: asOf.toISOString() };
    if (!v.availableCashAmount) return [booked];
    return [booked, { accountExternalId: v.accountId, amount: decimal(v.availableCashAmount.value), currency: v.availableCashAmount.unit, kind: "available" as const, asOf: asOf.toISOString() }];
  });
}

/**
 * BOOKED rows come as 37-character windows "NN"+35 characters, NOTBOOKED as
 * unnumbered 35-character windows, both padded; older data used newlines.
 */
export function remittanceLines(info: string | null | undefined): string[] {
  if (!info) return [];
  if (info.includes("\n")) return info.split("\n").map((l) => l.replace(/^\d{2}(?=\S)/, "").trim()).filter(Boolean);
  const numbered = /^01/.test(info) && (info.length % 37 === 0 || /^01.{35}02/.test(info));
  const width = numbered ? 37 : 35;
  const lines: string[] = [];
  for (let i = 0; i < info.length; i += width) lines.push(info.slice(i + (numbered ? 2 : 0), i + width).trim());
  return lines.filter(Boolean);
}

export function normalizeTransaction(row: RawTransaction, today: string): NormalizedTransaction | null {
  if (!row.amount) return null;
  const booked = row.bookingStatus === "BOOKED";
  const outgoing = row.amount.value.startsWith("-");
  const debtor = row.debtor ?? row.deptor ?? null;
  const counterparty = outgoing ? row.creditor : (row.remitter ?? debtor);
  const valueDate = isCalendarDate(row.valutaDate) ? row.valutaDate : null;
  const lines = remittanceLines(row.remittanceInfo);
  return {
    // Pending rows have no stable id: the engine hashes their content instead.
    externalId: booked ? (row.reference ?? null) : null,
    status: booked ? "booked" : "pending",
    bookingDate: isCalendarDate(row.bookingDate) ? row.bookingDate : (valueDate ?? today),
    valueDate,
    amount: decimal(row.amount.value),
    currency: row.amount.unit,
    counterpartyName: counterparty?.holderName?.trim() || null,
    counterpartyIban: counterparty?.iban ?? null,
    description: lines.length ? lines.join(" ") : null,
    transactionType: row.transactionType?.text ?? null,
    raw: row,
  };
}

export function normalizeHoldings(depotAccountId: string, body: z.infer<typeof positionsSchema>, asOf: Date): NormalizedHolding[] {
  return body.values.map((p) => ({
    accountExternalId: depotAccountId,
    symbol: p.instrument?.isin ?? p.instrument?.wkn ?? p.wkn ?? p.positionId,
    name: p.instrument?.name ?? null,
    quantity: p.quantity.value,
    price: p.currentPrice ? p.currentPrice.price.value : null,
    value: p.currentValue ? decimal(p.currentValue.value) : null,
    currency: p.currentValue?.unit ?? p.currentPrice?.price.unit ?? "EUR",
    asOf: p.currentPrice?.priceDateTime ? new Date(p.currentPrice.priceDateTime).toISOString() : asOf.toISOString(),
  }));
}

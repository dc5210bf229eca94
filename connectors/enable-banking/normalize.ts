// Enable Banking payloads, validated, turned into Kontor's types
// (open-banking.md §1.4-1.5): amounts are unsigned with a credit/debit
// indicator, the counterparty sits on the side the direction names, pending
// rows may lack every id and date, and accounts are identified across
// re-links by identification_hash (uids change with every session).
import { createHash } from "node:crypto";
import { z } from "zod";
import type { AccountKind, NormalizedAccount, NormalizedBalance, NormalizedTransaction } from "../types.ts";

const amountSchema = z.object({ currency: z.string(), amount: z.string().regex(/^-?\d+(\.\d+)?$/) });
const partySchema = z.object({ name: z.string().nullish(), postal_address: z.object({ address_line: z.array(z.string()).nullish() }).nullish() }).nullish();
const accountRefSchema = z.object({ iban: z.string().nullish(), other: z.object({ identification: z.string(), scheme_name: z.string().nullish() }).nullish() }).nullish();

export const accountResourceSchema = z.object({
  uid: z.string().nullish(),
  account_id: accountRefSchema,
  name: z.string().nullish(),
  product: z.string().nullish(),
  currency: z.string(),
  cash_account_type: z.string(),
  identification_hash: z.string().min(1),
});
export type AccountResource = z.infer<typeof accountResourceSchema>;

export const sessionSchema = z.object({
  session_id: z.string().min(1),
  accounts: z.array(accountResourceSchema),
  aspsp: z.object({ name: z.string(), country: z.string() }),
  access: z.object({ valid_until: z.string() }),
});

export const transactionSchema = z.object({
  entry_reference: z.string().nullish(),
  transaction_id: z.string().nullish(),
  transaction_amount: amountSchema,
  credit_debit_indicator: z.enum(["CRDT", "DBIT"]).nullish(),
  status: z.string(),
  booking_date: z.string().nullish(),
  value_date: z.string().nullish(),
  transaction_date: z.string().nullish(),
  creditor: partySchema,
  debtor: partySchema,
  creditor_account: accountRefSchema,
  debtor_account: accountRefSchema,
  remittance_information: z.array(z.string()).nullish(),
  merchant_category_code: z.string().nullish(),
  bank_transaction_code: z.object({ description: z.string().nullish() }).nullish(),
});
export type EbTransaction = z.infer<typeof transactionSchema>;

export const transactionsPageSchema = z.object({ transactions: z.array(transactionSchema), continuation_key: z.string().nullish() });

export const balancesSchema = z.object({
  balances: z.array(
    z.object({
      balance_amount: amountSchema,
      balance_type: z.string(),
      reference_date: z.string().nullish(),
      last_change_date_time: z.string().nullish(),
    }),
  ),
});

/** What Kontor keeps of an account between syncs (in the encrypted credentials). */
export const storedAccountSchema = z.object({
  uid: z.string(),
  hash: z.string(),
  name: z.string(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  type: z.enum(["CHECKING", "SAVINGS", "CREDIT_CARD", "BROKERAGE", "CRYPTO", "OTHER"]),
  iban: z.string().nullable(),
});
export type StoredAccount = z.infer<typeof storedAccountSchema>;

const TYPES: Record<string, AccountKind> = { CACC: "CHECKING", CASH: "CHECKING", SVGS: "SAVINGS", CARD: "CREDIT_CARD", LOAN: "OTHER", OTHR: "OTHER" };

/** Accounts without a uid cannot be queried (blocked at the bank); they are left out. */
export function storedAccounts(resources: AccountResource[], fallbackCurrency: string): StoredAccount[] {
  return resources.flatMap((a) => {
    if (!a.uid) return [];
    const iban = a.account_id?.iban?.replace(/\s/g, "").toUpperCase() || null;
    // Some banks report "XXX" for a real account; the balances say what it is.
    const currency = /^[A-Z]{3}$/.test(a.currency) && a.currency !== "XXX" ? a.currency : fallbackCurrency;
    const type = TYPES[a.cash_account_type] ?? "OTHER";
    const name = a.name?.trim() || a.product?.trim() || (iban ? `Account ${iban.slice(-4)}` : "Account");
    return [{ uid: a.uid, hash: a.identification_hash, name, currency, type, iban }];
  });
}

export function toNormalizedAccount(a: StoredAccount): NormalizedAccount {
  return { externalId: a.hash, name: a.name, currency: a.currency, type: a.type, iban: a.iban };
}

function partyName(p: EbTransaction["creditor"]): string | null {
  const name = p?.name?.trim();
  if (name) return name;
  // ING DE puts the name into the address lines with an empty name.
  const line = p?.postal_address?.address_line?.find((l) => l.trim());
  return line?.trim() ?? null;
}

/** CRDT is money in, DBIT money out; without an indicator the raw sign stands. */
export function signedAmount(tx: EbTransaction): string {
  const raw = tx.transaction_amount.amount;
  const abs = raw.replace(/^-/, "");
  if (tx.credit_debit_indicator === "CRDT") return abs;
  if (tx.credit_debit_indicator === "DBIT") return /^0+(\.0+)?$/.test(abs) ? abs : `-${abs}`;
  return raw;
}

/**
 * entry_reference is stable per account identity across sessions; rows
 * without one get a content hash, so the same row fetched twice is one row.
 */
export function transactionId(accountHash: string, tx: EbTransaction, date: string): string {
  if (tx.entry_reference) return `er:${tx.entry_reference}`;
  const content = [date, tx.transaction_amount.amount, tx.transaction_amount.currency, tx.credit_debit_indicator ?? "", tx.creditor?.name ?? "", tx.debtor?.name ?? "", ...[...(tx.remittance_information ?? [])].sort()];
  return `h:${createHash("sha256").update(accountHash).update("\u0000").update(content.join("\u0000")).digest("hex").slice(0, 32)}`;
}

export function toNormalizedTransaction(accountHash: string, tx: EbTransaction, today: string): NormalizedTransaction {
  const date = tx.booking_date ?? tx.value_date ?? tx.transaction_date ?? today;
  const amount = signedAmount(tx);
  const incoming = !amount.startsWith("-");
  const party = incoming ? tx.debtor : tx.creditor;
  const partyAccount = incoming ? tx.debtor_account : tx.creditor_account;
  const text = (tx.remittance_information ?? []).map((s) => s.trim()).filter(Boolean).join(" ");
  return {
    externalId: transactionId(accountHash, tx, date),
    status: tx.status === "PDNG" ? "pending" : "booked",
    bookingDate: date,
    valueDate: tx.value_date ?? null,
    amount,
    currency: tx.transaction_amount.currency,
    counterpartyName: partyName(party),
    counterpartyIban: partyAccount?.iban?.replace(/\s/g, "").toUpperCase() || null,
    description: text || null,
    transactionType: tx.bank_transaction_code?.description ?? null,
    mcc: tx.merchant_category_code ?? null,
    raw: tx,
  };
}

const BALANCE_PREFERENCE = ["CLBD", "ITBD", "XPCD", "CLAV", "ITAV", "OPBD"];

export function toNormalizedBalances(account: StoredAccount, body: z.infer<typeof balancesSchema>, now: Date): NormalizedBalance[] {
  const rank = (t: string) => {
    const i = BALANCE_PREFERENCE.indexOf(t);
    return i < 0 ? BALANCE_PREFERENCE.length : i;
  };
  const best = [...body.balances].sort((a, b) => rank(a.balance_type) - rank(b.balance_type))[0];
  if (!best) return [];
  const asOf = best.last_change_date_time ?? (best.reference_date ? `${best.reference_date}T00:00:00.000Z` : now.toISOString());
  return [{ accountExternalId: account.hash, amount: best.balance_amount.amount, currency: best.balance_amount.currency, kind: "booked", asOf: new Date(asOf).toISOString() }];
}

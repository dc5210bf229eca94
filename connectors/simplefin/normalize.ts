// Account Set rows to Kontor's types. SimpleFIN amounts are signed with
// + = money in, as Kontor's; pending rows may carry posted 0 and are dated
// by transacted_at.
import type { NormalizedAccount, NormalizedBalance, NormalizedTransaction } from "../types.ts";
import type { SfAccount, SfTransaction } from "./payloads.ts";

const day = (epochS: number) => new Date(epochS * 1000).toISOString().slice(0, 10);

/** Bank names per conn_id from a v2 Account Set's `connections`. */
export type ConnectionNames = ReadonlyMap<string, string>;

export function toAccount(a: SfAccount, names: ConnectionNames = new Map()): NormalizedAccount {
  const bank = a.conn_name ?? (a.conn_id ? names.get(a.conn_id) : undefined) ?? a.org?.name ?? null;
  const name = bank && !a.name.toLowerCase().includes(bank.toLowerCase()) ? `${bank} ${a.name}` : a.name;
  // A custom currency is a URL; Kontor can only total ISO-like codes.
  const currency = /^[A-Z]{3}$/.test(a.currency) ? a.currency : "XXX";
  return { externalId: a.id, name, currency, type: /saving/i.test(a.name) ? "SAVINGS" : /credit|card/i.test(a.name) ? "CREDIT_CARD" : "CHECKING", iban: null };
}

export function toTransaction(account: SfAccount, tx: SfTransaction, today: string): NormalizedTransaction {
  const pending = tx.pending === true || tx.posted === 0;
  const when = tx.posted > 0 ? tx.posted : (tx.transacted_at ?? 0);
  const description = [tx.description, tx.memo].map((s) => s?.trim()).filter(Boolean).join(" ");
  return {
    externalId: tx.id,
    status: pending ? "pending" : "booked",
    bookingDate: when > 0 ? day(when) : today,
    valueDate: null,
    amount: tx.amount,
    currency: toAccount(account).currency,
    counterpartyName: tx.payee?.trim() || null,
    description: description || null,
    mcc: tx.mcc ?? null,
    raw: tx,
  };
}

export function toBalance(a: SfAccount): NormalizedBalance {
  return { accountExternalId: a.id, amount: a.balance, currency: toAccount(a).currency, kind: "booked", asOf: new Date(a["balance-date"] * 1000).toISOString() };
}

// A sync against GoCardless: banks allow four reads per account and scope
// (transactions, balances, details) a day, counted on success, so one sync
// reads transactions and balances once per account and never details.
import { z } from "zod";
import { addDays } from "../../src/analytics/periods.ts";
import type { ConnectorContext, ConnectorSession, NormalizedAccount, TransactionPage } from "../types.ts";
import { createClient, GocardlessError, type GocardlessClient } from "./client.ts";
import type { GcAccount, GocardlessCredentials } from "./credentials.ts";
import { balancesSchema, toTransaction, transactionsSchema } from "./payloads.ts";
import { readSettings } from "./settings.ts";

const REOPEN_DAYS = 7;
const PREFERRED = ["closingBooked", "interimBooked", "expected", "interimAvailable", "closingAvailable", "openingBooked"];

export function requireClient(ctx: ConnectorContext): GocardlessClient {
  const settings = readSettings(ctx.settings);
  if (!settings) throw new GocardlessError("Unauthorized", "GoCardless is not configured on this Kontor", 0, null);
  return createClient(settings, ctx);
}

export async function openSession(credentials: GocardlessCredentials, ctx: ConnectorContext): Promise<ConnectorSession<GocardlessCredentials>> {
  if (Date.parse(credentials.validUntil) <= ctx.now().getTime()) throw new GocardlessError("ConsentExpired", "the end-user agreement has expired", 401, null);
  const client = requireClient(ctx);
  const byKey = new Map(credentials.accounts.map((a) => [a.key, a]));
  const stored = (a: NormalizedAccount): GcAccount => {
    const s = byKey.get(a.externalId);
    if (!s) throw new GocardlessError("BadResponse", "an account is no longer part of this requisition", 0, null);
    return s;
  };
  return {
    async listAccounts() {
      return credentials.accounts.map((a) => ({ externalId: a.key, name: a.name, currency: a.currency, type: a.type, iban: a.iban }));
    },
    async fetchTransactions(account, cursor): Promise<TransactionPage> {
      const a = stored(account);
      const today = ctx.now().toISOString().slice(0, 10);
      const last = typeof cursor === "object" && cursor !== null ? (cursor as { lastBooked?: string }).lastBooked : undefined;
      const from = last && /^\d{4}-\d{2}-\d{2}$/.test(last) ? addDays(last, -REOPEN_DAYS) : addDays(today, -(credentials.historyDays - 1));
      const body = await client.request("GET", `/accounts/${encodeURIComponent(a.id)}/transactions/?date_from=${from}&date_to=${today}`, undefined, transactionsSchema);
      const booked = body.transactions.booked.map((t) => toTransaction(a.key, t, false, today));
      const pending = body.transactions.pending.map((t) => toTransaction(a.key, t, true, today));
      const dates = booked.map((t) => t.bookingDate);
      const lastBooked = dates.length ? dates.reduce((m, d) => (d > m ? d : m)) : (last ?? from);
      return { transactions: [...booked, ...pending], nextCursor: { lastBooked }, hasMore: false };
    },
    async fetchBalances(accounts) {
      const out = [];
      for (const account of accounts) {
        const a = stored(account);
        const body = await client.request("GET", `/accounts/${encodeURIComponent(a.id)}/balances/`, undefined, balancesSchema);
        const rank = (t: string) => (PREFERRED.includes(t) ? PREFERRED.indexOf(t) : PREFERRED.length);
        const best = [...body.balances].sort((x, y) => rank(x.balanceType) - rank(y.balanceType))[0];
        if (!best) continue;
        const asOf = best.lastChangeDateTime ?? (best.referenceDate ? `${best.referenceDate}T00:00:00.000Z` : ctx.now().toISOString());
        out.push({ accountExternalId: a.key, amount: best.balanceAmount.amount, currency: best.balanceAmount.currency, kind: "booked" as const, asOf: new Date(asOf).toISOString() });
      }
      return out;
    },
    credentials: () => credentials,
  };
}

/** Deleting the requisition ends the access and its agreement at the bank. */
export async function revokeRequisition(credentials: GocardlessCredentials, ctx: ConnectorContext): Promise<void> {
  await requireClient(ctx).request("DELETE", `/requisitions/${encodeURIComponent(credentials.requisitionId)}/`, undefined, z.unknown());
}

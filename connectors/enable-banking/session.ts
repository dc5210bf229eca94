// A sync against Enable Banking. Banks allow about four background reads per
// account and endpoint a day, so one sync reads each account's transactions
// (all pages in quick succession, which banks count as one read) and its
// balances once; the window reopens a week before the last booked day because
// some banks book late or ignore the date filter.
import { addDays } from "../../src/analytics/periods.ts";
import type { ConnectorContext, ConnectorSession, NormalizedAccount, TransactionPage } from "../types.ts";
import { createClient, type EnableBankingClient } from "./client.ts";
import type { EnableBankingCredentials } from "./credentials.ts";
import { EnableBankingError } from "./errors.ts";
import { balancesSchema, toNormalizedAccount, toNormalizedBalances, toNormalizedTransaction, transactionsPageSchema, type StoredAccount } from "./normalize.ts";
import { readSettings } from "./settings.ts";

const MAX_PAGES = 100;
/** Banks outside the first session serve about 90 days (open-banking.md §1.6). */
const FIRST_WINDOW_DAYS = 89;
const REOPEN_DAYS = 7;

interface Cursor {
  lastBooked: string;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
function readCursor(cursor: unknown): Cursor | null {
  if (typeof cursor !== "object" || cursor === null) return null;
  const lastBooked = (cursor as { lastBooked?: unknown }).lastBooked;
  return typeof lastBooked === "string" && /^\d{4}-\d{2}-\d{2}$/.test(lastBooked) ? { lastBooked } : null;
}

export function requireClient(ctx: ConnectorContext): EnableBankingClient {
  const settings = readSettings(ctx.settings);
  if (!settings) throw new EnableBankingError("Unauthorized", "Enable Banking is not configured on this Kontor", null);
  return createClient(settings, ctx);
}

export async function openSession(credentials: EnableBankingCredentials, ctx: ConnectorContext): Promise<ConnectorSession<EnableBankingCredentials>> {
  if (new Date(credentials.validUntil).getTime() <= ctx.now().getTime()) {
    throw new EnableBankingError("ConsentExpired", "the consent at the bank has expired", "EXPIRED_SESSION");
  }
  const client = requireClient(ctx);
  const byHash = new Map(credentials.accounts.map((a) => [a.hash, a]));
  const stored = (account: NormalizedAccount): StoredAccount => {
    const a = byHash.get(account.externalId);
    if (!a) throw new EnableBankingError("BadResponse", "an account of this connection is no longer part of the consent", null);
    return a;
  };

  return {
    async listAccounts() {
      return credentials.accounts.map(toNormalizedAccount);
    },
    async fetchTransactions(account, cursor): Promise<TransactionPage> {
      const a = stored(account);
      const today = day(ctx.now());
      const previous = readCursor(cursor);
      const dateFrom = previous ? addDays(previous.lastBooked, -REOPEN_DAYS) : addDays(today, -FIRST_WINDOW_DAYS);
      const seenKeys = new Set<string>();
      const rows = [];
      let key: string | undefined;
      for (let page = 1; page <= MAX_PAGES; page++) {
        const body = await client.get(`/accounts/${encodeURIComponent(a.uid)}/transactions`, { date_from: dateFrom, continuation_key: key }, transactionsPageSchema);
        rows.push(...body.transactions);
        const next = body.continuation_key || undefined;
        // A bank that hands out the same key again would loop forever.
        if (!next || seenKeys.has(next)) break;
        seenKeys.add(next);
        key = next;
      }
      // Some banks ignore date_from; rows before the window were stored by an earlier sync.
      const transactions = rows.map((tx) => toNormalizedTransaction(a.hash, tx, today)).filter((tx) => tx.bookingDate >= dateFrom);
      const booked = transactions.filter((t) => t.status === "booked").map((t) => t.bookingDate);
      const lastBooked = booked.length ? booked.reduce((m, d) => (d > m ? d : m)) : (previous?.lastBooked ?? dateFrom);
      return { transactions, nextCursor: { lastBooked: lastBooked > today ? today : lastBooked } satisfies Cursor, hasMore: false };
    },
    async fetchBalances(accounts) {
      const out = [];
      for (const account of accounts) {
        const a = stored(account);
        const body = await client.get(`/accounts/${encodeURIComponent(a.uid)}/balances`, {}, balancesSchema);
        out.push(...toNormalizedBalances(a, body, ctx.now()));
      }
      return out;
    },
    credentials: () => credentials,
  };
}

/** Ends the session at Enable Banking, so the bank consent is closed too. */
export async function revokeSession(credentials: EnableBankingCredentials, ctx: ConnectorContext): Promise<void> {
  await requireClient(ctx).delete(`/sessions/${encodeURIComponent(credentials.sessionId)}`);
}

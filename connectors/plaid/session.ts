// A sync reads each Item once with /transactions/sync (all of its accounts),
// looping while has_more and restarting the whole loop from the first cursor
// when Plaid reports a mutation during pagination (connectors.md §3.3).
import { z } from "zod";
import type { ConnectorContext, ConnectorSession, NormalizedAccount, NormalizedTransaction, TransactionPage } from "../types.ts";
import { PlaidError } from "./client.ts";
import type { PlaidCredentials } from "./credentials.ts";
import { requireClient } from "./link.ts";
import { accountsSchema, syncSchema, toAccount, toTransaction } from "./payloads.ts";

const MAX_PAGES = 200;
const MAX_RESTARTS = 3;

export async function openSession(credentials: PlaidCredentials, ctx: ConnectorContext): Promise<ConnectorSession<PlaidCredentials>> {
  const { client } = requireClient(ctx);
  const itemOf = (externalId: string) => {
    const itemId = externalId.split(":")[0];
    const item = credentials.items.find((i) => i.itemId === itemId);
    if (!item) throw new PlaidError("BadResponse", "an account of this connection belongs to no linked Item", null);
    return item;
  };
  const synced = new Map<string, { byAccount: Map<string, NormalizedTransaction[]>; cursor: string }>();

  async function syncItem(item: PlaidCredentials["items"][number], start: string | null) {
    const done = synced.get(item.itemId);
    if (done) return done;
    for (let attempt = 0; ; attempt++) {
      try {
        const byAccount = new Map<string, NormalizedTransaction[]>();
        let cursor = start;
        for (let page = 0; page < MAX_PAGES; page++) {
          const body = await client.post("/transactions/sync", { access_token: item.accessToken, ...(cursor ? { cursor } : {}), count: 500 }, syncSchema);
          for (const tx of [...body.added, ...body.modified]) {
            const key = `${item.itemId}:${tx.account_id}`;
            byAccount.set(key, [...(byAccount.get(key) ?? []), toTransaction(tx)]);
          }
          cursor = body.next_cursor;
          if (!body.has_more) break;
        }
        const result = { byAccount, cursor: cursor ?? "" };
        synced.set(item.itemId, result);
        return result;
      } catch (err) {
        if (err instanceof PlaidError && err.code === "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION" && attempt < MAX_RESTARTS) continue;
        throw err;
      }
    }
  }

  return {
    async listAccounts() {
      const out: NormalizedAccount[] = [];
      for (const item of credentials.items) {
        const body = await client.post("/accounts/get", { access_token: item.accessToken }, accountsSchema);
        out.push(...body.accounts.map((a) => toAccount(item.itemId, a)));
      }
      return out;
    },
    async fetchTransactions(account, cursor): Promise<TransactionPage> {
      const item = itemOf(account.externalId);
      const start = typeof cursor === "object" && cursor !== null && typeof (cursor as { plaid?: unknown }).plaid === "string" ? (cursor as { plaid: string }).plaid : null;
      const result = await syncItem(item, start || null);
      return { transactions: result.byAccount.get(account.externalId) ?? [], nextCursor: { plaid: result.cursor }, hasMore: false };
    },
    async fetchBalances(accounts) {
      const wanted = new Set(accounts.map((a) => a.externalId));
      const out = [];
      for (const item of credentials.items) {
        const body = await client.post("/accounts/balance/get", { access_token: item.accessToken }, accountsSchema);
        for (const a of body.accounts) {
          const key = `${item.itemId}:${a.account_id}`;
          if (!wanted.has(key) || a.balances.current === null || a.balances.current === undefined) continue;
          // A credit card's current balance is what is owed: money out.
          const owed = a.type === "credit" || a.type === "loan";
          const text = String(Math.abs(a.balances.current));
          out.push({ accountExternalId: key, amount: owed && a.balances.current > 0 ? `-${text}` : String(a.balances.current), currency: a.balances.iso_currency_code ?? "USD", kind: "booked" as const, asOf: ctx.now().toISOString() });
        }
      }
      return out;
    },
    credentials: () => credentials,
  };
}

export async function removeItems(credentials: PlaidCredentials, ctx: ConnectorContext): Promise<void> {
  const { client } = requireClient(ctx);
  for (const item of credentials.items) await client.post("/item/remove", { access_token: item.accessToken }, z.unknown());
}

// One sync is one /accounts call for all accounts (the Bridge expects about
// 24 requests a day per Access URL and refreshes data once a day), in windows
// of at most 90 days (the Bridge caps longer ranges). A connection the person
// must fix on the Bridge site keeps the other connections syncing.
import type { ConnectorContext, ConnectorSession, NormalizedAccount, TransactionPage } from "../types.ts";
import { getAccounts, parseAccessUrl, SimplefinError } from "./client.ts";
import type { SimplefinCredentials } from "./credentials.ts";
import { connectionNames, type AccountSet, type SfAccount, type SfError } from "./payloads.ts";
import { toAccount, toBalance, toTransaction } from "./normalize.ts";
import { readSettings } from "./settings.ts";

const DAY_S = 86_400;
const WINDOW_DAYS = 90;
const FIRST_DAYS = 89;
const REOPEN_DAYS = 7;

interface Cursor {
  lastPosted: number;
}
function readCursor(c: unknown): Cursor | null {
  const v = typeof c === "object" && c !== null ? (c as { lastPosted?: unknown }).lastPosted : undefined;
  return typeof v === "number" && Number.isInteger(v) && v > 0 ? { lastPosted: v } : null;
}

/** Errors that stop only some accounts; the rest of the sync goes on. */
function blockedAccounts(set: AccountSet): Set<string> {
  const blocked = new Set<string>();
  const errs: SfError[] = set.errlist ?? [];
  for (const e of errs) {
    const prefix = e.code.split(".")[0];
    if (prefix === "con" && e.connId) for (const a of set.accounts) if (a.conn_id === e.connId) blocked.add(a.id);
    if (prefix === "act" && e.accountId) blocked.add(e.accountId);
  }
  return blocked;
}

export async function openSession(credentials: SimplefinCredentials, ctx: ConnectorContext): Promise<ConnectorSession<SimplefinCredentials>> {
  const target = parseAccessUrl(credentials.accessUrl, readSettings(ctx.settings));
  const nowS = () => Math.floor(ctx.now().getTime() / 1000);
  let listing: AccountSet | null = null;
  const windows = new Map<number, { set: AccountSet; blocked: Set<string> }>();

  async function window(startS: number): Promise<{ set: AccountSet; blocked: Set<string> }> {
    const cached = windows.get(startS);
    if (cached) return cached;
    const chunks: AccountSet[] = [];
    for (let from = startS; from < nowS(); from += WINDOW_DAYS * DAY_S) {
      const to = Math.min(from + WINDOW_DAYS * DAY_S, nowS() + DAY_S);
      chunks.push(await getAccounts(target, { "start-date": String(from), "end-date": String(to), pending: "1" }, ctx));
    }
    const merged: AccountSet = { accounts: [], errlist: chunks.flatMap((c) => c.errlist ?? []) };
    for (const c of chunks)
      for (const a of c.accounts) {
        const seen = merged.accounts.find((x) => x.id === a.id);
        if (seen) seen.transactions = [...(seen.transactions ?? []), ...(a.transactions ?? [])];
        else merged.accounts.push({ ...a, transactions: [...(a.transactions ?? [])] });
      }
    const blocked = blockedAccounts(merged);
    for (const e of merged.errlist ?? []) ctx.logger.warn({ code: e.code, connId: e.connId, accountId: e.accountId }, "simplefin reported a problem");
    if (merged.accounts.length > 0 && merged.accounts.every((a) => blocked.has(a.id))) {
      throw new SimplefinError("ConsentExpired", "every bank connection at the SimpleFIN Bridge needs attention", "access");
    }
    const result = { set: merged, blocked };
    windows.set(startS, result);
    return result;
  }

  return {
    async listAccounts() {
      listing ??= await getAccounts(target, { "balances-only": "1" }, ctx);
      const names = connectionNames(listing);
      return listing.accounts.map((a) => toAccount(a, names));
    },
    async fetchTransactions(account: NormalizedAccount, cursor: unknown): Promise<TransactionPage> {
      const previous = readCursor(cursor);
      // All accounts of one sync share a window start, so one Bridge call serves them all.
      const startS = previous ? previous.lastPosted - REOPEN_DAYS * DAY_S : nowS() - FIRST_DAYS * DAY_S;
      const { set, blocked } = await window(Math.floor(startS / DAY_S) * DAY_S);
      const a: SfAccount | undefined = set.accounts.find((x) => x.id === account.externalId);
      if (!a || blocked.has(account.externalId)) return { transactions: [], nextCursor: previous, hasMore: false };
      const today = ctx.now().toISOString().slice(0, 10);
      const rows = (a.transactions ?? []).map((tx) => toTransaction(a, tx, today));
      const posted = (a.transactions ?? []).filter((t) => t.posted > 0 && t.pending !== true).map((t) => t.posted);
      const lastPosted = posted.length ? Math.max(...posted) : (previous?.lastPosted ?? startS);
      return { transactions: rows, nextCursor: { lastPosted } satisfies Cursor, hasMore: false };
    },
    async fetchBalances(accounts) {
      listing ??= await getAccounts(target, { "balances-only": "1" }, ctx);
      const wanted = new Set(accounts.map((a) => a.externalId));
      return listing.accounts.filter((a) => wanted.has(a.id)).map(toBalance);
    },
    credentials: () => credentials,
  };
}

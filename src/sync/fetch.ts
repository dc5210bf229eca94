// The network half of a sync: everything is read into memory first, nothing is
// written, so a failure on any page leaves the database (and the cursor)
// exactly as it was.
import { ConnectorError } from "../../connectors/errors.ts";
import type {
  ConnectorSession,
  NormalizedAccount,
  NormalizedBalance,
  NormalizedHolding,
  NormalizedTransaction,
} from "../../connectors/types.ts";

/** A provider that keeps saying "more" is broken; stop before memory runs out. */
const MAX_PAGES_PER_ACCOUNT = 10_000;

export interface FetchedAccount {
  account: NormalizedAccount;
  transactions: NormalizedTransaction[];
  /** Cursor after the last page; stored only when the write commits. */
  cursor: unknown;
}

export interface FetchResult {
  /** Every account the provider lists (new ones get created). */
  accounts: NormalizedAccount[];
  /** Only the accounts that are enabled for syncing. */
  fetched: FetchedAccount[];
  balances: NormalizedBalance[];
  holdings: NormalizedHolding[];
}

export interface FetchOptions {
  /** Stored accounts the person switched off; unknown (new) accounts are synced. */
  disabled: ReadonlySet<string>;
  cursors: Readonly<Record<string, unknown>>;
  /** Wraps each provider call (retry with backoff). */
  call: <T>(what: string, fn: () => Promise<T>) => Promise<T>;
  onAccountDone?: (p: { accountsDone: number; accountsTotal: number; fetchedSoFar: number }) => void;
}

export async function fetchEverything(session: ConnectorSession<unknown>, opts: FetchOptions): Promise<FetchResult> {
  const accounts = await opts.call("listAccounts", () => session.listAccounts());
  const enabled = accounts.filter((a) => !opts.disabled.has(a.externalId));
  const fetched: FetchedAccount[] = [];
  let fetchedSoFar = 0;
  for (const account of enabled) {
    const transactions: NormalizedTransaction[] = [];
    let cursor: unknown = opts.cursors[account.externalId] ?? null;
    for (let page = 1; ; page++) {
      if (page > MAX_PAGES_PER_ACCOUNT) throw new ConnectorError("BadResponse", `more than ${MAX_PAGES_PER_ACCOUNT} pages for one account`);
      const from = cursor;
      const result = await opts.call(`fetchTransactions page ${page}`, () => session.fetchTransactions(account, from));
      for (const tx of result.transactions) transactions.push(tx);
      // A provider may omit the cursor on an empty last page; keep the one we had.
      if (result.nextCursor !== undefined && result.nextCursor !== null) cursor = result.nextCursor;
      if (!result.hasMore) break;
    }
    fetchedSoFar += transactions.length;
    fetched.push({ account, transactions, cursor });
    opts.onAccountDone?.({ accountsDone: fetched.length, accountsTotal: enabled.length, fetchedSoFar });
  }
  const balances = enabled.length ? await opts.call("fetchBalances", () => session.fetchBalances(enabled)) : [];
  const fetchHoldings = session.fetchHoldings?.bind(session);
  const holdings = fetchHoldings && enabled.length ? await opts.call("fetchHoldings", () => fetchHoldings(enabled)) : [];
  return { accounts, fetched, balances, holdings };
}

// A scriptable connector for engine tests: accounts, a booked ledger served in
// pages (cursor = offset), pending rows that can later book, and failures
// injected per method and page. Every call is recorded.
import { z } from "zod";
import { ConnectorError } from "../../connectors/errors.ts";
import type { Connector, ConnectorLimits, NormalizedAccount, NormalizedBalance, NormalizedHolding, NormalizedTransaction } from "../../connectors/types.ts";

export type FakeMethod = "open" | "listAccounts" | "fetchTransactions" | "fetchBalances" | "fetchHoldings" | "revoke";

export interface FailureRule {
  method: FakeMethod;
  /** fetchTransactions only: fail on this page (1-based, counted per account from the session's first cursor). */
  page?: number;
  /** How many matching calls fail; Infinity for "keeps failing". */
  times: number;
  error: () => Error;
}

export interface FakeCall {
  method: FakeMethod;
  account?: string;
  page?: number;
  cursor?: unknown;
  token?: string;
}

export const fakeCredentials = z.object({ token: z.string() });
export type FakeCredentials = z.infer<typeof fakeCredentials>;

export interface FakeBank {
  connector: Connector<FakeCredentials>;
  accounts: NormalizedAccount[];
  booked: Map<string, NormalizedTransaction[]>;
  pending: Map<string, NormalizedTransaction[]>;
  balances: NormalizedBalance[];
  holdings: NormalizedHolding[];
  pageSize: number;
  failures: FailureRule[];
  calls: FakeCall[];
  /** Runs inside each fetchTransactions call; lets a test pause one sync mid-flight. */
  onFetch?: () => Promise<void>;
  fail(rule: FailureRule): void;
  addBooked(account: string, ...rows: NormalizedTransaction[]): void;
  setPending(account: string, rows: NormalizedTransaction[]): void;
  /** The pending row disappears and its booked twin (a new id) appears, as banks do. */
  book(account: string, pendingId: string, changes?: Partial<NormalizedTransaction>): NormalizedTransaction;
  callsOf(method: FakeMethod): FakeCall[];
}

export function tx(id: string | null, date: string, amount: string, extra: Partial<NormalizedTransaction> = {}): NormalizedTransaction {
  return { externalId: id, status: "booked", bookingDate: date, amount, currency: "EUR", counterpartyName: `Shop ${id ?? amount}`, description: null, ...extra };
}

export function account(externalId: string, name = `Account ${externalId}`): NormalizedAccount {
  return { externalId, name, currency: "EUR", type: "CHECKING", iban: null };
}

export function createFakeBank(opts: { id?: string; accounts?: NormalizedAccount[]; pageSize?: number; limits?: ConnectorLimits; revoke?: boolean } = {}): FakeBank {
  const bank: FakeBank = {
    connector: undefined as unknown as Connector<FakeCredentials>,
    accounts: opts.accounts ?? [account("A1")],
    booked: new Map(),
    pending: new Map(),
    balances: [],
    holdings: [],
    pageSize: opts.pageSize ?? 10,
    failures: [],
    calls: [],
    fail: (rule) => bank.failures.push(rule),
    addBooked: (acc, ...rows) => bank.booked.set(acc, [...(bank.booked.get(acc) ?? []), ...rows]),
    setPending: (acc, rows) => bank.pending.set(acc, rows.map((r) => ({ ...r, status: "pending" }))),
    book(acc, pendingId, changes = {}) {
      const list = bank.pending.get(acc) ?? [];
      const p = list.find((r) => r.externalId === pendingId);
      if (!p) throw new Error(`no pending ${pendingId}`);
      bank.pending.set(acc, list.filter((r) => r !== p));
      const booked = { ...p, externalId: `${pendingId}-booked`, status: "booked" as const, ...changes };
      bank.addBooked(acc, booked);
      return booked;
    },
    callsOf: (method) => bank.calls.filter((c) => c.method === method),
  };

  function maybeFail(method: FakeMethod, page?: number): void {
    const rule = bank.failures.find((f) => f.method === method && f.times > 0 && (f.page === undefined || f.page === page));
    if (!rule) return;
    rule.times -= 1;
    throw rule.error();
  }

  bank.connector = {
    id: opts.id ?? "fake",
    displayName: "Fake Bank",
    kind: "bank",
    credentialsSchema: fakeCredentials,
    messages: { en: {}, de: {} },
    limits: opts.limits ?? {},
    async link() {
      return { label: "Fake Bank", credentials: { token: "t0" } };
    },
    async open(credentials) {
      bank.calls.push({ method: "open", token: credentials.token });
      maybeFail("open");
      let token = credentials.token;
      // Page numbers count from where this session started reading an account, so a retried call keeps its page number.
      const firstOffset = new Map<string, number>();
      return {
        async listAccounts() {
          bank.calls.push({ method: "listAccounts" });
          maybeFail("listAccounts");
          // Tokens rotate during a session, as comdirect's refresh does.
          token = `${credentials.token}+`;
          return bank.accounts.map((a) => ({ ...a }));
        },
        async fetchTransactions(acc, cursor) {
          const offset = (cursor as { offset?: number } | null)?.offset ?? 0;
          if (!firstOffset.has(acc.externalId)) firstOffset.set(acc.externalId, offset);
          const page = Math.floor((offset - firstOffset.get(acc.externalId)!) / bank.pageSize) + 1;
          bank.calls.push({ method: "fetchTransactions", account: acc.externalId, page, cursor });
          await bank.onFetch?.();
          maybeFail("fetchTransactions", page);
          const all = bank.booked.get(acc.externalId) ?? [];
          const next = Math.min(offset + bank.pageSize, all.length);
          const hasMore = next < all.length;
          const rows = all.slice(offset, next).map((r) => ({ ...r }));
          if (!hasMore) rows.push(...(bank.pending.get(acc.externalId) ?? []).map((r) => ({ ...r })));
          return { transactions: rows, nextCursor: { offset: next }, hasMore };
        },
        async fetchBalances(accs) {
          bank.calls.push({ method: "fetchBalances" });
          maybeFail("fetchBalances");
          const ids = new Set(accs.map((a) => a.externalId));
          return bank.balances.filter((b) => ids.has(b.accountExternalId));
        },
        async fetchHoldings(accs) {
          bank.calls.push({ method: "fetchHoldings" });
          maybeFail("fetchHoldings");
          const ids = new Set(accs.map((a) => a.externalId));
          return bank.holdings.filter((h) => ids.has(h.accountExternalId));
        },
        credentials: () => ({ token }),
      };
    },
    ...(opts.revoke === false
      ? {}
      : {
          async revoke(credentials: FakeCredentials) {
            bank.calls.push({ method: "revoke", token: credentials.token });
            maybeFail("revoke");
          },
        }),
  };
  return bank;
}

export const errors = {
  unavailable: () => new ConnectorError("Unavailable", "bank is down"),
  rateLimited: (retryAfterMs: number) => () => new ConnectorError("RateLimited", "slow down", { retryAfterMs }),
  unauthorized: () => new ConnectorError("Unauthorized", "token rejected"),
  consentExpired: () => new ConnectorError("ConsentExpired", "consent expired"),
  badResponse: () => new ConnectorError("BadResponse", "garbage"),
};

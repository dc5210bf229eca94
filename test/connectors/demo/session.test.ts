import pino from "pino";
import { describe, expect, it } from "vitest";
import type { ConnectorSession, NormalizedAccount, NormalizedTransaction } from "../../../connectors/types.ts";
import { ConnectorError } from "../../../connectors/errors.ts";
import { DEMO_PAGE_SIZE, demoConnector, generateHistory, parseDemoFaults, withFaults, type DemoCredentials } from "../../../connectors/demo/index.ts";

const LINKED = "2026-11-20T08:00:00.000Z";
const creds: DemoCredentials = { seed: 42, username: "alex", linkedAt: LINKED };

function clock(iso: string) {
  let now = new Date(iso);
  return { now: () => now, set: (next: string) => (now = new Date(next)) };
}

const ctxWith = (c: ReturnType<typeof clock>, settings: Record<string, string | undefined> = {}) => ({ now: c.now, logger: pino({ level: "silent" }), settings });

async function syncAccount(session: ConnectorSession<DemoCredentials>, account: NormalizedAccount, cursor: unknown) {
  const rows: NormalizedTransaction[] = [];
  let pages = 0;
  for (;;) {
    const page = await session.fetchTransactions(account, cursor);
    pages++;
    expect(page.transactions.length).toBeLessThanOrEqual(DEMO_PAGE_SIZE);
    rows.push(...page.transactions);
    cursor = page.nextCursor;
    if (!page.hasMore) return { rows, pages, cursor };
  }
}

describe("demo bank session", () => {
  it("pages through the whole history, every transaction exactly once", async () => {
    const c = clock(LINKED);
    const session = await demoConnector.open(creds, ctxWith(c, { DEMO_HISTORY_DAYS: "730" }));
    const [checking] = await session.listAccounts();
    if (!checking) throw new Error("no accounts");
    const { rows, pages } = await syncAccount(session, checking, null);
    expect(pages).toBeGreaterThan(1);
    const expected = generateHistory({ seed: 42, from: "2024-11-20", to: "2026-11-20", now: c.now() }).transactions.get("checking-1");
    expect(rows).toEqual(expected);
    const ids = rows.filter((t) => t.externalId).map((t) => t.externalId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("caps the first sync at DEMO_HISTORY_DAYS, 400 days by default", async () => {
    const session = await demoConnector.open(creds, ctxWith(clock(LINKED)));
    const [checking] = await session.listAccounts();
    if (!checking) throw new Error("no accounts");
    const { rows } = await syncAccount(session, checking, null);
    expect(rows[0]?.bookingDate).toBe("2025-10-16");
  });

  it("reports balances equal to the opening balance plus everything the bank returned", async () => {
    const c = clock(LINKED);
    const session = await demoConnector.open(creds, ctxWith(c));
    const accounts = await session.listAccounts();
    c.set("2026-12-05T10:00:00Z");
    const balances = await session.fetchBalances(accounts);
    const history = generateHistory({ seed: 42, from: "2025-10-16", to: "2026-12-05", now: c.now() });
    for (const a of accounts) {
      const b = history.balances.get(a.externalId);
      expect(balances.find((x) => x.accountExternalId === a.externalId && x.kind === "booked")?.amount).toBe(b?.booked);
      expect(balances.find((x) => x.accountExternalId === a.externalId && x.kind === "available")?.amount).toBe(b?.available);
    }
    expect(session.credentials()).toBe(creds);
  });

  it("re-reads five days on the next sync, so pending rows come back booked with an id", async () => {
    const c = clock(LINKED);
    const session = await demoConnector.open(creds, ctxWith(c));
    const card = (await session.listAccounts()).find((a) => a.type === "CREDIT_CARD");
    if (!card) throw new Error("no card");
    const first = await syncAccount(session, card, null);
    const pending = first.rows.filter((t) => t.status === "pending");
    expect(pending.length).toBeGreaterThan(0);
    expect(first.cursor).toEqual({ from: "2026-11-15", page: 0 });

    c.set("2026-11-23T08:00:00Z");
    const second = await syncAccount(session, card, first.cursor);
    expect(second.rows.every((t) => t.bookingDate >= "2026-11-15")).toBe(true);
    for (const p of pending) {
      expect(second.rows.some((t) => t.status === "booked" && t.externalId && t.amount === p.amount && t.valueDate === p.valueDate)).toBe(true);
    }
    const knownIds = new Set(first.rows.map((t) => t.externalId));
    expect(second.rows.some((t) => t.externalId && !knownIds.has(t.externalId))).toBe(true);
  });

  it("starts over from the beginning when handed a cursor it cannot read", async () => {
    const session = await demoConnector.open(creds, ctxWith(clock(LINKED)));
    const [checking] = await session.listAccounts();
    if (!checking) throw new Error("no accounts");
    const fromNull = await session.fetchTransactions(checking, null);
    const fromJunk = await session.fetchTransactions(checking, { garbage: true });
    expect(fromJunk).toEqual(fromNull);
  });
});

describe("demo bank faults", () => {
  it("fails the Nth page as DEMO_FAIL says, then lets the retry through", async () => {
    const session = await demoConnector.open(creds, ctxWith(clock(LINKED), { DEMO_FAIL: "page:2:unavailable" }));
    const [checking] = await session.listAccounts();
    if (!checking) throw new Error("no accounts");
    const first = await session.fetchTransactions(checking, null);
    const error = await session.fetchTransactions(checking, first.nextCursor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).reason).toBe("Unavailable");
    expect((error as ConnectorError).transient).toBe(true);
    await expect(session.fetchTransactions(checking, first.nextCursor)).resolves.toMatchObject({ hasMore: false });
  });

  it("answers rate-limited with the scripted retry delay", async () => {
    const session = await demoConnector.open(creds, ctxWith(clock(LINKED), { DEMO_FAIL: "page:1:ratelimited:2500" }));
    const [checking] = await session.listAccounts();
    if (!checking) throw new Error("no accounts");
    await expect(session.fetchTransactions(checking, null)).rejects.toMatchObject({ reason: "RateLimited", retryAfterMs: 2500 });
  });

  it("wraps the connector so balances are refused as unauthorized", async () => {
    const failing = withFaults(demoConnector, [{ on: "balances", call: 1, reason: "unauthorized", times: 2 }]);
    const session = await failing.open(creds, ctxWith(clock(LINKED)));
    const accounts = await session.listAccounts();
    await expect(session.fetchBalances(accounts)).rejects.toMatchObject({ reason: "Unauthorized" });
    await expect(session.fetchBalances(accounts)).rejects.toMatchObject({ reason: "Unauthorized" });
    await expect(session.fetchBalances(accounts)).resolves.toHaveLength(6);
  });

  it("rejects a malformed DEMO_FAIL instead of silently ignoring it", () => {
    expect(() => parseDemoFaults("page:first:broken")).toThrow(/DEMO_FAIL/);
    expect(parseDemoFaults(" ")).toEqual([]);
    expect(parseDemoFaults("accounts:3:unavailable")).toEqual([{ on: "accounts", call: 3, reason: "unavailable" }]);
  });
});

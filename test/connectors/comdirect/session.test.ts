import { afterEach, describe, expect, it } from "vitest";
import { ConnectorError } from "../../../connectors/errors.ts";
import type { NormalizedAccount, NormalizedTransaction } from "../../../connectors/types.ts";
import { comdirectConnector } from "../../../connectors/comdirect/index.ts";
import { startComdirectFake, fixedWidthRemittance, type ComdirectFake, type ComdirectFakeOptions } from "../../fakes/comdirect/index.ts";
import { linkedCredentials, makeCtx } from "./helpers.ts";
import { ScriptedDialog } from "./scripted-dialog.ts";

let fake: ComdirectFake;
afterEach(async () => fake?.close());

async function linked(opts: ComdirectFakeOptions = {}) {
  fake = await startComdirectFake(opts);
  const made = makeCtx(fake);
  const credentials = await linkedCredentials(fake, made.ctx);
  return { ...made, credentials };
}

async function rawRefresh(refreshToken: string): Promise<number> {
  const c = fake.config;
  const body = new URLSearchParams({ client_id: c.clientId, client_secret: c.clientSecret, grant_type: "refresh_token", refresh_token: refreshToken });
  return (await fetch(`${fake.url}/oauth/token`, { method: "POST", body })).status;
}

async function syncAll(session: Awaited<ReturnType<typeof comdirectConnector.open>>, account: NormalizedAccount, cursor: unknown = null) {
  const pages: { count: number; hasMore: boolean }[] = [];
  const all: NormalizedTransaction[] = [];
  for (;;) {
    const page = await session.fetchTransactions(account, cursor);
    pages.push({ count: page.transactions.length, hasMore: page.hasMore });
    all.push(...page.transactions);
    cursor = page.nextCursor;
    if (!page.hasMore) return { pages, all, cursor };
  }
}

describe("comdirect session", () => {
  it("refreshes an access token about to expire; the rotated refresh token replaces the old one", async () => {
    const { ctx, credentials } = await linked();
    fake.advance(545_000);
    const session = await comdirectConnector.open(credentials, ctx);
    const fresh = session.credentials();
    expect(fresh.refreshToken).not.toBe(credentials.refreshToken);
    expect(fresh.accessToken).not.toBe(credentials.accessToken);
    expect(fake.state.counters.refreshes).toBe(1);
    expect(await rawRefresh(credentials.refreshToken)).toBe(400);
    expect((await session.listAccounts()).length).toBe(2);
  });

  it("does not refresh a token with more than a minute left", async () => {
    const { ctx, credentials } = await linked();
    fake.advance(500_000);
    const session = await comdirectConnector.open(credentials, ctx);
    expect(session.credentials().refreshToken).toBe(credentials.refreshToken);
  });

  it("reports Unauthorized when the refresh token has expired", async () => {
    const { ctx, credentials } = await linked();
    fake.advance(21 * 60_000);
    const error = await comdirectConnector.open(credentials, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).reason).toBe("Unauthorized");
  });

  it("keepAlive rotates the tokens and keeps the TAN session beyond the first refresh lifetime", async () => {
    const { ctx, credentials } = await linked();
    let creds = credentials;
    for (let i = 0; i < 3; i++) {
      fake.advance(8 * 60_000);
      creds = await comdirectConnector.keepAlive.refresh(creds, ctx);
    }
    const session = await comdirectConnector.open(creds, ctx);
    expect(await session.listAccounts()).toHaveLength(2);
  });

  it("reauthenticate asks only for the TAN and uses the remembered login", async () => {
    const { ctx, credentials } = await linked();
    fake.advance(30 * 60_000);
    const dialog = new ScriptedDialog(["123456"]);
    const result = await comdirectConnector.reauthenticate(dialog, credentials, ctx);
    expect(dialog.of("askSecret").map((e) => e.key)).toEqual(["comdirect.ask_tan_phototan"]);
    expect(dialog.remaining).toBe(0);
    expect(fake.state.counters.passwordGrants).toBe(2);
    const session = await comdirectConnector.open(result.credentials, ctx);
    expect(await session.listAccounts()).toHaveLength(2);
  });

  it("pages through 1,200 transactions: all unique, in comdirect's order, hasMore until the last page", async () => {
    const { ctx, credentials } = await linked({ transactions: 1200 });
    const session = await comdirectConnector.open(credentials, ctx);
    const [giro] = await session.listAccounts();
    const { pages, all, cursor } = await syncAll(session, giro!);
    expect(pages).toEqual([
      { count: 500, hasMore: true },
      { count: 500, hasMore: true },
      { count: 200, hasMore: false },
    ]);
    expect(new Set(all.map((t) => t.externalId)).size).toBe(1200);
    expect(all.map((t) => t.externalId)).toEqual(fake.state.transactions.get(giro!.externalId)!.map((r) => r.reference));
    const queries = fake.state.requests.filter((r) => r.query.includes("BOOKED") && !r.query.includes("NOTBOOKED")).map((r) => new URLSearchParams(r.query));
    expect(queries.map((q) => q.get("paging-first"))).toEqual(["0", "500", "1000"]);
    expect(queries.every((q) => q.get("paging-count") === "500" && q.get("min-bookingDate") === "2025-11-05")).toBe(true);
    // the next sync starts a week before the newest booking
    expect(cursor).toEqual({ minBookingDate: "2026-04-27", pagingFirst: 0, latestBookingDate: null });
  });

  it("an incremental sync asks comdirect from the stored cursor on", async () => {
    const { ctx, credentials } = await linked({ transactions: 30 });
    const session = await comdirectConnector.open(credentials, ctx);
    const [giro] = await session.listAccounts();
    const first = await syncAll(session, giro!);
    fake.state.requests.length = 0;
    const second = await syncAll(session, giro!, first.cursor);
    expect(new URLSearchParams(fake.state.requests[0]?.query).get("min-bookingDate")).toBe("2026-04-27");
    expect(second.all.length).toBeLessThan(30);
    expect(second.all.length).toBeGreaterThan(0);
  });

  it("reads exact amounts, both debtor spellings, remittance lines and pending rows", async () => {
    const rows = [
      { reference: "A1", bookingStatus: "BOOKED" as const, bookingDate: "2026-05-01", valutaDate: "2026-02-30", amount: { value: "-0.10", unit: "EUR" }, creditor: { holderName: "Bäckerei Korn", iban: "DE44500105175407324931" }, transactionType: { key: "CARD_TRANSACTION", text: "Card transaction" }, remittanceInfo: fixedWidthRemittance(["Kartenzahlung", "Bäckerei Korn Berlin"]) },
      { reference: "A2", bookingStatus: "BOOKED" as const, bookingDate: "2026-04-30", valutaDate: "2026-04-30", amount: { value: "12345.67", unit: "EUR" }, deptor: { holderName: "Arbeitgeber GmbH", iban: "DE02100100109307118603" } },
      { reference: "A3", bookingStatus: "BOOKED" as const, bookingDate: "2026-04-29", amount: { value: "50", unit: "EUR" }, debtor: { holderName: "Lastschrift Schuldner" } },
      { reference: "P1", bookingStatus: "NOTBOOKED" as const, bookingDate: null, valutaDate: "2026-05-03", amount: { value: "-19.9", unit: "EUR" }, remittanceInfo: "Online-Shop Bestellung 4711".padEnd(35, " ") },
      { reference: "N1", bookingStatus: "BOOKED" as const, bookingDate: "2026-04-28", amount: null },
    ];
    const { ctx, credentials } = await linked({ transactions: rows });
    const session = await comdirectConnector.open(credentials, ctx);
    const [giro] = await session.listAccounts();
    const page = await session.fetchTransactions(giro!, null);
    const byAmount = Object.fromEntries(page.transactions.map((t) => [t.amount, t]));
    expect(Object.keys(byAmount)).toEqual(["-19.90", "-0.10", "12345.67", "50.00"]);
    expect(byAmount["-0.10"]).toMatchObject({ externalId: "A1", status: "booked", valueDate: null, counterpartyName: "Bäckerei Korn", description: "Kartenzahlung Bäckerei Korn Berlin", transactionType: "Card transaction" });
    expect(byAmount["12345.67"]).toMatchObject({ counterpartyName: "Arbeitgeber GmbH", counterpartyIban: "DE02100100109307118603", valueDate: "2026-04-30" });
    expect(byAmount["50.00"]?.counterpartyName).toBe("Lastschrift Schuldner");
    expect(byAmount["-19.90"]).toMatchObject({ externalId: null, status: "pending", bookingDate: "2026-05-03", description: "Online-Shop Bestellung 4711" });
  });

  it("returns balances per account, booked and available, as exact strings", async () => {
    const { ctx, credentials } = await linked();
    const session = await comdirectConnector.open(credentials, ctx);
    const accounts = await session.listAccounts();
    expect(accounts[0]).toMatchObject({ name: "Girokonto 1234567890", type: "CHECKING", iban: "DE89370400440532013000", currency: "EUR" });
    const balances = await session.fetchBalances(accounts.slice(0, 1));
    expect(balances.map((b) => [b.kind, b.amount])).toEqual([["booked", "6860.09"], ["available", "7625.70"]]);
  });

  it("lists a depot as a brokerage account with its positions", async () => {
    const depots = [{ depotId: "D1", depotDisplayId: "5555555", positions: [{ positionId: "P1", wkn: "A0RPWH", isin: "IE00B4L5Y983", name: "iShares Core MSCI World", quantity: "12.5", price: "98.765", currentValue: "1234.56" }] }];
    const { ctx, credentials } = await linked({ depots });
    const session = await comdirectConnector.open(credentials, ctx);
    const accounts = await session.listAccounts();
    const depot = accounts.find((a) => a.type === "BROKERAGE");
    expect(depot?.name).toBe("Depot 5555555");
    const holdings = await session.fetchHoldings!(accounts);
    expect(holdings).toEqual([expect.objectContaining({ accountExternalId: depot!.externalId, symbol: "IE00B4L5Y983", quantity: "12.5", price: "98.765", value: "1234.56", currency: "EUR" })]);
    expect((await session.fetchTransactions(depot!, null)).transactions).toEqual([]);
  });

  it("turns a 422 body into a ConnectorError carrying comdirect's message and key", async () => {
    const { ctx, credentials } = await linked();
    const session = await comdirectConnector.open(credentials, ctx);
    const [giro] = await session.listAccounts();
    fake.failNext({ status: 422, body: { code: "request.query.invalid", messages: [{ severity: "ERROR", key: "paging.invalid", message: "Ungültiges Paging." }] } }, /transactions/);
    const error = await session.fetchTransactions(giro!, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ reason: "BadResponse", details: { status: 422, code: "request.query.invalid", key: "paging.invalid" } });
    expect((error as Error).message).toContain("Ungültiges Paging.");
  });

  it("turns a 429 into RateLimited with the server's Retry-After", async () => {
    const { ctx, credentials } = await linked();
    const session = await comdirectConnector.open(credentials, ctx);
    fake.rateLimitNext(1);
    const error = await session.listAccounts().catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "RateLimited", retryAfterMs: 2000, transient: true });
  });

  it("refreshes once and retries when comdirect answers 401 mid-sync", async () => {
    const { ctx, credentials } = await linked();
    const session = await comdirectConnector.open(credentials, ctx);
    fake.state.tokens.get(credentials.accessToken)!.revoked = true;
    expect(await session.listAccounts()).toHaveLength(2);
    expect(session.credentials().accessToken).not.toBe(credentials.accessToken);
  });

  it("maps 5xx to Unavailable", async () => {
    const { ctx, credentials } = await linked();
    const session = await comdirectConnector.open(credentials, ctx);
    fake.failNext({ status: 503 });
    await expect(session.listAccounts()).rejects.toMatchObject({ reason: "Unavailable" });
  });

  it("logs comdirect's response warnings by key", async () => {
    const { ctx, credentials, logs } = await linked({ responseInfoWarnings: true });
    const session = await comdirectConnector.open(credentials, ctx);
    await session.listAccounts();
    expect(logs()).toContain("WARN:service.degraded");
  });

  it("revoke invalidates the tokens at comdirect", async () => {
    const { ctx, credentials } = await linked();
    await comdirectConnector.revoke(credentials, ctx);
    expect(fake.state.tokens.get(credentials.accessToken)?.revoked).toBe(true);
    await expect(comdirectConnector.open(credentials, ctx).then((s) => s.listAccounts())).rejects.toMatchObject({ reason: "Unauthorized" });
  });

  it("never writes PIN, client secret, TAN or tokens to the log", async () => {
    fake = await startComdirectFake({ transactions: 600, pin: "worldpin42", clientSecret: "cs-very-secret-77", tan: "90817263" });
    const { ctx, logs } = makeCtx(fake);
    const credentials = await linkedCredentials(fake, ctx);
    fake.advance(560_000);
    const session = await comdirectConnector.open(credentials, ctx);
    await syncAll(session, (await session.listAccounts())[0]!);
    const written = logs();
    expect(written).toContain("comdirect request");
    for (const secret of ["worldpin42", "cs-very-secret-77", "90817263", ...fake.state.tokens.keys()]) expect(written).not.toContain(secret);
  });
});

// GoCardless against the fake: the requisition polled until linked, accounts
// keyed by IBAN, signed amounts, pending rows without ids, the per-scope
// daily limit with its reset header, and an expired agreement.
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError } from "../../../connectors/errors.ts";
import { gocardlessConnector } from "../../../connectors/gocardless/index.ts";
import type { ConnectorContext } from "../../../connectors/types.ts";
import { startGocardlessFake, type GocardlessFake } from "../../fakes/gocardless/server.ts";
import { LiveScriptDialog } from "../../helpers/live-script-dialog.ts";

describe("GoCardless Bank Account Data", () => {
  let fake: GocardlessFake;
  let ctx: ConnectorContext;
  let lines: string[];
  beforeEach(async () => {
    fake = await startGocardlessFake();
    lines = [];
    ctx = {
      now: () => fake.now(),
      logger: pino({ level: "trace" }, { write: (l: string) => void lines.push(l) }),
      settings: { GOCARDLESS_API_URL: `${fake.url}/api/v2`, GOCARDLESS_SECRET_ID: fake.secretId, GOCARDLESS_SECRET_KEY_FILE: fake.keyFile },
    };
  });
  afterEach(() => fake.close());

  const link = (answers = ["DE", "N26 Bank"]) => gocardlessConnector.link(new LiveScriptDialog(answers, () => fake.complete()), ctx);

  it("links once the requisition is linked and keys accounts by IBAN, for the bank's full access time", async () => {
    const result = await link();
    expect(result.label).toBe("N26 Bank");
    expect(result.credentials.accounts.map((a) => [a.key, a.name, a.type])).toEqual([
      ["DE89370400440532013000", "Girokonto", "CHECKING"],
      ["DE02120300000000202051", "Tagesgeld", "SAVINGS"],
    ]);
    expect((result.consentExpiresAt!.getTime() - fake.now().getTime()) / 86_400_000).toBe(180);
    expect(result.credentials.historyDays).toBe(730);
    expect(lines.join("")).not.toContain(fake.lastRequisition()!.id);
  });

  it("says so when the bank rejects, and is off until configured", async () => {
    const dialog = new LiveScriptDialog(["DE", "Sandbox Finance"], () => fake.reject());
    const err = await gocardlessConnector.link(dialog, ctx).catch((e: unknown) => e);
    expect((err as ConnectorError).reason).toBe("Unauthorized");
    expect(dialog.keys("say")).toContain("gc.rejected");
    expect(gocardlessConnector.isAvailable({})).toBe(false);
  });

  it("syncs signed amounts and pending rows, and a later sync gives the same rows the same ids", async () => {
    const { credentials } = await link();
    const session = await gocardlessConnector.open(credentials, ctx);
    const [giro] = await session.listAccounts();
    const page = await session.fetchTransactions(giro!, null);
    expect(page.transactions.map((t) => [t.status, t.amount, t.counterpartyName])).toEqual([
      ["booked", "-45.00", "Stadtwerke Musterstadt"],
      ["booked", "2500.00", "ACME GmbH"],
      ["booked", "-12.30", "REWE"],
      ["pending", "-7.99", null],
    ]);
    const again = await session.fetchTransactions(giro!, page.nextCursor);
    // The later window starts a week before the newest booked day; what it sees again keeps its id.
    expect(again.transactions.length).toBeGreaterThan(0);
    const first = new Set(page.transactions.map((t) => t.externalId));
    for (const t of again.transactions) expect(first.has(t.externalId)).toBe(true);
    expect((await session.fetchBalances([giro!])).map((b) => b.amount)).toEqual(["1523.40"]);
  });

  it("stops at the bank's daily limit and waits until the window resets", async () => {
    const { credentials } = await link();
    fake.dailyLimit = 1;
    const session = await gocardlessConnector.open(credentials, ctx);
    const [giro] = await session.listAccounts();
    await session.fetchTransactions(giro!, null);
    const err = (await session.fetchTransactions(giro!, null).catch((e: unknown) => e)) as ConnectorError;
    expect(err.reason).toBe("RateLimited");
    // 10:00 UTC: the window resets at midnight, 14 hours later.
    expect(err.retryAfterMs).toBe(14 * 3_600_000);
  });

  it("renewing goes straight to the same bank, and every account keeps its key, with or without an IBAN", async () => {
    fake.withoutIban.add("Tagesgeld");
    const first = await link();
    expect(first.credentials.accounts.map((a) => a.key)).toEqual(["DE89370400440532013000", `N26_NTSBDEB1:${first.credentials.accounts[1]!.id}`]);
    const dialog = new LiveScriptDialog([], () => fake.complete());
    const renewed = await gocardlessConnector.reauthenticate!(dialog, first.credentials, ctx);
    // No country, no bank: the consent link for N26 comes at once.
    expect(dialog.keys("choose")).toEqual([]);
    expect(dialog.keys("say")[0]).toBe("gc.renew");
    expect(fake.lastRequisition()!.institution_id).toBe("N26_NTSBDEB1");
    expect(renewed.label).toBe("N26 Bank");
    expect(renewed.credentials.institution).toEqual(first.credentials.institution);
    expect(renewed.credentials.requisitionId).not.toBe(first.credentials.requisitionId);
    // New GoCardless account ids, the same Kontor accounts: the IBAN-less savings account is found by name, currency and type.
    expect(renewed.credentials.accounts.map((a) => a.key)).toEqual(first.credentials.accounts.map((a) => a.key));
    expect(renewed.credentials.accounts[1]!.id).not.toBe(first.credentials.accounts[1]!.id);
    expect((renewed.consentExpiresAt!.getTime() - fake.now().getTime()) / 86_400_000).toBe(180);
  });

  it("renewing a bank GoCardless no longer lists asks for the bank again", async () => {
    const first = await link();
    fake.failNext(404, { summary: "Not found.", detail: "Not found.", status_code: 404 }, /institutions\/N26_NTSBDEB1/);
    const dialog = new LiveScriptDialog(["DE", "N26 Bank"], () => fake.complete());
    const renewed = await gocardlessConnector.reauthenticate!(dialog, first.credentials, ctx);
    expect(dialog.keys("choose")).toEqual(["picker.choose_country", "picker.choose_bank"]);
    expect(renewed.credentials.accounts.map((a) => a.key)).toEqual(first.credentials.accounts.map((a) => a.key));
  });

  it("reports an expired agreement as needing a new link, and renews an expired access token by itself", async () => {
    const { credentials } = await link();
    const issued = fake.tokensIssued;
    fake.advance(25 * 3_600_000);
    const session = await gocardlessConnector.open(credentials, ctx);
    await session.fetchBalances(await session.listAccounts());
    expect(fake.tokensIssued + fake.requests.filter((r) => r.includes("token/refresh")).length).toBeGreaterThan(issued);
    fake.advance(181 * 86_400_000);
    const err = (await gocardlessConnector.open(credentials, ctx).catch((e: unknown) => e)) as ConnectorError;
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err.reason).toBe("ConsentExpired");
  });
});

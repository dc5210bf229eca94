// Plaid Hosted Link and /transactions/sync against the fake: completion by
// polling, several Items in one session, the sign flip (Plaid's + is money
// out), paging with restart on mutation, and update mode after
// ITEM_LOGIN_REQUIRED that keeps the same access token.
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError } from "../../../connectors/errors.ts";
import { plaidConnector } from "../../../connectors/plaid/index.ts";
import { kontorAmount } from "../../../connectors/plaid/payloads.ts";
import type { ConnectorContext } from "../../../connectors/types.ts";
import { startPlaidFake, type PlaidFake } from "../../fakes/plaid/server.ts";
import { LiveScriptDialog } from "../../helpers/live-script-dialog.ts";

describe("Plaid", () => {
  let fake: PlaidFake;
  let ctx: ConnectorContext;
  let lines: string[];
  beforeEach(async () => {
    fake = await startPlaidFake();
    lines = [];
    ctx = {
      now: () => new Date("2026-10-25T10:00:00Z"),
      logger: pino({ level: "trace" }, { write: (l: string) => void lines.push(l) }),
      settings: { PLAID_API_URL: fake.url, PLAID_CLIENT_ID: fake.clientId, PLAID_SECRET_FILE: fake.secretFile },
    };
  });
  afterEach(() => fake.close());

  it("links every Item the person added in Hosted Link and keeps the access tokens out of the logs", async () => {
    const dialog = new LiveScriptDialog([], () => fake.finish(["Chase", "Capital One"]));
    const result = await plaidConnector.link(dialog, ctx);
    expect(dialog.links[0]).toMatch(new RegExp(`^${fake.url}/hosted/link-sandbox-`));
    expect(result.credentials.items.map((i) => i.institution)).toEqual(["Chase", "Capital One"]);
    expect(result.label).toBe("Chase, Capital One");
    for (const i of result.credentials.items) expect(lines.join("")).not.toContain(i.accessToken);
  });

  it("says why when the person leaves Link without connecting", async () => {
    const dialog = new LiveScriptDialog([], () => fake.exit("requires_credentials"));
    const err = (await plaidConnector.link(dialog, ctx).catch((e: unknown) => e)) as ConnectorError;
    expect(err.reason).toBe("Unauthorized");
    expect(dialog.calls.find((c) => c.key === "plaid.exited")?.params).toEqual({ status: "requires_credentials" });
  });

  it("syncs all pages, flips the sign, keeps pending and category, and restarts the loop after a mutation", async () => {
    const { credentials } = await plaidConnector.link(new LiveScriptDialog([], () => fake.finish()), ctx);
    fake.mutateDuringPagination();
    const session = await plaidConnector.open(credentials, ctx);
    const accounts = await session.listAccounts();
    expect(accounts.map((a) => [a.name, a.type])).toEqual([["Total Checking ••0001", "CHECKING"], ["Sapphire ••4242", "CREDIT_CARD"]]);
    const checking = await session.fetchTransactions(accounts[0]!, null);
    const card = await session.fetchTransactions(accounts[1]!, null);
    expect(checking.transactions.length + card.transactions.length).toBe(24);
    const payroll = [...checking.transactions, ...card.transactions].filter((t) => t.description === "ACME CORP PAYROLL");
    expect(payroll.map((t) => t.amount)).toEqual(["1500", "1500", "1500", "1500"]);
    const tj = checking.transactions.find((t) => t.externalId === "tx-1")!;
    expect([tj.amount, tj.counterpartyName, tj.providerCategory]).toEqual(["-13.5", "Trader Joe's", "FOOD_AND_DRINK_GROCERIES"]);
    expect(checking.transactions.filter((t) => t.status === "pending").map((t) => t.amount)).toEqual(["-4.75"]);
    const balances = await session.fetchBalances(accounts);
    expect(balances.map((b) => b.amount)).toEqual(["2325.93", "-410.2"]);
    // The next sync continues from the stored cursor and finds nothing new.
    const next = await plaidConnector.open(credentials, ctx);
    expect((await next.fetchTransactions(accounts[0]!, checking.nextCursor)).transactions).toEqual([]);
  });

  it("turns ITEM_LOGIN_REQUIRED into a re-link, and update mode keeps the access token", async () => {
    const { credentials } = await plaidConnector.link(new LiveScriptDialog([], () => fake.finish()), ctx);
    fake.resetLogin();
    const session = await plaidConnector.open(credentials, ctx);
    const err = (await session.listAccounts().catch((e: unknown) => e)) as ConnectorError;
    expect(err.reason).toBe("ConsentExpired");
    const again = await plaidConnector.reauthenticate(new LiveScriptDialog([], () => fake.finish()), credentials, ctx);
    expect(again.credentials).toEqual(credentials);
    expect((await (await plaidConnector.open(credentials, ctx)).listAccounts()).length).toBe(2);
  });

  it("converts Plaid's numbers through their decimal text", () => {
    expect(kontorAmount(12.5)).toBe("-12.5");
    expect(kontorAmount(-1500)).toBe("1500");
    expect(kontorAmount(0.3)).toBe("-0.3");
    expect(kontorAmount(0)).toBe("0");
  });
});

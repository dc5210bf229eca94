// SimpleFIN against the fake Bridge: claiming a Setup Token once, refusing
// tokens for other hosts, one call per sync window, pending rows, per-
// connection problems that leave the rest syncing, and quota errors.
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError } from "../../../connectors/errors.ts";
import { simplefinConnector } from "../../../connectors/simplefin/index.ts";
import { decodeSetupToken } from "../../../connectors/simplefin/link.ts";
import type { ConnectorContext } from "../../../connectors/types.ts";
import { startSimplefinFake, type SimplefinFake } from "../../fakes/simplefin/server.ts";
import { LiveScriptDialog } from "../../helpers/live-script-dialog.ts";

describe("SimpleFIN Bridge", () => {
  let fake: SimplefinFake;
  let ctx: ConnectorContext;
  let lines: string[];
  beforeEach(async () => {
    fake = await startSimplefinFake();
    lines = [];
    ctx = {
      now: () => fake.now(),
      logger: pino({ level: "trace" }, { write: (l: string) => void lines.push(l) }),
      settings: { SIMPLEFIN_ALLOWED_HOSTS: "127.0.0.1", SIMPLEFIN_CREATE_URL: `${fake.url}/simplefin/create` },
    };
  });
  afterEach(() => fake.close());

  async function link() {
    const dialog = new LiveScriptDialog([fake.setupToken()]);
    const result = await simplefinConnector.link(dialog, ctx);
    return { dialog, result };
  }

  it("claims the Setup Token as a secret, keeps the Access URL and lists the accounts", async () => {
    const { dialog, result } = await link();
    expect(dialog.keys("askSecret")).toEqual(["sf.ask_token"]);
    expect(result.credentials.accessUrl).toMatch(/^http:\/\/sfuser:[0-9a-f]+@127\.0\.0\.1:\d+\/simplefin$/);
    expect(dialog.calls.find((c) => c.key === "sf.accounts_found")!.params!.list).toContain("Bank of America Adv Plus Banking");
    expect(lines.join("")).not.toContain(new URL(result.credentials.accessUrl).password);
  });

  it("refuses a used token with a warning, and a token for another host before calling it", async () => {
    const token = fake.setupToken();
    await simplefinConnector.link(new LiveScriptDialog([token]), ctx);
    const evil = Buffer.from("https://attacker.example/claim/x").toString("base64");
    const dialog = new LiveScriptDialog([evil, token, fake.setupToken()]);
    await simplefinConnector.link(dialog, ctx);
    expect(dialog.keys("invalid")).toEqual(["sf.token_host"]);
    expect(dialog.keys("say")).toContain("sf.token_used");
    expect(decodeSetupToken("hello")).toBeNull();
  });

  it("syncs with one Bridge call per 90-day window, signed amounts, pending rows, and a cursor", async () => {
    const { result } = await link();
    const session = await simplefinConnector.open(result.credentials, ctx);
    const accounts = await session.listAccounts();
    expect(accounts.map((a) => a.name)).toEqual(["Bank of America Adv Plus Banking", "Frost Bank Savings"]);
    const before = fake.calls.length;
    const giro = await session.fetchTransactions(accounts[0]!, null);
    const savings = await session.fetchTransactions(accounts[1]!, null);
    expect(fake.calls.length - before).toBe(1); // both accounts from one call
    const window = fake.calls.at(-1)!;
    expect(Number(window.get("end-date")) - Number(window.get("start-date"))).toBeLessThanOrEqual(90 * 86_400);
    expect(window.has("pending")).toBe(true);
    const payroll = giro.transactions.filter((t) => t.counterpartyName === "ACME Corp");
    expect(payroll.every((t) => t.amount === "2400.00")).toBe(true);
    const pending = giro.transactions.filter((t) => t.status === "pending");
    expect(pending.map((t) => [t.amount, t.bookingDate])).toEqual([["-4.75", "2026-11-20"]]);
    expect(savings.transactions.map((t) => t.amount)).toEqual(["0.42"]);
    const balances = await session.fetchBalances(accounts);
    expect(balances.map((b) => b.amount)).toEqual(["2512.10", "10000.00"]);

    // The next sync starts a week before the newest posted row.
    const cursor = giro.nextCursor as { lastPosted: number };
    const next = await simplefinConnector.open(result.credentials, ctx);
    await next.fetchTransactions(accounts[0]!, cursor);
    expect(Number(fake.calls.at(-1)!.get("start-date"))).toBeLessThanOrEqual(cursor.lastPosted - 7 * 86_400);
  });

  it("keeps syncing the healthy connection when one needs attention at the Bridge", async () => {
    const { result } = await link();
    fake.needsAttention("CON-2");
    const session = await simplefinConnector.open(result.credentials, ctx);
    const [giro, savings] = await session.listAccounts();
    expect((await session.fetchTransactions(giro!, null)).transactions.length).toBeGreaterThan(50);
    const blocked = await session.fetchTransactions(savings!, { lastPosted: 1_700_000_000 });
    expect(blocked).toEqual({ transactions: [], nextCursor: { lastPosted: 1_700_000_000 }, hasMore: false });
    fake.needsAttention("CON-1");
    fake.accounts.pop();
    const all = await simplefinConnector.open(result.credentials, ctx);
    const err = await all.fetchTransactions((await all.listAccounts())[0]!, null).catch((e: unknown) => e);
    expect((err as ConnectorError).reason).toBe("ConsentExpired");
  });

  it("maps revoked access, a lapsed subscription and the daily quota to typed errors", async () => {
    const { result } = await link();
    const session = await simplefinConnector.open(result.credentials, ctx);
    for (const [status, reason] of [[403, "Unauthorized"], [402, "Unauthorized"], [429, "RateLimited"]] as const) {
      fake.failNext(status, { errors: ["Too many requests. SimpleFIN data is only refreshed once every 24 hours."] });
      const fresh = await simplefinConnector.open(result.credentials, ctx);
      const err = await fresh.listAccounts().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConnectorError);
      expect((err as ConnectorError).reason).toBe(reason);
    }
    expect(session).toBeDefined();
  });
});

// Enable Banking through the real sync engine and database: signed amounts,
// pending rows, paging, history that survives a re-link, the bank's daily
// read limit and an expired consent.
import { randomBytes } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { enableBankingConnector, type EnableBankingCredentials } from "../../../connectors/enable-banking/index.ts";
import { createConnectorRegistry } from "../../../connectors/registry.ts";
import { createSyncEngine } from "../../../src/sync/engine.ts";
import { Vault } from "../../../src/vault/vault.ts";
import { startEnableBankingFake, type EnableBankingFake } from "../../fakes/enable-banking/index.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { LiveScriptDialog } from "../../helpers/live-script-dialog.ts";
import { makeCtx, settingsFor } from "./helpers.ts";

describe("Enable Banking sync", () => {
  let fake: EnableBankingFake;
  let t: TestDatabase;
  let engine: ReturnType<typeof createSyncEngine>;
  let userId: string;

  async function link(): Promise<{ credentials: EnableBankingCredentials; consentExpiresAt: Date }> {
    const { ctx } = makeCtx(fake);
    const r = await enableBankingConnector.link(new LiveScriptDialog(["DE", "more", "Mock ASPSP", "180", () => fake.approve()]), ctx);
    return { credentials: r.credentials, consentExpiresAt: r.consentExpiresAt! };
  }

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());
  beforeEach(async () => {
    fake = await startEnableBankingFake();
    fake.pageSize = 10;
    engine = createSyncEngine({
      db: t.db,
      databaseUrl: t.url,
      vault: new Vault(randomBytes(32)),
      registry: createConnectorRegistry([enableBankingConnector]),
      logger: pino({ level: "silent" }),
      settings: settingsFor(fake),
      now: () => fake.now(),
      sleep: async () => {},
      random: () => 0.5,
      retry: { maxAttempts: 2, baseMs: 1, maxMs: 2 },
    });
    const user = await t.db.user.create({ data: { telegramId: BigInt(Date.now()) * 10n + BigInt(Math.floor(Math.random() * 10)), chatId: 1n } });
    userId = user.id;
    return () => fake.close();
  });

  it("syncs every page with signed amounts, the pending row, and balances; a second sync adds nothing", async () => {
    const { credentials, consentExpiresAt } = await link();
    const { connectionId } = await engine.createConnection(userId, "enable-banking", { label: "Mock ASPSP", credentials, consentExpiresAt });
    const first = await engine.syncConnection(connectionId, { trigger: "manual" });
    expect(first.status).toBe("ok");

    const giro = await t.db.account.findFirstOrThrow({ where: { connectionId, iban: "DE89370400440532013000" } });
    const rows = await t.db.transaction.findMany({ where: { accountId: giro.id }, orderBy: { bookingDate: "asc" } });
    const pageCalls = fake.requests.filter((r) => r.path.endsWith("/transactions")).length;
    expect(pageCalls).toBeGreaterThan(2); // paged with continuation_key
    const rent = rows.filter((r) => r.description?.startsWith("Miete"));
    expect(rent.length).toBeGreaterThan(0);
    for (const r of rent) expect(r.amount.toString()).toBe("-950");
    for (const r of rows.filter((r) => r.description === "Lohn und Gehalt")) expect(r.amount.toString()).toBe("3250");
    expect(rows.filter((r) => r.status === "PENDING").map((r) => r.amount.toString())).toEqual(["-7.5"]);
    expect(rent[0]!.counterpartyName).toBe("Wohnungsbau Musterstadt eG");
    const balance = await t.db.balanceSnapshot.findFirstOrThrow({ where: { accountId: giro.id } });
    expect(balance.amount.toString()).toBe("2345.67");

    const before = await t.db.transaction.count({ where: { userId } });
    fake.advance(12 * 3_600_000);
    const second = await engine.syncConnection(connectionId, { trigger: "manual" });
    expect(second.status).toBe("ok");
    expect(await t.db.transaction.count({ where: { userId } })).toBe(before);
  });

  it("continues the same accounts' history after a re-link, although the bank hands out new ids", async () => {
    const a = await link();
    const b = await link();
    expect(b.credentials.accounts.map((x) => x.uid)).not.toEqual(a.credentials.accounts.map((x) => x.uid));
    expect(b.credentials.accounts.map((x) => x.hash)).toEqual(a.credentials.accounts.map((x) => x.hash));
    const { ctx } = makeCtx(fake);
    const sa = await enableBankingConnector.open(a.credentials, ctx);
    const sb = await enableBankingConnector.open(b.credentials, ctx);
    expect((await sb.listAccounts()).map((x) => x.externalId)).toEqual((await sa.listAccounts()).map((x) => x.externalId));
  });

  it("stops at the bank's daily read limit and waits hours, not seconds", async () => {
    const { credentials, consentExpiresAt } = await link();
    const { connectionId } = await engine.createConnection(userId, "enable-banking", { label: "Mock ASPSP", credentials, consentExpiresAt });
    fake.dailyReads = 1;
    expect((await engine.syncConnection(connectionId, { trigger: "manual" })).status).toBe("ok");
    const limited = await engine.syncConnection(connectionId, { trigger: "manual" });
    expect(limited.status).toBe("failed");
    if (limited.status !== "failed") return;
    expect(limited.errorKind).toBe("RateLimited");
    expect(limited.retryAfterMs).toBeGreaterThanOrEqual(6 * 3_600_000);
    // No retry hammering the bank inside the run.
    const reads = fake.requests.filter((r) => r.path.endsWith("/transactions")).length;
    expect(reads).toBeLessThan(12);
  });

  it("reports an expired consent as needing a new link", async () => {
    const { credentials, consentExpiresAt } = await link();
    const { connectionId } = await engine.createConnection(userId, "enable-banking", { label: "Mock ASPSP", credentials, consentExpiresAt });
    fake.advance(181 * 86_400_000);
    const outcome = await engine.syncConnection(connectionId, { trigger: "manual" });
    expect(outcome.status).toBe("needs_reauth");
    expect((await t.db.connection.findUniqueOrThrow({ where: { id: connectionId } })).status).toBe("NEEDS_REAUTH");
  });
});

// The generic keep-alive job running comdirect's keep-alive against the fake's clock: it keeps a TAN
// session alive far beyond one refresh token's life, and a refused refresh
// ends in NEEDS_REAUTH with exactly one notice.
import { afterEach, describe, expect, it } from "vitest";
import { comdirectConnector, credentialsSchema, type ComdirectCredentials } from "../../connectors/comdirect/index.ts";
import { keepAliveJob } from "../../src/jobs/keep-alive.ts";
import { tryLockConnection } from "../../src/sync/lock.ts";
import { linkWithPhotoTan, person, startComdirectChat, type ComdirectChat } from "../helpers/comdirect-chat.ts";

let c: ComdirectChat | undefined;
afterEach(async () => {
  await c?.stop();
  c = undefined;
});

const MINUTE = 60_000;

async function setUp() {
  c = await startComdirectChat();
  const id = await linkWithPhotoTan(c);
  const job = keepAliveJob(comdirectConnector, { ...c.app.services, settings: { COMDIRECT_API_URL: c.fake.url }, databaseUrl: c.t.url });
  return { c, id, job };
}

async function stored(c: ComdirectChat, id: string): Promise<ComdirectCredentials> {
  const row = await c.t.db.connection.findUniqueOrThrow({ where: { id } });
  return credentialsSchema.parse(c.app.services.vault.decryptJson(row.credentials!));
}

describe("comdirect keep-alive job", () => {
  it("leaves tokens with more than two minutes left alone", async () => {
    const { c, job } = await setUp();
    const requests = c.fake.state.requests.length;
    c.fake.advance(5 * MINUTE);
    expect(await job.tick()).toEqual({ refreshed: [], needsReauth: [], skipped: [] });
    expect(c.fake.state.requests.length).toBe(requests);
  });

  it("minute by minute, keeps one TAN session alive across three refresh-token lifetimes", async () => {
    const { c, id, job } = await setUp();
    const refreshLifetime = c.fake.config.refreshLifetimeS * 1000;
    const first = await stored(c, id);
    for (let minute = 0; minute < (3 * refreshLifetime) / MINUTE + 5; minute++) {
      c.fake.advance(MINUTE);
      const report = await job.tick();
      expect(report.needsReauth).toEqual([]);
    }
    const last = await stored(c, id);
    expect(last.refreshToken).not.toBe(first.refreshToken);
    // The stored pair is the live one at comdirect.
    const access = c.fake.state.tokens.get(last.accessToken)!;
    expect(access.revoked).toBe(false);
    expect(access.expiresAt).toBeGreaterThan(c.fake.now().getTime());
    // 10-minute access tokens refreshed ~2 minutes early: about every 8 minutes.
    expect(c.fake.state.counters.refreshes).toBeGreaterThanOrEqual(7);
    expect(c.fake.state.counters.refreshes).toBeLessThanOrEqual(9);

    // An hour later a sync still works without a new TAN.
    const grants = c.fake.state.counters.passwordGrants;
    expect((await c.app.services.sync!.syncConnection(id, { trigger: "schedule" })).status).toBe("ok");
    expect(c.fake.state.counters.passwordGrants).toBe(grants);
    expect(c.fake.state.counters.challenges).toBe(1);
  });

  it("a refused refresh marks NEEDS_REAUTH and queues one notice, also after more ticks and a failed sync", async () => {
    const { c, id, job } = await setUp();
    c.fake.advance(9 * MINUTE);
    // comdirect ended the session: the stored refresh token is dead there (400 invalid_grant).
    c.fake.state.tokens.get((await stored(c, id)).refreshToken)!.revoked = true;
    expect(await job.tick()).toEqual({ refreshed: [], needsReauth: [id], skipped: [] });
    expect(await c.t.db.connection.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "NEEDS_REAUTH", lastErrorKind: "Unauthorized" });

    c.fake.advance(MINUTE);
    expect(await job.tick()).toEqual({ refreshed: [], needsReauth: [], skipped: [] });
    expect((await c.app.services.sync!.syncConnection(id, { trigger: "manual" })).status).toBe("needs_reauth");
    expect(await c.t.db.outbox.count({ where: { kind: "reauth" } })).toBe(1);
    await c.app.services.dispatcher!.runOnce();
    await c.app.services.dispatcher!.runOnce();
    const notices = c.sim.botMessages(person.id).filter((m) => m.replyMarkup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === `relink:${id}`));
    expect(notices).toHaveLength(1);
  });

  it("never races a sync: a held connection lock skips it until the next minute", async () => {
    const { c, id, job } = await setUp();
    c.fake.advance(9 * MINUTE);
    const before = await stored(c, id);
    const lock = (await tryLockConnection(c.t.url, id))!;
    expect(await job.tick()).toEqual({ refreshed: [], needsReauth: [], skipped: [id] });
    expect(c.fake.state.counters.refreshes).toBe(0);
    await lock.release();
    expect(await job.tick()).toEqual({ refreshed: [id], needsReauth: [], skipped: [] });
    expect((await stored(c, id)).refreshToken).not.toBe(before.refreshToken);
  });

  it("comdirect briefly unavailable: stays ACTIVE, no notice, refreshed on the next tick", async () => {
    const { c, id, job } = await setUp();
    c.fake.advance(9 * MINUTE);
    c.fake.failNext({ status: 503 }, /^\/oauth\/token$/);
    expect(await job.tick()).toEqual({ refreshed: [], needsReauth: [], skipped: [id] });
    expect(await c.t.db.connection.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACTIVE" });
    expect(await c.t.db.outbox.count({ where: { kind: "reauth" } })).toBe(0);
    expect(await job.tick()).toEqual({ refreshed: [id], needsReauth: [], skipped: [] });
  });
});

// A linked comdirect connection over time: rotating tokens on scheduled syncs,
// a dead refresh chain turning into one "Re-link" message that needs only a
// TAN, and removal revoking the tokens at comdirect.
import { afterEach, describe, expect, it } from "vitest";
import { credentialsSchema, type ComdirectCredentials } from "../../connectors/comdirect/index.ts";
import { linkWithPhotoTan, person, startComdirectChat, type ComdirectChat } from "../helpers/comdirect-chat.ts";

let c: ComdirectChat | undefined;
afterEach(async () => {
  await c?.stop();
  c = undefined;
});

const MINUTE = 60_000;

async function stored(c: ComdirectChat, id: string): Promise<ComdirectCredentials> {
  const row = await c.t.db.connection.findUniqueOrThrow({ where: { id } });
  return credentialsSchema.parse(c.app.services.vault.decryptJson(row.credentials!));
}

/** Makes the connection due and runs one scheduler tick, as the minute cron would. */
async function scheduledSync(c: ComdirectChat, id: string) {
  await c.t.db.connection.update({ where: { id }, data: { nextSyncAt: c.fake.now() } });
  expect(await c.app.services.scheduler!.tick()).toEqual([id]);
}

async function refreshAtFake(c: ComdirectChat, refreshToken: string): Promise<number> {
  const { clientId, clientSecret } = c.fake.config;
  const body = new URLSearchParams({ client_id: clientId, client_secret: clientSecret, grant_type: "refresh_token", refresh_token: refreshToken });
  const res = await fetch(`${c.fake.url}/oauth/token`, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
  await res.body?.cancel();
  return res.status;
}

describe("a comdirect connection over time", () => {
  it("scheduled syncs rotate the tokens; the stored ones change and the old refresh token is dead at comdirect", async () => {
    c = await startComdirectChat();
    const id = await linkWithPhotoTan(c);
    let previous = await stored(c, id);
    // Three syncs, each after the access token (10 min) expired but before the refresh token (20 min) did.
    for (let i = 0; i < 3; i++) {
      c.fake.advance(15 * MINUTE);
      await scheduledSync(c, id);
      const now = await stored(c, id);
      expect(now.accessToken).not.toBe(previous.accessToken);
      expect(now.refreshToken).not.toBe(previous.refreshToken);
      expect(Date.parse(now.accessExpiresAt)).toBeGreaterThan(c.fake.now().getTime());
      expect(await refreshAtFake(c, previous.refreshToken)).toBe(400);
      previous = now;
    }
    expect(c.fake.state.counters.refreshes).toBe(3);
    expect(await c.t.db.connection.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACTIVE", lastErrorKind: null });
    expect(await c.t.db.syncRun.count({ where: { connectionId: id, status: "SUCCEEDED" } })).toBe(4);
  });

  it("a dead refresh chain: NEEDS_REAUTH, exactly one Re-link message, and the button asks only for a TAN", async () => {
    c = await startComdirectChat();
    const id = await linkWithPhotoTan(c);
    c.fake.advance(25 * MINUTE); // past the refresh token's 20 minutes
    await scheduledSync(c, id);
    expect(await c.t.db.connection.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "NEEDS_REAUTH" });
    for (let i = 0; i < 3; i++) {
      const outcome = await c.app.services.sync!.syncConnection(id, { trigger: "manual" });
      expect(outcome.status).toBe("needs_reauth");
      await c.app.services.scheduler!.tick();
      await c.app.services.dispatcher!.runOnce();
    }
    await c.app.services.dispatcher!.runOnce();
    const notices = c.sim.botMessages(person.id).filter((m) => m.replyMarkup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === `relink:${id}`));
    expect(notices).toHaveLength(1);
    const notice = notices[0]!;
    expect(notice.text).toMatch(/comdirect ••1234 needs you to sign in again/);
    expect(await c.t.db.outbox.count({ where: { kind: "reauth" } })).toBe(1);

    const after = c.mark();
    const grants = c.fake.state.counters.passwordGrants;
    c.tap(notice, /Re-link/);
    await c.waitFor(/TAN from your photoTAN app/, after);
    c.sim.sendText(person, c.fake.config.tan);
    await c.waitFor(/comdirect ••1234 is confirmed again/, after, 20_000);
    const asked = c.sim.botMessages(person.id).filter((m) => m.messageId > after).map((m) => m.text ?? m.caption ?? "");
    expect(asked.filter((s) => /client ID|client secret|Zugangsnummer \(|PIN\?|Which accounts/.test(s))).toEqual([]);
    // The remembered Zugangsnummer and PIN opened a new session.
    expect(c.fake.state.counters.passwordGrants).toBe(grants + 1);
    expect(await c.t.db.connection.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACTIVE", lastErrorKind: null, reauthNotifiedAt: null });
    const fresh = await stored(c, id);
    expect(Date.parse(fresh.accessExpiresAt)).toBeGreaterThan(c.fake.now().getTime());
    expect(await c.t.db.syncRun.findFirstOrThrow({ where: { connectionId: id }, orderBy: { startedAt: "desc" } })).toMatchObject({ status: "SUCCEEDED" });
  });

  it("removing the connection in /connections revokes its tokens at comdirect", async () => {
    c = await startComdirectChat();
    const id = await linkWithPhotoTan(c);
    const creds = await stored(c, id);
    const after = c.mark();
    c.sim.sendText(person, "/connections");
    c.tap(await c.waitFor(/Your connections|comdirect ••1234/, after), /Remove comdirect/);
    const confirm = await c.waitFor(/Remove comdirect ••1234\?/, after);
    c.tap(confirm, /Yes, remove/);
    await c.waitFor(/was removed with all its data/, after);
    expect(c.fake.state.counters.revokes).toBe(1);
    expect(c.fake.state.tokens.get(creds.accessToken)?.revoked).toBe(true);
    expect(c.fake.state.tokens.get(creds.refreshToken)?.revoked).toBe(true);
    expect(await refreshAtFake(c, creds.refreshToken)).toBe(400);
    expect(await c.t.db.connection.count({ where: { id } })).toBe(0);
    expect(await c.t.db.transaction.count()).toBe(0);
  });
});

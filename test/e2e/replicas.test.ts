// Two Kontor replicas in webhook mode on one database behind a round-robin
// proxy: Telegram's updates alternate between them, so a link dialog runs on
// one replica while half of its answers reach the other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type SimUser, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { onboard } from "../helpers/onboard.ts";
import { startRoundRobinProxy, type RoundRobinProxy } from "../helpers/round-robin-proxy.ts";
import { freePort } from "../../src/db/embedded.ts";
import { pollUntil } from "../helpers/poll.ts";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startAppProcess, type AppProcess } from "../helpers/app-process.ts";
import { DEMO_FAIL, FIRST_USER_ID, HISTORY_DAYS, seedingEngine } from "../chaos/world.ts";
import { bankTruth, seedDemoUser } from "../chaos/trials.ts";
import { checkInvariants } from "../chaos/invariants.ts";

const erin = { id: 6006, first_name: "Erin", language_code: "en" };
const SECRET = "s3cret_replicas";
const MASTER_KEY = Buffer.alloc(32, 7).toString("base64");
type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/** Taps the first button of a message, whatever its nonce. */
function tapFirst(sim: TelegramSimulator, who: SimUser, m: { messageId: number; replyMarkup?: { inline_keyboard: Array<Array<{ text: string }>> } }) {
  const b = m.replyMarkup!.inline_keyboard[0]![0]!;
  sim.tapButton(who, m.messageId, "callback_data" in b ? String(b.callback_data) : "");
}

/** /link, the Demo Bank button, up to the first question. */
async function openDemoLink(sim: TelegramSimulator, who: SimUser, after = 0) {
  sim.sendText(who, "/link");
  sim.tapButton(who, (await sim.waitForBotMessage(who.id, /Which source/, { afterMessageId: after })).messageId, "link:demo");
  await sim.waitForBotMessage(who.id, /Your Demo Bank username/, { afterMessageId: after });
}

describe("two replicas behind a round-robin proxy", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let proxy: RoundRobinProxy;
  const apps: TestApp[] = [];
  const stopped = new Set<number>();

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    t = await createTestDatabase();
    const ports = [await freePort(), await freePort()];
    proxy = await startRoundRobinProxy(ports.map((p) => () => p));
    for (const port of ports)
      apps.push(
        await startTestApp({
          sim,
          databaseUrl: t.url,
          allowed: [erin.id],
          background: true,
          dialogTimings: { heartbeatMs: 200, staleMs: 1500 },
          env: { WEBHOOK_URL: `${proxy.url}/telegram`, WEBHOOK_SECRET: SECRET, PORT: String(port), KONTOR_MASTER_KEY: MASTER_KEY, DEMO_HISTORY_DAYS: "60" },
        }),
      );
    await onboard(sim, erin);
  }, 30_000);
  afterAll(async () => {
    for (const [i, a] of apps.entries()) if (!stopped.has(i)) await a.stop();
    await proxy.close();
    await sim.close();
    await t.drop();
  });

  it("links the Demo Bank with answers alternating between replicas; the password is deleted; one notice", async () => {
    await openDemoLink(sim, erin);
    sim.sendText(erin, "erin");
    await sim.waitForBotMessage(erin.id, /Your Demo Bank password/);
    const secret = sim.sendText(erin, "correct-horse-replica");
    const how = await sim.waitForBotMessage(erin.id, /How do you want to confirm/);
    expect(sim.chat(erin.id).find((m) => m.messageId === secret.message!.message_id)!.deleted).toBe(true);
    tapFirst(sim, erin, how);
    await sim.waitForBotMessage(erin.id, /Enter the 6-digit TAN/);
    sim.sendText(erin, "000000");
    await sim.waitForBotMessage(erin.id, /not right. 2 tries left/);
    sim.sendText(erin, "123456");
    await sim.waitForBotMessage(erin.id, /connected with 3 account\(s\)/, { timeoutMs: 20_000 });

    // Both replicas served the link's updates, and some answers crossed over.
    expect(new Set(proxy.served)).toEqual(new Set([0, 1]));
    expect(apps.map((a) => a.log.text).join("\n")).toContain("answer relayed to the replica running the dialog");
    expect(sim.chat(erin.id).some((m) => m.from === "bot" && /didn't understand/i.test(m.text ?? ""))).toBe(false);
    for (const a of apps) expect(a.log.text).not.toContain("correct-horse-replica");
    // Relayed answers are consumed: no secret is left in the inbox, and the dialog's row is gone.
    expect(await t.db.dialogInboxEntry.count()).toBe(0);
    expect(await t.db.dialogInbox.count()).toBe(0);

    // Both dispatchers run; the first-sync notice goes out exactly once.
    const stored = await t.db.transaction.count();
    const notice = await sim.waitForBotMessage(erin.id, /imported \d+ transactions since/, { timeoutMs: 10_000 });
    expect(notice.text).toContain(`imported ${stored} transactions`);
    await pollUntil(async () => (await t.db.outbox.count({ where: { status: { not: "SENT" } } })) === 0, 10_000, "outbox drained");
    await new Promise((r) => setTimeout(r, 4500)); // two more dispatch rounds on each replica
    expect(sim.botMessages(erin.id).filter((m) => /imported \d+ transactions since/.test(m.text ?? ""))).toHaveLength(1);
  }, 60_000);

  it("/cancel on either replica ends the dialog wherever it runs", async () => {
    const after = sim.lastBotMessage(erin.id)!.messageId;
    await openDemoLink(sim, erin, after);
    sim.sendText(erin, "/cancel");
    await sim.waitForBotMessage(erin.id, /Linking cancelled/, { afterMessageId: after });
    // One message, from the link flow itself, not a second generic "Cancelled".
    expect(sim.botMessages(erin.id).filter((m) => m.messageId > after && /Cancelled\. Nothing was changed/.test(m.text ?? ""))).toHaveLength(0);
    await pollUntil(async () => (await t.db.dialogInbox.count()) === 0, 5000, "dialog closed");
  }, 20_000);

  it("a dialog whose replica died is reported once and a password typed into it is deleted", async () => {
    const after = sim.lastBotMessage(erin.id)!.messageId;
    await openDemoLink(sim, erin, after);
    // The replica that served the button runs the dialog.
    const owner = proxy.served.at(-1)!;
    sim.sendText(erin, "erin");
    await sim.waitForBotMessage(erin.id, /Your Demo Bank password/, { afterMessageId: after });
    await apps[owner]!.stop();
    stopped.add(owner);
    await new Promise((r) => setTimeout(r, 1800)); // past staleMs without a heartbeat

    const secret = sim.sendText(erin, "typed-into-a-dead-dialog");
    const report = await sim.waitForBotMessage(erin.id, /while you were linking Demo Bank/, { afterMessageId: after });
    expect(sim.chat(erin.id).find((m) => m.messageId === secret.message!.message_id)!.deleted).toBe(true);
    sim.sendText(erin, "/help");
    await sim.waitForBotMessage(erin.id, /keeps all your accounts/, { afterMessageId: report.messageId });
    const reports = sim.botMessages(erin.id).filter((m) => m.messageId > after && /while you were linking|was lost/.test(m.text ?? ""));
    expect(reports).toHaveLength(1);
    expect(await t.db.dialogInbox.count()).toBe(0);
    expect(apps[1 - owner]!.log.text).not.toContain("typed-into-a-dead-dialog");
  }, 30_000);
});

describe("a replica killed mid-sync", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let proxy: RoundRobinProxy;
  const replicas: AppProcess[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    t = await createTestDatabase();
    const ports = [await freePort(), await freePort()];
    proxy = await startRoundRobinProxy(ports.map((p) => () => p));
    const key = randomBytes(32);
    const env = (port: number) => ({
      TELEGRAM_BOT_TOKEN: sim.token,
      TELEGRAM_API_ROOT: sim.apiRoot,
      DATABASE_URL: t.url,
      KONTOR_MASTER_KEY: key.toString("base64"),
      ALLOWED_TELEGRAM_USER_IDS: String(FIRST_USER_ID),
      LOG_LEVEL: "info",
      DEMO_HISTORY_DAYS: String(HISTORY_DAYS),
      DEMO_FAIL,
      WEBHOOK_URL: `${proxy.url}/telegram`,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
    });
    for (const port of ports) {
      dirs.push(await mkdtemp(path.join(os.tmpdir(), "kontor-replica-")));
      replicas.push(await startAppProcess({ ...env(port), DATA_DIR: dirs.at(-1)! }));
    }
    seeded = await seedDemoUser(t.db, seedingEngine(t.db, t.url, key), FIRST_USER_ID);
  }, 120_000);
  let seeded: Awaited<ReturnType<typeof seedDemoUser>>;
  afterAll(async () => {
    for (const r of replicas) await r.stop();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
    await proxy.close();
    await sim.close();
    await t.drop();
  });

  it("the other replica finishes the sync: no gaps, no duplicates, no run left RUNNING, no notice lost or doubled", async () => {
    const { person, userId, linkedAt } = seeded;
    sim.sendText(person, "/sync");
    // The replica that took /sync is mid-run (the demo bank's rate limit holds it there).
    await pollUntil(async () => (await t.db.syncRun.count({ where: { userId, status: "RUNNING" } })) === 1, 20_000, "sync running");
    const victim = proxy.served.at(-1)!;
    await replicas[victim]!.kill9();
    expect(await t.db.syncRun.count({ where: { userId, status: "RUNNING" } })).toBe(1);

    const after = sim.lastBotMessage(person.id)?.messageId ?? 0;
    sim.sendText(person, "/sync");
    await sim.waitForBotMessage(person.id, /Sync finished/, { afterMessageId: after, timeoutMs: 30_000 });
    await pollUntil(async () => (await t.db.outbox.count({ where: { userId, status: { not: "SENT" } } })) === 0, 15_000, "notice sent");
    const { violations, evidence } = await checkInvariants({ db: t.db, sim }, { userId, chat: person.id, truth: bankTruth(linkedAt), importTotal: null });
    expect(evidence.missingRows).toEqual([]);
    expect(violations).toEqual({ duplicates: 0, gaps: 0, runningAfterRecovery: 0, lostNotifications: 0, doubledNotifications: 0 });
  }, 90_000);
});

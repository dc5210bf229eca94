// The daily consent job against a real PostgreSQL: which connections get a
// reminder, once per stage, and never a second 7-day one after a sync
// already queued it.
import { randomBytes } from "node:crypto";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consentReminderJob } from "../../src/jobs/consent-reminders.ts";
import { queueConsentReminder } from "../../src/notifications/enqueue.ts";
import { Vault } from "../../src/vault/vault.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

const DAY = 86_400_000;

describe("consent reminders", () => {
  let t: TestDatabase;
  let userId: string;
  const clock = new Date("2026-11-20T08:17:00Z");
  beforeAll(async () => {
    t = await createTestDatabase();
    userId = (await t.db.user.create({ data: { telegramId: 81n, chatId: 81n } })).id;
  });
  afterAll(() => t?.drop());

  const job = () => consentReminderJob({ db: t.db, vault: new Vault(randomBytes(32)), logger: pino({ level: "silent" }), now: () => clock });
  const connection = (label: string, inDays: number | null, status: "ACTIVE" | "ERROR" | "NEEDS_REAUTH" = "ACTIVE") =>
    t.db.connection.create({ data: { userId, provider: "enable-banking", label, status, consentExpiresAt: inDays === null ? null : new Date(clock.getTime() + inDays * DAY) } });
  const keys = async () => (await t.db.outbox.findMany({ where: { kind: "consent" }, orderBy: { dedupeKey: "asc" } })).map((r) => r.dedupeKey);

  it("reminds at 7 days and at 1 day, once each, and leaves the rest alone", async () => {
    const week = await connection("Week", 6.5);
    const day = await connection("Day", 0.5);
    await connection("Later", 30);
    await connection("Ended", -1);
    await connection("Forever", null);
    await connection("Broken", 3, "NEEDS_REAUTH");
    expect(await job().tick()).toBe(2);
    expect(await job().tick()).toBe(0);
    const at = (days: number) => new Date(clock.getTime() + days * DAY).toISOString();
    expect(await keys()).toEqual([`consent:${day.id}:${at(0.5)}:1d`, `consent:${week.id}:${at(6.5)}`].sort());
    expect((await t.db.connection.findUniqueOrThrow({ where: { id: week.id } })).consentReminderAt).toEqual(clock);
  });

  it("a 7-day reminder a sync already queued is not queued again", async () => {
    const c = await connection("Synced", 5);
    await t.db.$transaction((tx) => queueConsentReminder(tx, { userId, connectionId: c.id, label: c.label, expiresAt: c.consentExpiresAt!, now: clock }));
    expect(await job().tick()).toBe(0);
  });
});

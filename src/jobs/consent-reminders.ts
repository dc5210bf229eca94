// Daily: people whose bank consent (Enable Banking, GoCardless EUA) ends in 7
// days or 1 day get a reminder with a one-tap "Renew" button, once per stage.
// The outbox's dedupe key makes it idempotent across replicas and restarts,
// so the job simply runs at start and every morning. It also drops spent
// OAuth states (src/linking/link-states.ts).
import { schedule, type ScheduledTask } from "node-cron";
import type { Logger } from "pino";
import type { Db } from "../db/client.ts";
import type { BackgroundJob } from "./background-job.ts";
import { queueConsentReminder } from "../notifications/enqueue.ts";
import { createLinkStates } from "../linking/link-states.ts";
import type { Vault } from "../vault/vault.ts";

export const CONSENT_SCHEDULES = {
  /** Mornings (server time); quiet hours still hold the message per person. */
  consentReminders: "17 8 * * *",
} as const;

const DAY_MS = 86_400_000;

export interface ConsentReminderDeps {
  db: Db;
  vault: Vault;
  logger: Logger;
  now: () => Date;
}

export function consentReminderJob(deps: ConsentReminderDeps): BackgroundJob & { tick(): Promise<number> } {
  const { db, now } = deps;
  const log = deps.logger.child({ component: "consent-reminders" });
  const states = createLinkStates({ db, vault: deps.vault, now });
  let task: ScheduledTask | undefined;

  /** Queues the reminders due now; returns how many were new. */
  async function tick(): Promise<number> {
    const at = now();
    const due = await db.connection.findMany({
      where: { status: { in: ["ACTIVE", "ERROR"] }, consentExpiresAt: { gt: at, lte: new Date(at.getTime() + 7 * DAY_MS) } },
      select: { id: true, userId: true, label: true, consentExpiresAt: true },
    });
    let queued = 0;
    for (const c of due) {
      const expiresAt = c.consentExpiresAt!;
      const stage = expiresAt.getTime() - at.getTime() <= DAY_MS ? 1 : 7;
      const fresh = await db.$transaction(async (tx) => {
        const added = await queueConsentReminder(tx, { userId: c.userId, connectionId: c.id, label: c.label, expiresAt, now: at, stage });
        if (added) await tx.connection.update({ where: { id: c.id }, data: { consentReminderAt: at } });
        return added;
      });
      if (fresh) log.info({ connectionId: c.id, stage }, "consent reminder queued");
      queued += Number(fresh);
    }
    await states.sweep();
    return queued;
  }

  const run = () => void tick().catch((err: unknown) => log.error({ err: err instanceof Error ? err.message : String(err) }, "consent reminders failed"));
  return {
    name: "consent-reminders",
    tick,
    async start() {
      run();
      task = schedule(CONSENT_SCHEDULES.consentReminders, run);
      return async () => {
        await task?.stop();
      };
    },
  };
}

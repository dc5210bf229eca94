// The monthly summary: an hourly tick queues, for each person who asked for
// it, one Outbox row on the 1st of their month (in their own time zone). The
// Outbox's unique dedupeKey makes "at most once per month" hold across
// restarts and replicas; the dispatcher renders and sends it like any notice.
import { schedule, type ScheduledTask } from "node-cron";
import type { Logger } from "pino";
import type { Db, Prisma } from "../db/client.ts";
import type { Analytics } from "../analytics/engine.ts";
import type { BackgroundJob } from "./background-job.ts";
import { deliverAt } from "../notifications/quiet-hours.ts";
import { localDate, monthlyFigures, previousMonth, type NetWorthOn } from "./monthly-figures.ts";

export const MONTHLY_SUMMARY_SCHEDULE = {
  /** Hourly, so every time zone's 1st is seen; off the full hour where other jobs crowd. */
  tick: "7 * * * *",
} as const;

export interface MonthlySummaryDeps {
  db: Db;
  analytics: Pick<Analytics, "query">;
  logger: Logger;
  now?: () => Date;
  /** Adds the net worth change when given. */
  netWorthOn?: NetWorthOn;
}

export const monthlyDedupeKey = (userId: string, month: string) => `monthly:${userId}:${month}`;

export function createMonthlySummary(deps: MonthlySummaryDeps) {
  const now = deps.now ?? (() => new Date());
  const log = deps.logger.child({ component: "monthly-summary" });

  /** Queues the summaries due now; returns how many were queued. */
  async function tick(): Promise<number> {
    const at = now();
    const users = await deps.db.user.findMany({
      where: { monthlySummary: true },
      select: { id: true, timezone: true, baseCurrency: true, quietHoursStart: true, quietHoursEnd: true },
    });
    let queued = 0;
    for (const u of users) {
      try {
        const today = localDate(at, u.timezone);
        if (!today.endsWith("-01")) continue;
        const dedupeKey = monthlyDedupeKey(u.id, previousMonth(today).month);
        // Checked first so the other 23 ticks of the 1st cost no analytics work.
        if (await deps.db.outbox.findUnique({ where: { dedupeKey }, select: { id: true } })) continue;
        const payload = await monthlyFigures(deps.analytics, u, today, deps.netWorthOn);
        const r = await deps.db.outbox.createMany({
          data: [{ userId: u.id, kind: "monthly-summary", dedupeKey, payload: payload as Prisma.InputJsonValue, notBefore: deliverAt(at, u) }],
          skipDuplicates: true,
        });
        queued += r.count;
      } catch (err) {
        // One person's failure (a cache load, a bad row) must not cost everyone else their summary.
        log.error({ userId: u.id, error: err instanceof Error ? err.message : String(err) }, "monthly summary not queued");
      }
    }
    if (queued) log.info({ queued }, "monthly summaries queued");
    return queued;
  }

  let running: Promise<unknown> | undefined;
  function onTick(): void {
    if (running) return; // the previous hour's round is still going
    running = tick()
      .catch((err: unknown) => log.error({ error: err instanceof Error ? err.message : String(err) }, "monthly summary tick failed"))
      .finally(() => (running = undefined));
  }

  function job(): BackgroundJob {
    return {
      name: "monthly-summary",
      async start() {
        const task: ScheduledTask = schedule(MONTHLY_SUMMARY_SCHEDULE.tick, onTick, { name: "monthly-summary" });
        return async () => {
          await task.stop();
          await running;
        };
      },
    };
  }

  return { tick, job };
}
